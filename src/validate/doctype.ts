/** Why a DOCTYPE was refused: the validator reads nothing but the document itself. */
export interface DoctypeProblem {
  readonly rule: 'doctype-entities' | 'doctype-external' | 'doctype-subset';
  readonly message: string;
  /** Offset of `<!DOCTYPE`. */
  readonly offset: number;
}

/**
 * Looks at the prolog, before any parser sees the text, and refuses a DOCTYPE that declares
 * entities (the "billion laughs" and external-entity attacks), names an external DTD, or
 * carries any other internal subset (its defaults would change the document behind the
 * validator's back). A bare `<!DOCTYPE TEI>` is harmless and allowed.
 *
 * Hand-written because no XML parser on npm offers "refuse before expanding": they either
 * expand, or silently ignore the subset.
 */
export function checkDoctype(text: string): DoctypeProblem | undefined {
  const start = skipMisc(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!text.startsWith('<!DOCTYPE', start)) return undefined;
  const { end: i, subsetStart, subsetEnd } = doctypeAt(text, start);
  const head = text.slice(start, subsetStart < 0 ? i : subsetStart);
  const subset = subsetStart < 0 ? '' : text.slice(subsetStart, subsetEnd);
  const problem = refusal(head, subset, start);
  // TEI P4 (document type TEI.2) came with a DTD: its files all stop here, so say what they are
  return problem && /^<!DOCTYPE\s+TEI\.2[\s[>]/.test(head) ? { ...problem, message: `${problem.message}; the document type TEI.2 is ${P4_SAYS}` } : problem;
}

/** What a TEI P4 file is told: the messages about its DOCTYPE and its root say it. */
export const P4_SAYS = 'TEI P4, which the toolkit does not read: convert the file to TEI P5 first (the TEI Consortium Stylesheets convert P4 to P5)';

function refusal(head: string, subset: string, start: number): DoctypeProblem | undefined {
  if (/<!ENTITY/i.test(subset)) {
    const names = [...subset.matchAll(/<!ENTITY\s+(%\s+)?([^\s>]+)/gi)].map((m) => `${m[1] ? '%' : ''}${m[2]}`);
    const external = /<!ENTITY[^>]*\s(SYSTEM|PUBLIC)\s/i.test(subset);
    return {
      rule: 'doctype-entities',
      offset: start,
      message:
        `the DOCTYPE declares ${names.length === 1 ? 'the entity' : `${names.length} entities`} ${names.slice(0, 5).join(', ')}` +
        `${external ? ' (some load external files or URLs)' : ''}; entity declarations are refused before parsing, since expanding them ` +
        'can exhaust memory (billion laughs) or read files and URLs nobody named',
    };
  }
  const externalId = /^<!DOCTYPE\s+[^\s[>]+\s+(SYSTEM|PUBLIC)\s+(["'])([^"']*)\2/i.exec(head);
  if (externalId) {
    return {
      rule: 'doctype-external',
      offset: start,
      message: `the DOCTYPE names an external DTD (${externalId[1]} "${externalId[3]}"); the toolkit reads no file or URL but the ones it is given`,
    };
  }
  if (subset.trim() !== '') {
    return {
      rule: 'doctype-subset',
      offset: start,
      message: 'the DOCTYPE has an internal subset; its declarations (default attributes, entities) are not applied, so the file is refused',
    };
  }
  return undefined;
}

/**
 * Past the whitespace, processing instructions (the XML declaration among them) and comments
 * from `i`: where the next markup starts (the text's length when one of them is not closed).
 * A scan, not a regular expression: a pattern of repeated "any text up to ?>" parts
 * backtracks exponentially over a prolog with many processing instructions (a file of
 * xi:includes, each bringing its own, took minutes).
 */
export function skipMisc(text: string, i: number): number {
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const [open, close] = text.startsWith('<?', i) ? ['<?', '?>'] : text.startsWith('<!--', i) ? ['<!--', '-->'] : [];
    if (open === undefined || close === undefined) return i;
    const end = text.indexOf(close, i + open.length);
    if (end < 0) return text.length;
    i = end + close.length;
  }
}

/** The extent of the DOCTYPE at `start`: where it ends (its `>`) and its internal subset (-1 when none). */
function doctypeAt(text: string, start: number): { end: number; subsetStart: number; subsetEnd: number } {
  let subsetStart = -1;
  let subsetEnd = -1;
  let quote = '';
  let i = start + '<!DOCTYPE'.length;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[' && subsetStart < 0) {
      subsetStart = i + 1;
      subsetEnd = subsetEndFrom(text, subsetStart);
      i = subsetEnd;
    } else if (c === '>') break;
  }
  return { end: i, subsetStart, subsetEnd };
}

/** The root element's name as written (its prefix included), read from the prolog alone. */
export function rootElementName(text: string): string | undefined {
  let i = skipMisc(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text.startsWith('<!DOCTYPE', i)) i = skipMisc(text, doctypeAt(text, i).end + 1);
  return /^<([^\s/>!?]+)/.exec(text.slice(i, i + 256))?.[1];
}

/** Finds the `]` that closes an internal subset, skipping quoted literals and comments. */
function subsetEndFrom(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return text.length;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ']') return i;
  }
  return text.length;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
