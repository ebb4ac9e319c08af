import { parseXmlDocument, type Element, type Node } from 'slimdom';

/**
 * What the print must show of a TEI edition, read from the TEI with a DOM walk that knows
 * nothing of the stylesheet: the blocks of the text (paragraphs, headings, items, speakers,
 * sources, signatures, in document order) and the notes (in document order).
 *
 * It follows docs/tei-conventions.md: the text shows the lemma of an app (or the base
 * witness's reading), the correction of a choice, supplied text and the description of a gap;
 * a note's text is read on its own, without its printed label ([36]); a line that begins
 * inside a block is a line break (read as a space); whitespace that begins with a newline is
 * layout.
 */
export interface PrintedText {
  readonly blocks: string[];
  readonly notes: string[];
}

const blockNames = new Set(['p', 'head', 'ab', 'item', 'bibl', 'signed', 'speaker', 'salute', 'dateline']);
const elements = (n: Node): Element[] => Array.from(n.childNodes).filter((c): c is Element => c.nodeType === 1);
const local = (e: Element): string => e.localName;

function isBlock(e: Element): boolean {
  if (!blockNames.has(local(e))) return false;
  // A block inside another block (a bibl in a paragraph) is part of it.
  for (let a = e.parentNode; a && a.nodeType === 1; a = a.parentNode) {
    const name = local(a as Element);
    if (name === 'note') return true;
    if (blockNames.has(name)) return false;
  }
  return true;
}

/** The base witness: the first in listWit. */
function baseWitness(doc: Element): string | undefined {
  const wit = Array.from(doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'witness'))[0];
  return wit?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'id') ?? undefined;
}

/** The reading of an app the text shows. */
function shownReading(app: Element, base: string | undefined): Element | undefined {
  const lem = elements(app).find((e) => local(e) === 'lem');
  if (lem) return lem;
  const rdgs = Array.from(app.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'rdg'));
  return rdgs.find((r) => (r.getAttribute('wit') ?? '').split(/\s+/).includes(`#${base}`)) ?? rdgs[0];
}

/** The element a choice shows: the correction, else the form as written. */
function shownChoice(choice: Element): Element | undefined {
  const kids = elements(choice);
  for (const name of ['corr', 'orig', 'abbr', 'seg', 'sic', 'reg', 'expan']) {
    const found = kids.find((e) => local(e) === name);
    if (found) return found;
  }
  return undefined;
}

class Reader {
  readonly blocks: string[] = [];
  readonly notes: string[] = [];
  constructor(private readonly base: string | undefined) {}

  /** Walks the structure: blocks give their text, notes are collected where they stand. */
  walk(n: Node): void {
    for (const e of elements(n)) {
      if (local(e) === 'note') this.notes.push(this.noteText(e));
      else if (local(e) === 'app') {
        const shown = shownReading(e, this.base);
        if (shown) this.walk(shown);
      } else if (local(e) === 'fw') continue;
      else if (isBlock(e)) this.blocks.push(this.text(e));
      else this.walk(e);
    }
  }

  private noteText(note: Element): string {
    const label = Array.from(note.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'label'))[0];
    return this.text(note, label);
  }

  /** The text of a block; notes inside it are collected (in order) but not part of it. */
  private text(block: Element, skip?: Element): string {
    let out = '';
    const visit = (n: Node): void => {
      if (n.nodeType === 3) {
        out += (n as unknown as { data: string }).data.replace(/\n\s*/g, '');
        return;
      }
      if (n.nodeType !== 1) return;
      const e = n as Element;
      if (e === skip) return;
      switch (local(e)) {
        case 'note':
          this.notes.push(this.noteText(e));
          return;
        case 'lb':
          if (out.trim() !== '') out += ' ';
          return;
        case 'app': {
          const shown = shownReading(e, this.base);
          if (shown) visit(shown);
          return;
        }
        case 'choice': {
          const shown = shownChoice(e);
          if (shown) visit(shown);
          return;
        }
        case 'fw':
        case 'del':
          return;
        case 'gap': {
          // The print sets the description apart (in brackets): it is a text of its own.
          const desc = elements(e).find((d) => local(d) === 'desc');
          out += ' ';
          if (desc) visit(desc);
          out += ' ';
          return;
        }
        case 'p':
          // Paragraphs of a note read one after the other.
          if (out !== '') out += ' ';
          break;
      }
      for (const c of Array.from(e.childNodes)) visit(c);
    };
    for (const c of Array.from(block.childNodes)) visit(c);
    return out.replace(/\s+/g, ' ').trim();
  }
}

/** The blocks and notes a print of this TEI must show, in document order. */
export function printedText(tei: string): PrintedText {
  const doc = parseXmlDocument(tei).documentElement!;
  const reader = new Reader(baseWitness(doc));
  for (const part of ['front', 'body', 'back']) {
    for (const e of Array.from(doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', part))) {
      if (local(e.parentNode as Element) === 'text' && local(e.parentNode!.parentNode as Element) === 'TEI') reader.walk(e);
    }
  }
  return { blocks: reader.blocks.filter((b) => b !== ''), notes: reader.notes.filter((n) => n !== '') };
}

/**
 * The PDF's text as a stream to search: hyphenation undone (Typst hyphenates with a soft
 * hyphen), line ends after a dash or slash and before a dash joined, so that words Typst
 * broke there ("1935—went", "Ter-Vaganian") read whole.
 */
export function searchableText(pdfText: string): string {
  return pdfText.replace(/\u00ad\s*/g, '').replace(/([-‐–—/])\n/g, '$1').replace(/\n([–—])/g, '$1');
}

export interface Miss {
  readonly index: number;
  readonly word: string;
  readonly text: string;
  /** The PDF text where the search stood. */
  readonly near: string;
}

const letter = /\p{L}/u;

/** Where a word occurs from `from` on, starting a word (no letter just before a letter). */
function* occurrences(stream: string, word: string, from: number): Generator<number> {
  for (let i = stream.indexOf(word, from); i >= 0; i = stream.indexOf(word, i + 1)) {
    if (i > 0 && letter.test(word[0]!) && letter.test(stream[i - 1]!)) continue;
    yield i;
  }
}

/** Between two words of one text on one page: spaces, note markers, brackets (see findInOrder). */
const sameLineGap = (gap: string): boolean => gap.length <= 40 && /^\d*[a-z]?\d*$/.test(gap.replace(/[\s[\]]/g, ''));

/** Whether words[k..k+n) follow one another from `at` on one page. */
function followsOnPage(stream: string, words: readonly string[], at: number, k: number, n: number): boolean {
  for (let j = k; j < Math.min(words.length, k + n); j++) {
    const next = occurrences(stream, words[j]!, at).next();
    if (next.done || !sameLineGap(stream.slice(at, next.value))) return false;
    at = next.value + words[j]!.length;
  }
  return true;
}

/**
 * How many of the words follow one another from `at` (and where the last one ends). Across a
 * page break the text may go on anywhere on the next page (a footnote goes on at its foot):
 * it goes on at the first occurrence of the word there that the next words follow.
 */
function matchRest(stream: string, words: readonly string[], at: number): { matched: number; at: number } {
  let matched = 0;
  for (let k = 0; k < words.length; k++) {
    let found = -1;
    for (const i of occurrences(stream, words[k]!, at)) {
      if (i - at > 20000) break;
      const gap = stream.slice(at, i);
      if (sameLineGap(gap) || (gap.includes('\f') && followsOnPage(stream, words, i + words[k]!.length, k + 1, 4))) {
        found = i;
        break;
      }
    }
    if (found < 0) break;
    at = found + words[k]!.length;
    matched++;
  }
  return { matched, at };
}

/**
 * Checks that each text occurs in the stream, in order, word by word. Between two words of a
 * text only what the print adds may stand: spaces, line numbers and note markers (digits, a
 * note letter), brackets of supplied text; or a page break (a form feed), after which the
 * page's footnotes, running head and number have come. Between texts anything may stand.
 * Returns the texts that are missing or out of order.
 */
export function findInOrder(stream: string, texts: readonly string[]): Miss[] {
  const misses: Miss[] = [];
  let pos = 0;
  texts.forEach((text, index) => {
    const words = text.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) return;
    let best = { matched: -1, at: pos };
    for (const start of occurrences(stream, words[0]!, pos)) {
      const end = matchRest(stream, words.slice(1), start + words[0]!.length);
      if (end.matched === words.length - 1) {
        pos = end.at;
        return;
      }
      if (end.matched > best.matched) best = end;
    }
    const word = words[best.matched + 1] ?? words[0]!;
    misses.push({ index, word, text, near: stream.slice(best.at, best.at + 160) });
  });
  return misses;
}
