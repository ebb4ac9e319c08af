import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { EditionError, error, warning, type Diagnostic } from '../diagnostics/index.js';
import { lineColumnAt } from '../model/line-index.js';
import { readXmlEvents, type XmlStartTag } from '../validate/xml/events.js';
import { checkXmlTree, defaultIntakeLimits, takeXmlFile, type IntakeOptions } from './intake.js';
import { readTextFile } from './read-text.js';

const XI_NS = 'http://www.w3.org/2001/XInclude';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The deepest chain of files including files followed (a corpus of corpora of letters is three). */
const maxIncludeDepth = 16;

interface Include {
  readonly start: number;
  readonly end: number;
  readonly href: string;
  readonly parse: string;
  readonly xpointer: string | undefined;
  /** The content of its xi:fallback, when it has one. */
  readonly fallback: string | undefined;
  /** The xml:base values in force where it stands (its ancestors' and its own), outermost first. */
  readonly bases: readonly string[];
}

/** The xi:include elements of a text (not those inside another one's fallback), where they stand. */
function includesIn(text: string): Include[] {
  if (!text.includes(XI_NS)) return [];
  const found: Include[] = [];
  let open: { tag: XmlStartTag; tagEnd: number; fallbackStart?: number; fallback?: string; depth: number; bases: string[] } | undefined;
  let depth = 0;
  // the xml:base of each open element (undefined where it has none)
  const bases: (string | undefined)[] = [];
  const attr = (tag: XmlStartTag, name: string): string | undefined => tag.attributes.find((a) => a.uri === '' && a.local === name)?.value;
  readXmlEvents(text, {
    startElement(tag) {
      depth++;
      bases.push(tag.attributes.find((a) => a.uri === XML_NS && a.local === 'base')?.value);
      if (tag.uri !== XI_NS) return;
      if (!open && tag.local === 'include') open = { tag, tagEnd: startTagEnd(text, tag.offset), depth, bases: bases.filter((b): b is string => b !== undefined) };
      else if (open && tag.local === 'fallback' && depth === open.depth + 1) open.fallbackStart = startTagEnd(text, tag.offset);
    },
    text() {},
    endElement(uri, local, offset) {
      depth--;
      bases.pop();
      if (!open || uri !== XI_NS) return;
      if (local === 'fallback' && open.fallbackStart !== undefined && open.fallback === undefined && depth === open.depth) {
        open.fallback = text[open.fallbackStart - 2] === '/' ? '' : text.slice(open.fallbackStart, offset);
      } else if (local === 'include' && depth === open.depth - 1) {
        const { tag, tagEnd } = open;
        const end = text[tagEnd - 2] === '/' ? tagEnd : text.indexOf('>', offset) + 1;
        found.push({ start: tag.offset, end, href: attr(tag, 'href') ?? '', parse: attr(tag, 'parse') ?? 'xml', xpointer: attr(tag, 'xpointer'), fallback: open.fallback, bases: open.bases });
        open = undefined;
      }
    },
  });
  return found;
}

/** Where the start tag at `offset` ends (after its `>`), its attribute values skipped (they may hold `>`). */
function startTagEnd(text: string, offset: number): number {
  let quote = '';
  for (let i = offset; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return text.length;
}

/** What an XML file brings into another: no XML declaration and no DOCTYPE (only one of each per document). */
function withoutProlog(text: string): string {
  return text.replace(/^\uFEFF?<\?xml[^]*?\?>/, '').replace(/<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>/, '');
}

/**
 * An href as the XInclude recommendation resolves it: against the base URI of the include,
 * which the xml:base of its ancestors and its own change ("pages/" before "p1.xml" names
 * "pages/p1.xml"). Relative bases give a path relative to the including file; a base that is
 * a URL or an absolute path gives a URL, which is then not followed. URL resolution is the
 * WHATWG URL class's, on a stand-in folder.
 */
function hrefWithBases(href: string, bases: readonly string[]): string {
  if (bases.length === 0 || href === '' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href)) return href;
  const absolute = bases.some((b) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(b) || b.startsWith('/') || b.startsWith('\\'));
  const here = absolute ? 'file:///' : 'file:///here/';
  const target = new URL(href, bases.reduce((at, b) => new URL(b, at), new URL(here)));
  if (absolute || target.protocol !== 'file:') return target.href;
  return posix.relative('/here', target.pathname);
}

/** An href's percent escapes decoded; one that is not well formed ("100%") is taken as it stands. */
function decodedHref(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

const escapeText = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Expands the XIncludes of a TEI file as the XInclude recommendation says for the common case:
 * `parse="xml"` (the default) brings the other file's root element, `parse="text"` its text,
 * both from files beside it (a relative `href`, resolved from the including file), followed
 * into the files they include. What cannot be followed (a URL, an `xpointer`, a missing or
 * refused file, a loop) is replaced by the element's xi:fallback and reported as a warning at
 * its place. Projects keep a teiCorpus or a long book as one file of xi:includes; neither
 * SaxonJS nor the renderers follow them. Each file read passes the same intake as the first,
 * and the whole keeps within its size limit: a corpus of includes is refused (an error at the
 * include that passes it) rather than rendered for many minutes with gigabytes of memory.
 */
export async function expandXIncludes(
  text: string,
  path: string,
  shown: string,
  options: XIncludeOptions,
  chain: readonly string[] = [resolve(path)],
  /** The bytes of the whole so far (the first file's, then each included file's), shared down the chain. */
  budget: { bytes: number } = { bytes: Buffer.byteLength(text) },
): Promise<{ readonly text: string; readonly notes: readonly Diagnostic[]; readonly files: readonly string[] }> {
  const includes = includesIn(text);
  if (includes.length === 0) return { text, notes: [], files: [] };
  const root = resolve(options.root ?? dirname(chain[0]!));
  const notes: Diagnostic[] = [];
  const files: string[] = [];
  const parts: string[] = [];
  const maxBytes = options.limits?.maxBytes ?? defaultIntakeLimits.maxBytes;
  /** Counts what an include brings into the whole; past the limit, the render is refused here. */
  const spend = (added: string, inc: Include, target: string): void => {
    budget.bytes += Buffer.byteLength(added);
    if (budget.bytes <= maxBytes) return;
    throw new EditionError([
      error({
        message: `with its xi:includes followed, the TEI has more than ${maxBytes} bytes, the limit of one input (passed at the include of "${relative(dirname(path), target) || inc.href}")`,
        rule: 'input-too-large',
        stage: options.stage,
        file: shown,
        ...lineColumnAt(text, inc.start),
        hint: 'render a smaller corpus (fewer includes, or each included file on its own), or raise the limit with --max-bytes (or validation.maxFileBytes in the edition config) if the files are trusted',
      }),
    ]);
  };
  let at = 0;
  for (const inc of includes) {
    parts.push(text.slice(at, inc.start));
    at = inc.end;
    const place = lineColumnAt(text, inc.start);
    const resolvedHref = hrefWithBases(inc.href, inc.bases);
    const notFollowed = (why: string): void => {
      notes.push(
        warning({
          message: `xi:include of "${inc.href}"${resolvedHref !== inc.href ? ` ("${resolvedHref}" by its xml:base)` : ''} not followed: ${why}${inc.fallback === undefined ? '; nothing is put in its place' : '; its fallback is used'}`,
          rule: 'xinclude-not-followed',
          stage: options.stage,
          file: shown,
          ...place,
        }),
      );
      parts.push(inc.fallback ?? '');
    };
    // the href as it names a file: "%2Fetc" is "/etc"
    const href = decodedHref(resolvedHref);
    const target = resolve(dirname(path), href);
    if (inc.href === '') notFollowed('it has no href (an include of the file itself)');
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href) || isAbsolute(href) || href.startsWith('\\')) notFollowed('only files named relative to the including file are read');
    else if (!within(root, target)) {
      notFollowed(`it is outside "${relative(process.cwd(), root) || '.'}", the folder of the TEI being rendered (name a wider folder with --xinclude-root to follow it)`);
    }
    else if (inc.xpointer !== undefined) notFollowed('xpointer is not supported');
    else if (inc.parse !== 'xml' && inc.parse !== 'text') notFollowed(`parse="${inc.parse}" is neither xml nor text`);
    else if (chain.length > maxIncludeDepth) notFollowed(`files include files more than ${maxIncludeDepth} deep`);
    else {
      const targetShown = relative(process.cwd(), target) || target;
      if (chain.includes(target)) {
        notFollowed('it includes a file that includes it (a loop)');
        continue;
      }
      if (inc.parse === 'text') {
        let included: string;
        try {
          included = escapeText(readTextFile(target, { what: 'an included text', rule: 'xinclude-unreadable', stage: options.stage, file: targetShown }));
        } catch (err) {
          if (!(err instanceof EditionError)) throw err;
          notFollowed(err.diagnostics.map((d) => d.message).join('; '));
          continue;
        }
        spend(included, inc, target);
        parts.push(included);
        files.push(target);
        continue;
      }
      const read = await takeXmlFile(target, targetShown, { ...options, requireTei: false });
      if (!read.ok) {
        notFollowed(read.diagnostics.map((d) => d.message).join('; '));
        continue;
      }
      const own = withoutProlog(read.text);
      spend(own, inc, target);
      const inner = await expandXIncludes(own, target, targetShown, { ...options, root }, [...chain, target], budget);
      notes.push(...read.notes, ...inner.notes);
      files.push(target, ...inner.files);
      parts.push(inner.text);
    }
  }
  parts.push(text.slice(at));
  const expanded = parts.join('');
  // The whole, as the renderers get it, within the same limits (depth) as each file.
  const tree = checkXmlTree(expanded, shown, options);
  if (!tree.ok) return { text, notes: [...notes, ...tree.diagnostics.map((d) => ({ ...d, severity: 'warning' as const, message: `with its xi:includes followed: ${d.message}` }))], files };
  return { text: expanded, notes, files };
}

/**
 * Options of expandXIncludes: the intake's, and the folder no include may leave (default: the
 * folder of the first file), so that a TEI cannot publish a file of the machine it is
 * rendered on ("../../etc/passwd").
 */
export interface XIncludeOptions extends IntakeOptions {
  readonly root?: string;
}

/** Whether a path is the folder or inside it. */
function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}
