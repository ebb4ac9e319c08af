/**
 * The reading text of a TEI document's `<text>`, as words in reading order, by the TEI's own
 * rules and independently of the stylesheets (the corpus test compares the renderers with it):
 *
 * - left out, because each is shown in its own place: notes, the readings of an `app` other
 *   than its base reading (the lemma, else the base witness's reading, else the first), deleted
 *   text (`del`, `surplus`, text between `delSpan` and its anchor), the alternatives of a
 *   `choice` not shown (sic, orig, abbr when corr, reg, expan stand beside them), page
 *   furniture (`fw`), index entries, descriptions of gaps, stand-off links;
 * - whitespace: a run of whitespace (a newline included) separates words; an element that is a
 *   block separates words; a token (`w`, `pc`) is a word apart from the token before it unless
 *   `@join` joins them, whatever whitespace stands between; `lb`, `pb`, `cb` separate words
 *   unless `@break="no"` (or the older EpiDoc `@type="inWord"`), which joins the word across
 *   the break; other element boundaries do not separate ("S<hi>AVILLE</hi>" is one word).
 *
 * Besides the reading text it collects the words of notes, readings and deletions, which the
 * test looks for in the outputs too.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// slimdom: the DOM the project already uses for XML; its types are not needed here
const slimdom = require('slimdom') as { parseXmlDocument(xml: string): XNode };

interface XNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly namespaceURI?: string | null;
  readonly nodeValue?: string | null;
  readonly childNodes: readonly XNode[];
  readonly parentNode: XNode | null;
  readonly documentElement?: XNode;
  getAttribute?(name: string): string | null;
  getAttributeNS?(ns: string | null, name: string): string | null;
}

const TEI = 'http://www.tei-c.org/ns/1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** TEI elements that are blocks: their text is never part of the word before or after them. */
export const blockElements = new Set([
  'TEI', 'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
  'p', 'ab', 'head', 'lg', 'l', 'sp', 'speaker', 'stage', 'list', 'item', 'label', 'table', 'row', 'cell', 'figure',
  'figDesc', 'quote', 'cit', 'epigraph', 'opener', 'closer', 'salute', 'dateline', 'signed', 'postscript', 'byline',
  'docAuthor', 'docTitle', 'docImprint', 'docDate', 'docEdition', 'titlePage', 'titlePart', 'argument', 'trailer',
  'castList', 'castGroup', 'castItem', 'role', 'roleDesc', 'set', 'listBibl', 'bibl', 'biblStruct', 'listPerson', 'person',
  'listPlace', 'place', 'listOrg', 'org', 'listEvent', 'event', 'floatingText', 'address', 'addrLine',
  'fw', 'listApp', 'listWit', 'witness', 'spGrp', 'move', 'view', 'camera', 'sound', 'caption', 'tech',
  'performance', 'prologue', 'epilogue', 'imprimatur', 'entry', 'form', 'sense', 'msDesc', 'listNym', 'nym',
]);

/** Elements whose whole content is not reading text. */
const skipped = new Set(['teiHeader', 'facsimile', 'standOff', 'sourceDoc', 'note', 'del', 'surplus', 'fw', 'index', 'interp', 'interpGrp', 'link', 'linkGrp', 'span', 'spanGrp', 'witDetail', 'certainty', 'respons', 'precision', 'alt', 'altGrp', 'join', 'joinGrp', 'timeline', 'metamark']);

export interface ReadingText {
  /** The words of the reading text, in order. */
  readonly words: string[];
  /** The words of the notes, each note's words in order, notes in document order. */
  readonly noteWords: string[];
  /** The words of readings other than the base reading (what an apparatus shows). */
  readonly readingWords: string[];
  /** The words of deleted text. */
  readonly deletedWords: string[];
}

const attr = (e: XNode, name: string): string | null => e.getAttribute?.(name) ?? null;
const isTei = (e: XNode): boolean => e.namespaceURI === TEI;
const elements = (n: XNode): XNode[] => n.childNodes.filter((c) => c.nodeType === 1);

function isBlock(e: XNode): boolean {
  if (isTei(e) && blockElements.has(e.localName!)) return true;
  // an element of another namespace or one not listed: a block when it holds blocks
  if (!isTei(e) || !inlineElements.has(e.localName!)) return elements(e).some(isBlock);
  return false;
}

const inlineElements = new Set([
  'hi', 'emph', 'foreign', 'term', 'mentioned', 'soCalled', 'distinct', 'title', 'name', 'persName', 'placeName', 'orgName', 'geogName',
  'rs', 'date', 'time', 'num', 'measure', 'seg', 's', 'w', 'c', 'pc', 'g', 'ref', 'ptr', 'choice', 'sic', 'corr', 'orig', 'reg', 'abbr', 'expan',
  'ex', 'am', 'add', 'subst', 'unclear', 'damage', 'supplied', 'gap', 'space', 'lb', 'pb', 'cb', 'milestone', 'anchor', 'q', 'said',
  'surname', 'forename', 'roleName', 'addName', 'genName', 'nameLink', 'settlement', 'region', 'country', 'bloc', 'district', 'street',
  'handShift', 'addSpan', 'delSpan', 'restore', 'retrace', 'secl', 'mod', 'redo', 'undo', 'gb', 'graphic', 'formula', 'code', 'email',
  'idno', 'affiliation', 'lang', 'objectName', 'stamp', 'catchwords', 'signatures', 'locus', 'biblScope', 'citedRange', 'pubPlace',
  'publisher', 'author', 'editor', 'respStmt', 'resp', 'extent', 'edition', 'series', 'imprint', 'monogr', 'analytic', 'state', 'trait',
]);

/** The base witness: the first in listWit. */
function baseWitness(doc: XNode): string | undefined {
  const walk = (n: XNode): string | undefined => {
    for (const c of elements(n)) {
      if (c.localName === 'witness' && isTei(c)) {
        const id = c.getAttributeNS?.(XML, 'id');
        if (id) return id;
      }
      const found = walk(c);
      if (found) return found;
    }
    return undefined;
  };
  const header = elements(doc.documentElement!).find((e) => e.localName === 'teiHeader');
  return header ? walk(header) : undefined;
}

function witnesses(e: XNode): string[] {
  return (attr(e, 'wit') ?? '').split(/\s+/).filter((t) => t.startsWith('#')).map((t) => t.slice(1));
}

/** The reading an app shows: the lemma, else the base witness's reading, else the first. */
export function baseReading(app: XNode, base: string | undefined): XNode | undefined {
  const readings: XNode[] = [];
  const collect = (n: XNode): void => {
    for (const c of elements(n)) {
      if (!isTei(c)) continue;
      if (c.localName === 'lem' || c.localName === 'rdg') readings.push(c);
      else if (c.localName === 'rdgGrp') collect(c);
    }
  };
  collect(app);
  return (
    readings.find((r) => r.localName === 'lem') ??
    (base ? readings.find((r) => witnesses(r).includes(base)) : undefined) ??
    readings[0]
  );
}

/** The alternative a choice shows: the correction, regularisation or expansion, else its first. */
export function choiceShown(choice: XNode): XNode | undefined {
  const kids = elements(choice).filter(isTei);
  for (const name of ['corr', 'reg', 'expan']) {
    const found = kids.find((k) => k.localName === name);
    if (found) return found;
  }
  return kids[0];
}

const joins = (e: XNode): boolean => attr(e, 'break') === 'no' || (e.localName === 'lb' && attr(e, 'type') === 'inWord');

/** Splits text into words: letter and digit runs; each CJK character is a word of its own. */
export function words(text: string): string[] {
  const out: string[] = [];
  // Editorial brackets inside a word ("μ[ε]", "[σ]οῦ") do not split it.
  for (const m of text.normalize('NFKC').toLowerCase().replace(/[[\]⟨⟩⸢⸣]/g, '').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    let run = '';
    for (const ch of m[0]) {
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)) {
        if (run) out.push(run);
        run = '';
        out.push(ch);
      } else run += ch;
    }
    if (run) out.push(run);
  }
  return out;
}

/** The reading text and the other text of a TEI document. */
export function readingText(xml: string): ReadingText {
  const doc = slimdom.parseXmlDocument(xml);
  const root = doc.documentElement!;
  const base = baseWitness(doc);
  const text = elements(root).find((e) => e.localName === 'text');
  const chunks: string[] = [];
  const notes: string[] = [];
  const readings: string[] = [];
  const deleted: string[] = [];
  // ids of anchors that end a delSpan now open
  const openDelSpans = new Set<string>();
  // the token before joins the next one (@join="right")
  let joinNext = false;

  // Appends text to `into`, joining across a break that joins words.
  const walk = (n: XNode, into: string[], joining: { pending: boolean }): void => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3 || c.nodeType === 4) {
        let t = c.nodeValue ?? '';
        if (joining.pending) {
          t = t.replace(/^\s+/, '');
          if (t !== '') joining.pending = false;
        }
        (openDelSpans.size > 0 ? deleted : into).push(t);
        continue;
      }
      if (c.nodeType !== 1) continue; // comments, processing instructions
      const name = c.localName!;
      const tei = isTei(c);
      if (tei && (name === 'lb' || name === 'pb' || name === 'cb')) {
        if (joins(c)) {
          // the word goes on: drop the whitespace before the break and after it
          if (into.length) into[into.length - 1] = into[into.length - 1]!.replace(/\s+$/, '');
          joining.pending = true;
        } else into.push(' ');
        continue;
      }
      if (tei && (name === 'w' || name === 'pc') && !(c.parentNode && isTei(c.parentNode) && c.parentNode.localName === 'w')) {
        // a token is a word of its own (<w>in</w><w>the</w> are two words) unless @join joins
        // it to the token before ("t" join="right", "is" join="left" read "tis"), whatever
        // whitespace stands between them
        const join = attr(c, 'join');
        if (join === 'left' || join === 'both' || joinNext) {
          if (into.length) into[into.length - 1] = into[into.length - 1]!.replace(/\s+$/, '');
        } else if (!joining.pending) into.push(' ');
        joinNext = false;
        walk(c, into, joining);
        if (join === 'right' || join === 'both') {
          joinNext = true;
          joining.pending = true;
        }
        continue;
      }
      if (tei && name === 'delSpan') {
        const to = (attr(c, 'spanTo') ?? '').replace(/^#/, '');
        if (to) openDelSpans.add(to);
        continue;
      }
      if (tei && name === 'anchor') {
        const id = c.getAttributeNS?.(XML, 'id');
        if (id) openDelSpans.delete(id);
        continue;
      }
      if (tei && name === 'gap') continue;
      if (tei && name === 'space') {
        into.push(' ');
        continue;
      }
      if (tei && skipped.has(name)) {
        const side = name === 'note' ? notes : name === 'del' || name === 'surplus' ? deleted : null;
        if (side) {
          side.push(' ');
          walk(c, side, { pending: false });
          side.push(' ');
        }
        continue;
      }
      const block = isBlock(c);
      if (block) into.push(' ');
      if (tei && name === 'app') {
        const shown = baseReading(c, base);
        for (const r of elementsDeep(c, ['lem', 'rdg'])) {
          if (r === shown) walk(r, into, joining);
          else {
            readings.push(' ');
            walk(r, readings, { pending: false });
            readings.push(' ');
          }
        }
        // notes and witDetail of the app are not reading text
      } else if (tei && name === 'choice') {
        const shown = choiceShown(c);
        if (shown) walk(shown, into, joining);
      } else {
        walk(c, into, joining);
      }
      if (block) into.push(' ');
    }
  };
  if (text) walk(text, chunks, { pending: false });
  return {
    words: words(chunks.join('')),
    noteWords: words(notes.join('')),
    readingWords: words(readings.join('')),
    deletedWords: words(deleted.join('')),
  };
}

/** lem and rdg of an app, through rdgGrp, in document order. */
function elementsDeep(app: XNode, names: string[]): XNode[] {
  const out: XNode[] = [];
  const visit = (n: XNode): void => {
    for (const c of elements(n)) {
      if (!isTei(c)) continue;
      if (names.includes(c.localName!)) out.push(c);
      else if (c.localName === 'rdgGrp') visit(c);
    }
  };
  visit(app);
  return out;
}
