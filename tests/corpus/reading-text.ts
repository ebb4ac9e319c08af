/**
 * The reading text of a TEI document's `<text>`, as words in reading order, by the TEI's own
 * rules and independently of the stylesheets (the corpus test compares the renderers with it):
 *
 * - left out, because each is shown in its own place: notes, the readings of an `app` other
 *   than its base reading (the lemma, else the base witness's reading, else the first), deleted
 *   text (`del`, text between `delSpan` and its anchor) and superfluous text (`surplus`, which
 *   the outputs show in braces but which is no part of the reading text), the alternatives of a
 *   `choice` not shown (sic, orig, abbr when corr, reg, expan stand beside them), page
 *   furniture (`fw`), index entries, descriptions of gaps, stand-off links;
 * - whitespace: a run of whitespace (a newline included) separates words; an element that is a
 *   block separates words; a token (`w`, `pc`) is a word apart from the token before it unless
 *   `@join` joins them, whatever whitespace stands between; `lb`, `pb`, `cb` separate words
 *   unless `@break="no"` (or the older EpiDoc `@type="inWord"`), which joins the word across
 *   the break; other element boundaries do not separate ("S<hi>AVILLE</hi>" is one word).
 *
 * Besides the reading text it collects the words of notes, readings, deletions and superfluous
 * text (together, as `deletedWords`), which the test looks for in the outputs too.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// slimdom: the DOM the project already uses for XML; its types are not needed here
const slimdom = require('slimdom') as { parseXmlDocument(xml: string): XNode; serializeToWellFormedString(node: XNode): string };

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
  // the parts of a manuscript description (xslt/core/blocks.xsl)
  'msIdentifier', 'msContents', 'msItem', 'msItemStruct', 'msPart', 'msFrag', 'summary', 'incipit', 'explicit', 'rubric',
  'finalRubric', 'colophon', 'filiation', 'physDesc', 'objectDesc', 'supportDesc', 'support', 'foliation', 'collation',
  'condition', 'layoutDesc', 'layout', 'handDesc', 'handNote', 'scriptDesc', 'scriptNote', 'typeDesc', 'typeNote',
  'decoDesc', 'decoNote', 'musicNotation', 'additions', 'bindingDesc', 'binding', 'sealDesc', 'seal', 'accMat', 'history',
  'origin', 'provenance', 'acquisition', 'additional', 'adminInfo', 'recordHist', 'source', 'custodialHist', 'custEvent',
  'surrogates', 'change',
  // a transcription kept as a sourceDoc: its surfaces, zones and lines (xslt/source-doc.xsl)
  'sourceDoc', 'surfaceGrp', 'surface', 'zone', 'line',
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
  /** The words of deleted text (`del`, `delSpan`) and of superfluous text (`surplus`). */
  readonly deletedWords: string[];
  /** The words of the manuscripts the header describes (sourceDesc/msDesc), notes included. */
  readonly descriptionWords: string[];
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

/**
 * What a document's reading text is read from: its text; a transcription kept only as a
 * sourceDoc, its sourceDocs; in a teiCorpus, each member's title and authors (its header's
 * titleStmt) and then its text, a nested corpus's title before its members.
 */
function readFrom(root: XNode, member = false): XNode[] {
  const kids = elements(root).filter(isTei);
  const header = kids.find((e) => e.localName === 'teiHeader');
  if (root.localName === 'teiCorpus') {
    const heading = member ? titleStmt(header, 'title').slice(0, 1) : [];
    return [...heading, ...kids.filter((e) => e.localName === 'TEI' || e.localName === 'teiCorpus').flatMap((m) => readFrom(m, true))];
  }
  const own = member ? [...titleStmt(header, 'title'), ...titleStmt(header, 'author')] : [];
  const text = kids.find((e) => e.localName === 'text');
  return [...own, ...(text ? [text] : kids.filter((e) => e.localName === 'sourceDoc'))];
}

/** The titles (or authors) of a header's titleStmt that have words. */
function titleStmt(header: XNode | undefined, name: string): XNode[] {
  const stmt = header && elements(header).find((e) => e.localName === 'fileDesc');
  const ts = stmt && elements(stmt).find((e) => e.localName === 'titleStmt');
  return ts ? elements(ts).filter((e) => isTei(e) && e.localName === name && textOf(e).trim() !== '') : [];
}

/** The manuscripts a header describes (sourceDesc/msDesc). */
function describedManuscripts(root: XNode): XNode[] {
  const header = elements(root).find((e) => e.localName === 'teiHeader');
  const fileDesc = header && elements(header).find((e) => e.localName === 'fileDesc');
  const sourceDesc = fileDesc && elements(fileDesc).find((e) => e.localName === 'sourceDesc');
  return sourceDesc ? elements(sourceDesc).filter((e) => isTei(e) && e.localName === 'msDesc') : [];
}

/**
 * What an empty g stands for: the mapping of the char or glyph its @ref names in the file's
 * charDecl (standard, then Unicode, then a normalised form, then any; "U+4E00" decoded).
 */
function glyphMapping(doc: XNode, g: XNode): string {
  const ref = attr(g, 'ref') ?? '';
  if (!ref.startsWith('#')) return '';
  const id = ref.slice(1);
  let decl: XNode | undefined;
  const find = (n: XNode): void => {
    for (const c of elements(n)) {
      if (decl) return;
      if ((c.localName === 'char' || c.localName === 'glyph') && c.getAttributeNS?.(XML, 'id') === id) decl = c;
      else find(c);
    }
  };
  find(doc);
  if (!decl) return '';
  const maps = elements(decl).filter((e) => e.localName === 'mapping' && textOf(e).trim());
  const type = (e: XNode): string => (attr(e, 'type') ?? '').toLowerCase();
  const found =
    maps.find((m) => type(m) === 'standard') ?? maps.find((m) => type(m) === 'unicode') ??
    maps.find((m) => ['normal_unicode', 'normalized', 'normalised'].includes(type(m))) ?? maps.find((m) => !['pua', 'ids'].includes(type(m)));
  const value = found ? textOf(found).trim() : '';
  return /^(U\+[0-9A-Fa-f]{4,6})(\s+U\+[0-9A-Fa-f]{4,6})*$/.test(value)
    ? value.split(/\s+/).map((u) => String.fromCodePoint(parseInt(u.slice(2), 16))).join('')
    : value;
}

const EXAMPLES = 'http://www.tei-c.org/ns/Examples';

/** The markup of an example's content as written (its namespace declarations left out). */
const exampleSource = (egXML: XNode): string =>
  egXML.childNodes.map((n) => slimdom.serializeToWellFormedString(n)).join('').replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');

const textOf = (n: XNode): string => (n.nodeType === 3 || n.nodeType === 4 ? (n.nodeValue ?? '') : n.childNodes.map(textOf).join(''));

/** The reading text and the other text of a TEI document (or of every TEI of a teiCorpus). */
export function readingText(xml: string): ReadingText {
  const doc = slimdom.parseXmlDocument(xml);
  const root = doc.documentElement!;
  const base = baseWitness(doc);
  const chunks: string[] = [];
  const notes: string[] = [];
  const readings: string[] = [];
  const deleted: string[] = [];
  // ids of anchors that end a delSpan now open
  const openDelSpans = new Set<string>();
  // the token before joins the next one (@join="right")
  let joinNext = false;
  let notesAreText = false;

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
      if (c.namespaceURI === EXAMPLES && name === 'egXML') {
        // an example of encoding quotes markup: the outputs show its XML source, so its words
        // are those of the source (tag and attribute names, values, text), a block apart
        into.push(' ', exampleSource(c), ' ');
        continue;
      }
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
      // a gap is shown by both outputs as a mark in brackets ("axt[…]š"): no part of a word
      if (tei && name === 'gap') {
        into.push(' ');
        continue;
      }
      if (tei && name === 'g' && c.childNodes.length === 0) {
        into.push(glyphMapping(doc, c));
        continue;
      }
      if (tei && name === 'space') {
        into.push(' ');
        continue;
      }
      if (tei && skipped.has(name) && !(name === 'note' && notesAreText)) {
        const side = name === 'note' ? notes : name === 'del' || name === 'surplus' ? deleted : null;
        if (side) {
          side.push(' ');
          walk(c, side, { pending: false });
          side.push(' ');
        }
        continue;
      }
      // the parts of a manuscript's identifier are listed apart (place, repository, shelfmark),
      // and its measures ("240 × 170")
      const block = isBlock(c) || (tei && (n.localName === 'msIdentifier' || ['height', 'width', 'depth', 'dim'].includes(name)));
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
  for (const part of readFrom(root)) {
    chunks.push(' ');
    walk(part, chunks, { pending: false });
    chunks.push(' ');
  }
  // a manuscript description's notes are part of its text (its catalogue's remarks)
  const description: string[] = [];
  notesAreText = true;
  for (const ms of describedManuscripts(root)) walk(ms, description, { pending: false });
  return {
    words: words(chunks.join('')),
    noteWords: words(notes.join('')),
    readingWords: words(readings.join('')),
    deletedWords: words(deleted.join('')),
    descriptionWords: words(description.join('')),
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
