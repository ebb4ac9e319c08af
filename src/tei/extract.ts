import { SaxesParser, type SaxesTagNS } from 'saxes';
import { EditionError, error } from '../diagnostics/index.js';
import { extractCollationWitness, isStandaloneCollation } from './extract-collation.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

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
 * Gives back the text of witness `siglum` from a TEI document written by this toolkit (or any
 * TEI that records witness lines with `lb[@edRef][@n]`). The result is the witness's decoded
 * text: its lines 1..N joined with LF.
 */
export function extractWitness(xml: string, siglum: string, file = '<tei>'): string {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) {
    throw new EditionError([
      error({
        message: 'the TEI file has a DOCTYPE; extraction does not expand DTDs or entities',
        rule: 'extract-doctype',
        stage: 'extract',
        file,
        hint: 'remove the DOCTYPE declaration',
      }),
    ]);
  }
  // A standalone collation (`collate --format tei`) records lines per witness differently.
  if (isStandaloneCollation(xml)) return extractCollationWitness(xml, siglum, file);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const lines = new Map<string, string[]>();
  const maxLine = new Map<string, number>();
  const known = new Set<string>();
  let state: State = { line: new Map(), active: new Set() };
  let inGroup = false;
  const all = new Set<string>();
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  let listWit = false;

  const append = (wits: ReadonlySet<string>, text: string) => {
    for (const w of state.active) {
      if (!wits.has(w) && !wits.has('*')) continue;
      const n = state.line.get(w)!;
      const arr = lines.get(w)!;
      arr[n - 1] = (arr[n - 1] ?? '') + text;
    }
  };

  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = top();
    const name = tag.local;
    const attr = (k: string) => tag.attributes[k]?.value;
    if (name === 'listWit') listWit = true;
    if (listWit && name === 'witness') {
      const id = tag.attributes['xml:id']?.value;
      if (id) known.add(id);
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
    if (name === 'lb') {
      const w = parseWits(attr('edRef'))[0];
      const n = Number(attr('n'));
      if (!w || !Number.isInteger(n) || n < 1) return;
      all.add(w);
      if (!lines.has(w)) lines.set(w, []);
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
      if (n !== undefined && attr('subtype') !== 'unanchored') append(wits, `[${n}]`);
      frame.saved = { line: new Map(state.line), active: new Set(state.active) };
    }
  });

  parser.on('text', (text) => {
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
  });

  parser.on('closetag', () => {
    const f = stack.pop();
    if (f?.name === 'listWit') listWit = false;
    if (f && !f.skip && f.name !== 'lb') inGroup = false;
    if (f?.saved) state = f.saved;
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    throw new EditionError([
      error({
        message: `the TEI file is not well-formed XML: ${(err as Error).message}`,
        rule: 'extract-not-well-formed',
        stage: 'extract',
        file,
      }),
    ]);
  }
  if (!all.has(siglum)) {
    const listed = [...new Set([...known, ...all])].sort();
    throw new EditionError([
      error({
        message: `witness "${siglum}" has no lines in this TEI file`,
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
  for (let i = 0; i < n; i++) result.push(out[i] ?? '');
  return result.join('\n');
}
