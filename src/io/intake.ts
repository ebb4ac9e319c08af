import { open } from 'node:fs/promises';
import { EditionError, error, info, type Diagnostic, type Stage } from '../diagnostics/index.js';
import { firstInvalidUtf8 } from '../ingest/decode.js';
import { checkDoctype } from '../validate/doctype.js';
import { defaultMaxDepth } from '../validate/xml/events.js';
import { LineIndex } from '../model/line-index.js';
import { scanXml } from '../validate/xml/scan.js';
import { syntaxDiagnostics } from '../validate/xml/syntax.js';
import { readFault } from './faults.js';
import { isXmlName, notAnXmlName } from './xml-name.js';

/**
 * The one intake of XML for every command (validate, extract, render): the same size and
 * depth limits, decoding, DOCTYPE policy and root check, with the same messages, each naming
 * the file and, where there is one, the line and column.
 */
export interface IntakeLimits {
  /** Larger files are refused before they are read. */
  readonly maxBytes: number;
  /** Deeper element nesting is refused while reading (see ReadLimits.maxDepth). */
  readonly maxDepth: number;
  /**
   * The longest paragraph-like element (p, l, ab, head, note, item, cell…) the renderers take,
   * in characters of its text. Their stylesheets' time grows with the square of a paragraph's
   * lines (1 MB in one <p>: beyond 15 minutes), so a longer one is refused with a clear message.
   */
  readonly maxBlockChars: number;
}

/** The seed edition is ~250 KB and a big TEI corpus file ~20 MB; real TEI nests a few dozen deep. */
export const defaultIntakeLimits: IntakeLimits = { maxBytes: 32 * 1024 * 1024, maxDepth: defaultMaxDepth, maxBlockChars: 64 * 1024 };

/** Elements that hold running text as one unit of the page: what {@link longestBlock} measures. */
const blockElements = new Set(['p', 'ab', 'l', 'head', 'note', 'item', 'cell', 'quote', 'said', 'label', 'bibl', 'fw', 'seg', 'lem', 'rdg']);

/** A handler that measures the text of outermost paragraph-like elements; `longest` is the longest so far. */
function blockMeter() {
  let open = 0;
  let chars = 0;
  let start = 0;
  const longest = { chars: 0, offset: 0, name: '', opening: '' };
  let name = '';
  let opening = '';
  const handler = {
    startElement: (tag: { local: string; offset: number }) => {
      if (!blockElements.has(tag.local)) return;
      if (open++ === 0) [chars, start, name, opening] = [0, tag.offset, tag.local, ''];
    },
    text: (t: string) => {
      if (open === 0) return;
      chars += t.length;
      if (opening.length < 40) opening = `${opening}${t}`.replace(/\s+/g, ' ').trimStart().slice(0, 40);
    },
    endElement: (_uri: string, local: string) => {
      if (!blockElements.has(local) || --open > 0) return;
      if (chars > longest.chars) Object.assign(longest, { chars, offset: start, name, opening });
    },
  };
  return { handler, longest };
}

/** The longest paragraph-like element of a well-formed text: its name, characters and offset. */
export function longestBlock(text: string): { chars: number; offset: number; name: string; opening: string } {
  const meter = blockMeter();
  scanXml(text, meter.handler, { maxDepth: Number.MAX_SAFE_INTEGER });
  return meter.longest;
}

/** The refusal of a paragraph longer than the renderers take, at its place. */
export function blockTooLong(found: { chars: number; name: string; opening: string }, limit: number, where: { line: number; column: number } | undefined, shown: string, stage: Stage): Diagnostic {
  const n = (x: number) => x.toLocaleString('en');
  return error({
    message: `a <${found.name}> of ${n(found.chars)} characters (“${found.opening.trimEnd()}…”) is longer than the renderers take (limit ${n(limit)}): their time grows with the square of a paragraph's length`,
    rule: 'input-block-too-long',
    stage,
    file: shown,
    ...where,
    hint: 'split it into paragraphs (in a witness, a blank line between them), or raise validation.maxBlockChars in the edition config',
  });
}

export interface IntakeOptions {
  /** The stage messages are attributed to (the command's). */
  readonly stage: Stage;
  readonly limits?: Partial<IntakeLimits>;
  /** The root must be TEI's `TEI` or `teiCorpus` (renderers and extraction read nothing else). */
  readonly requireTei?: boolean;
}

/** Accepted text, with notes on how it was read (a converted encoding), or why it was refused. */
export type Intake =
  | { readonly ok: true; readonly text: string; readonly notes: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const limitsOf = (options: IntakeOptions): IntakeLimits => ({ ...defaultIntakeLimits, ...options.limits });

/**
 * Reads one file the user named: refuses what is missing or unreadable, too large (checked on
 * the open handle before reading), not decodable (UTF-8; UTF-16 with a byte-order mark or a
 * declared encoding is converted, with a note), or has a DOCTYPE that declares entities or
 * names a DTD. The tree itself is read by {@link checkXmlTree} or by the command's own reading.
 */
export async function readXmlInput(path: string, shown: string, options: IntakeOptions): Promise<Intake> {
  const { maxBytes } = limitsOf(options);
  const fail = (d: Omit<Parameters<typeof error>[0], 'stage' | 'file'>): Intake => ({ ok: false, diagnostics: [error({ ...d, stage: options.stage, file: shown })] });
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return { ok: false, diagnostics: [readFault(err, shown, options.stage)] };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return fail({ message: 'not a regular file', rule: 'input-unreadable', hint: 'name an XML file, not a folder or device' });
    if (stat.size > maxBytes) return fail(tooLarge(`the file has ${stat.size} bytes, more than the limit of ${maxBytes}`));
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return fail(tooLarge(`the file grew past the limit of ${maxBytes} bytes while being read`));
    const decoded = decodeXml(bytes);
    if ('problem' in decoded) return fail({ message: decoded.problem, rule: 'input-encoding', ...decoded.place, hint: 'save the file as UTF-8' });
    const checked = checkXmlProlog(decoded.text, shown, options.stage);
    if (!checked.ok) return checked;
    const notes = decoded.from ? [info({ message: `read as ${decoded.from}; the text is handled as Unicode and written as UTF-8`, rule: 'input-decoded', stage: options.stage, file: shown })] : [];
    return { ok: true, text: decoded.text, notes };
  } catch (err) {
    return { ok: false, diagnostics: [readFault(err, shown, options.stage)] };
  } finally {
    await handle.close();
  }
}

const tooLarge = (message: string) => ({
  message,
  rule: 'input-too-large',
  hint: 'raise the limit with --max-bytes (or validation.maxFileBytes in the edition config) if the file is trusted',
});

/** The DOCTYPE policy for text already in memory (the build's own output, tests). */
export function checkXmlProlog(text: string, shown: string, stage: Stage): Intake {
  const problem = checkDoctype(text);
  if (!problem) return { ok: true, text, notes: [] };
  return {
    ok: false,
    diagnostics: [
      error({
        message: problem.message,
        rule: problem.rule,
        stage,
        file: shown,
        ...new LineIndex(text).at(problem.offset),
        hint: 'remove the DOCTYPE (TEI needs none) or expand the entities yourself in a trusted tool',
      }),
    ],
  };
}

/**
 * Reads the tree once, streaming, with the limits: well-formed, no deeper than the depth
 * limit, and (with `requireTei`) a TEI root. For commands that hand the text to a reader of
 * their own (SaxonJS), so that it never sees what the intake refuses.
 */
export function checkXmlTree(text: string, shown: string, options: IntakeOptions): Intake {
  const { maxDepth, maxBlockChars } = limitsOf(options);
  const meter = blockMeter();
  const scanned = scanXml(text, meter.handler, { maxDepth, requireTei: options.requireTei === true });
  if (scanned.syntaxErrors.length === 0 && meter.longest.chars > maxBlockChars) {
    return { ok: false, diagnostics: [blockTooLong(meter.longest, maxBlockChars, scanned.lines.at(meter.longest.offset), shown, options.stage)] };
  }
  if (scanned.syntaxErrors.length === 0) {
    const control = controlReference.exec(text);
    if (control) {
      return {
        ok: false,
        diagnostics: [
          error({
            message: `a control character (${control[0]}), which XML 1.1 allows as a reference but the stylesheets' XML 1.0 data model cannot hold`,
            rule: 'input-control-character',
            stage: options.stage,
            file: shown,
            ...scanned.lines.at(control.index),
            hint: 'remove the reference, or replace it by the character it stands for in the source (a space, a line break) or by an element that describes it (a g or a gap)',
          }),
        ],
      };
    }
    // An id that is not an XML name is refused here, before any renderer writes it out.
    const bad = scanned.xmlIds.find((x) => !isXmlName(x.id.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''))); // the schema's ID type collapses spaces at the ends
    if (bad === undefined) return { ok: true, text, notes: [] };
    return {
      ok: false,
      diagnostics: [
        error({ message: notAnXmlName(bad.id), rule: 'xml-id-invalid', stage: options.stage, file: shown, ...scanned.lines.at(bad.offset), hint: 'give the element an XML name as its id (and update the pointers to it)' }),
      ],
    };
  }
  return { ok: false, diagnostics: syntaxDiagnostics(scanned, shown, options.stage).filter((d) => d.severity === 'error').slice(0, 1) };
}

/** A reference to a C0 control other than tab, line feed and carriage return: &#x1; … &#31;. */
const controlReference = /&#(?:x0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[1-8]|1[124-9]|2[0-9]|3[01]));/;

/** {@link readXmlInput}, then {@link checkXmlTree}. */
export async function takeXmlFile(path: string, shown: string, options: IntakeOptions): Promise<Intake> {
  const read = await readXmlInput(path, shown, options);
  if (!read.ok) return read;
  const tree = checkXmlTree(read.text, shown, options);
  return tree.ok ? read : tree;
}

/** The accepted text, or the refusal thrown as an EditionError (exit 1). */
export function acceptedOrThrow(intake: Intake): { text: string; notes: readonly Diagnostic[] } {
  if (!intake.ok) throw new EditionError(intake.diagnostics);
  return { text: intake.text, notes: intake.notes };
}

type Decoded = { text: string; from?: string } | { problem: string; place?: { line: number; column: number } };

/**
 * UTF-8 (a byte-order mark is dropped); UTF-16 with a byte-order mark; or the encoding the XML
 * declaration names, which TextDecoder (WHATWG encodings) must know. Strict: a byte that is
 * not valid in the encoding refuses the file, at its place for UTF-8.
 */
export function decodeXml(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2), 'UTF-16LE (byte-order mark)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2), 'UTF-16BE (byte-order mark)');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] === 0 || bytes[start + 1] === 0) {
    return { problem: 'the file starts with a NUL byte: UTF-16 without a byte-order mark, or not a text file' };
  }
  const head = Buffer.from(bytes.subarray(start, start + 200)).toString('latin1');
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const label = declared?.toLowerCase() ?? 'utf-8';
  // A declaration read as ASCII cannot be UTF-16 (which needs a byte-order mark): it was
  // converted to an 8-bit encoding and the declaration left behind.
  const wrongUtf16 = label.startsWith('utf-16');
  if (label !== 'utf-8' && label !== 'utf8' && !wrongUtf16) return strict(label, bytes.subarray(start), `${declared} (the encoding its XML declaration names)`);
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad === -1) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    return wrongUtf16 ? { text, from: `UTF-8 (its XML declaration says ${declared}, but UTF-16 needs a byte-order mark)` } : { text };
  }
  const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
  return {
    problem: `the bytes are not valid UTF-8 (byte 0x${body[bad]!.toString(16).padStart(2, '0')} at byte offset ${bad + start})`,
    place: new LineIndex(before).at(before.length),
  };
}

function strict(label: string, bytes: Uint8Array, from: string): Decoded {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { problem: `the XML declaration names the encoding "${label}", which is not one this toolkit can decode` };
  }
  try {
    return { text: decoder.decode(bytes), from };
  } catch {
    return { problem: `the bytes are not valid ${from}` };
  }
}

/** The deepest element of a text and its place (for a message when a reader downstream ran out of stack). */
export function deepest(text: string): { depth: number; line: number; column: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  scanXml(
    text,
    {
      startElement: (tag) => {
        if (++depth > max) [max, at] = [depth, tag.offset];
      },
      text: () => undefined,
      endElement: () => void depth--,
    },
    { maxDepth: Number.MAX_SAFE_INTEGER },
  );
  return { depth: max, ...new LineIndex(text).at(at) };
}
