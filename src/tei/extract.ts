import { EditionError, error } from '../diagnostics/index.js';
import { checkXmlProlog } from '../io/intake.js';
import { readXmlEvents, TEI_NS, type ReadLimits, type XmlStartTag } from '../validate/xml/events.js';
import { LineIndex } from '../model/line-index.js';
import { syntaxDiagnostics } from '../validate/xml/syntax.js';
import { extractCollationWitness, isStandaloneCollation } from './extract-collation.js';
import { markerTextOf } from '../structure/rules/note-styles.js';

/** Elements whose content is no witness's text (see docs/tei-conventions.md, "Extraction rule"). */
const editorial = new Set(['teiHeader', 'standOff', 'supplied', 'corr', 'gap', 'reg', 'expan', 'desc', 'witDetail']);

/** Layout whitespace: a newline and the indentation after it. Witness lines never hold a newline. */
const layout = /\n[ \t]*/g;

interface State {
  line: Map<string, number>;
  active: Set<string>;
}

interface Frame {
  name: string;
  /** Witnesses whose text this element may carry. */
  wits: ReadonlySet<string>;
  skip: boolean;
  saved?: State;
  /** For `app`: witnesses named by its readings (a `lem` without @wit takes the rest). */
  named?: Set<string>;
}

const parseWits = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => (p.startsWith('#') ? p.slice(1) : p));

/**
 * Gives back the text of a witness from a TEI document written by this toolkit (or any TEI
 * that records witness lines with `lb[@edRef][@n]`). The witness is named by its `xml:id` or
 * by its siglum as printed (`witness/@n` in listWit, e.g. "1818" for `wit-1818`). The result
 * is the witness's file as it was read: its lines 1..N joined with LF, or with CR LF and after
 * a byte order mark where the header records that the file had them (`note[@type='encoding']`).
 */
export function extractWitness(xml: string, witness: string, file = '<tei>', limits: Pick<ReadLimits, 'maxDepth'> = {}): string {
  // The intake's DOCTYPE policy and reading limits, so that extraction refuses what every command refuses.
  const prolog = checkXmlProlog(xml, file, 'extract');
  if (!prolog.ok) throw new EditionError(prolog.diagnostics);
  // A standalone collation (`collate --format tei`) records lines per witness differently.
  if (isStandaloneCollation(xml)) return extractCollationWitness(xml, witness, file);
  const lines = new Map<string, string[]>();
  const maxLine = new Map<string, number>();
  const known = new Set<string>();
  /** Printed siglum → xml:id, from listWit. */
  const printed = new Map<string, string>();
  let state: State = { line: new Map(), active: new Set() };
  let inGroup = false;
  const all = new Set<string>();
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  let listWit = false;
  /** Per witness and line: spaces recorded on its lb (`@rend` "indent-N", "trailing-N"). */
  const edges = new Map<string, Map<number, { indent: number; trailing: number }>>();
  /** The witness of listWit being read, and the file form (BOM, CRLF) each records. */
  let currentWitness: string | undefined;
  const fileForms = new Map<string, { bom: boolean; crlf: boolean }>();

  /**
   * Witnesses whose verse number was just given back: the space after it comes with their next
   * text (a number at a line's end has none).
   */
  const spaceAfterVerse = new Set<string>();
  const append = (wits: ReadonlySet<string>, text: string) => {
    for (const w of state.active) {
      if (!wits.has(w) && !wits.has('*')) continue;
      const n = state.line.get(w)!;
      const arr = lines.get(w)!;
      arr[n - 1] = (arr[n - 1] ?? '') + (spaceAfterVerse.delete(w) ? ' ' : '') + text;
    }
  };

  const startElement = (tag: XmlStartTag): void => {
    const parent = top();
    const name = tag.local;
    const attr = (k: string) => tag.attributes.find((a) => a.qname === k)?.value;
    if (name === 'listWit') listWit = true;
    if (listWit && name === 'note' && attr('type') === 'encoding' && currentWitness !== undefined) {
      const form = (attr('subtype') ?? '').split('-');
      fileForms.set(currentWitness, { bom: form.includes('bom'), crlf: form.includes('crlf') });
    }
    if (listWit && name === 'witness') {
      const id = attr('xml:id');
      currentWitness = id;
      if (id) known.add(id);
      const n = attr('n');
      if (id && n !== undefined && !printed.has(n)) printed.set(n, id);
    }
    let skip = parent?.skip ?? false;
    if (tag.uri !== TEI_NS) skip = true;
    if (editorial.has(name)) skip = true;
    if (name === 'note' && attr('type') === 'editorial') skip = true;
    let wits: ReadonlySet<string> = parent?.wits ?? new Set(['*']);
    if ((name === 'lem' || name === 'rdg') && parent?.name === 'app') {
      const named = parseWits(attr('wit'));
      if (named.length === 0 && name === 'lem') wits = new Set(['*lem']);
      else {
        named.forEach((w) => parent.named!.add(w));
        wits = new Set(named.filter((w) => parent.wits.has(w) || parent.wits.has('*')));
      }
    }
    const frame: Frame = { name, wits, skip };
    if (name === 'app') frame.named = new Set();
    if (name === 'choice') frame.wits = wits;
    stack.push(frame);
    if (skip) return;
    if (name === 'milestone' && attr('unit') === 'verse' && attr('n') !== undefined) {
      // A verse number of the witnesses it names: its characters are its @n.
      const named = new Set(parseWits(attr('edRef')));
      const here = new Set([...named].filter((w) => wits.has(w) || wits.has('*')));
      append(here, attr('n')!);
      for (const w of here) if (state.active.has(w)) spaceAfterVerse.add(w);
      inGroup = false;
      return;
    }
    if (name === 'lb') {
      const w = parseWits(attr('edRef'))[0];
      const n = Number(attr('n'));
      if (!w || !Number.isInteger(n) || n < 1) return;
      spaceAfterVerse.delete(w);
      all.add(w);
      if (!lines.has(w)) lines.set(w, []);
      // The spaces that open and close this line of the witness, kept on its lb where the
      // witnesses indent the same words differently.
      const rend = attr('rend');
      const edge = (key: string) => Number(new RegExp(`(?:^|\\s)${key}-(\\d+)(?:\\s|$)`, 'u').exec(rend ?? '')?.[1] ?? 0);
      if (rend !== undefined && (edge('indent') > 0 || edge('trailing') > 0) && (wits.has('*') || wits.has(w))) {
        if (!edges.has(w)) edges.set(w, new Map());
        edges.get(w)!.set(n, { indent: edge('indent'), trailing: edge('trailing') });
      }
      if (attr('type') === 'wrap') {
        // A line of one witness inside text the others run on: the space before it is not its.
        const arr = lines.get(w)!;
        const cur = state.line.get(w);
        if (cur !== undefined && arr[cur - 1]?.endsWith(' ')) arr[cur - 1] = arr[cur - 1]!.slice(0, -1);
        state.active.add(w);
        state.line.set(w, n);
        maxLine.set(w, Math.max(maxLine.get(w) ?? 0, n));
        inGroup = false;
        return;
      }
      const inReading = !wits.has('*');
      if (!inGroup) {
        if (inReading) {
          for (const x of [...state.active]) if (wits.has(x)) state.active.delete(x);
        } else {
          state.active.clear();
        }
      }
      if (!inReading || wits.has(w)) {
        state.active.add(w);
        state.line.set(w, n);
        maxLine.set(w, Math.max(maxLine.get(w) ?? 0, n));
      }
      inGroup = true;
      return;
    }
    inGroup = false;
    if (name === 'note') {
      const n = attr('n');
      // The marker: "[n]" for a number or letters ("[A]"), the label itself for "*", "†", "¹", "(2)".
      if (n !== undefined && attr('subtype') !== 'unanchored' && attr('place') !== 'inline') append(wits, markerTextOf(n));
      // A note with a marker was moved there from its own lines: the text after it goes on the
      // marker's line. One without ("[Footnote: …]", "[Sidenote: …]" set in the text) stands
      // where it is printed, and the text after it on the line where it ends.
      if (n !== undefined && attr('place') !== 'inline') frame.saved = { line: new Map(state.line), active: new Set(state.active) };
    }
  };

  const onText = (text: string): void => {
    const f = top();
    if (!f || f.skip) return;
    const value = text.replace(layout, '');
    if (value === '') return;
    inGroup = false;
    if (f.wits.has('*lem')) {
      // A lem without @wit reads for every witness that no rdg of its app names.
      const app = stack[stack.length - 2];
      const rest = new Set([...all].filter((w) => !app?.named?.has(w)));
      append(rest, value);
      return;
    }
    append(f.wits, value);
  };

  const endElement = (): void => {
    const f = stack.pop();
    if (f?.name === 'listWit') listWit = false;
    if (f && !f.skip && f.name !== 'lb') inGroup = false;
    if (f?.saved) state = f.saved;
  };

  const problems = readXmlEvents(xml, { startElement, text: onText, endElement }, { ...limits, requireTei: true });
  if (problems.length > 0) {
    const first = syntaxDiagnostics({ syntaxErrors: problems, lines: new LineIndex(xml) }, file, 'extract')[0]!;
    throw new EditionError([first]);
  }
  const siglum = all.has(witness) ? witness : (printed.get(witness) ?? witness);
  if (!all.has(siglum)) {
    const listed = [...new Set([...known, ...all])].sort();
    throw new EditionError([
      error({
        message: `witness "${witness}" has no lines in this TEI file`,
        rule: 'extract-unknown-witness',
        stage: 'extract',
        file,
        hint: listed.length ? `witnesses here: ${listed.join(', ')}` : 'this file records no witness lines (lb with edRef)',
      }),
    ]);
  }
  const out = lines.get(siglum)!;
  const n = maxLine.get(siglum)!;
  const result: string[] = [];
  const edgeOf = edges.get(siglum);
  for (let i = 0; i < n; i++) {
    const e = edgeOf?.get(i + 1);
    result.push(e ? `${' '.repeat(e.indent)}${out[i] ?? ''}${' '.repeat(e.trailing)}` : (out[i] ?? ''));
  }
  const form = fileForms.get(siglum);
  const text = result.join(form?.crlf ? '\r\n' : '\n');
  return form?.bom ? `\uFEFF${text}` : text;
}
