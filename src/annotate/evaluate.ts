import type { Block } from '../model/block.js';
import type { Edition } from '../model/edition.js';
import type { Register, RegisterKind } from '../model/register.js';
import type { ReviewItem } from '../model/review.js';
import { forEachInline } from '../model/walk.js';
import { parseRegister } from '../registers/load.js';
import { annotate, type AnnotateOptions } from './index.js';
import { acceptChanges, type DataFile } from './review/apply.js';

/**
 * Measures the annotation against a text annotated by hand: precision and recall of the tagged
 * names per type, link accuracy, and the same after an editor has accepted the review's
 * proposals that are right (and rejected the others), which is how a new edition grows its
 * registers. Used by `npm run bench` and the tests on the held-aside texts.
 */

export type GoldType = 'person' | 'place' | 'org' | 'periodical' | 'work';
/** A mention as annotated by hand: its text, type, line, and the register entry it names (or null). */
export type GoldRow = readonly [text: string, type: GoldType, line: number, ref: string | null];

interface Located {
  readonly text: string;
  readonly type: GoldType;
  readonly ref: string | null;
  readonly start: number;
  readonly end: number;
}

interface Predicted {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly ref?: string;
}

export interface Scores {
  readonly perType: Record<string, { gold: number; tagged: number; correct: number; precision: number; recall: number }>;
  /** Of the tagged names that match a hand-annotated one: how many link to the right entry (or to none that existed when the text names someone the registers lacked). */
  readonly links: { checked: number; correct: number; accuracy: number; wrong: string[] };
  /** Tagged names no hand-annotated mention bears out: type, offsets, link. */
  readonly unmatched: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds each gold mention in the witness text, in order, from the start of its line. */
export function locateGold(text: string, rows: readonly GoldRow[]): Located[] {
  const lineStart = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStart.push(i + 1);
  let lastLine = 0;
  let from = 0;
  return rows.map(([mention, type, line, ref]) => {
    if (line !== lastLine) from = lineStart[line - 1] ?? 0;
    lastLine = line;
    const pattern = new RegExp(mention.split(/\s+/).map(escape).join('\\s+'), 'gu');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) throw new Error(`gold mention “${mention}” not found from line ${line}`);
    from = m.index + m[0].length;
    return { text: mention, type, ref, start: m.index, end: m.index + m[0].length };
  });
}

/** The names an annotated edition tags, as offsets in the base witness. */
export function taggedNames(edition: Pick<Edition, 'front' | 'body' | 'base'>): Predicted[] {
  const out: Predicted[] = [];
  forEachInline([...edition.front, ...edition.body] as Block[], (n) => {
    if (n.kind !== 'name') return;
    const span = n.src.find((s) => s.wit === edition.base);
    if (span) out.push({ start: span.start.offset, end: span.end.offset, type: n.nameType, ...(n.ref ? { ref: n.ref.slice(1) } : {}) });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Precision and recall per type (a tagged name matches a hand-annotated one of its type that it overlaps), and link accuracy. */
export function score(gold: readonly Located[], predicted: readonly Predicted[], knownIds: ReadonlySet<string>): Scores {
  const works = gold.filter((g) => g.type === 'work');
  const names = gold.filter((g) => g.type !== 'work');
  // A name inside a work's title ("Capitalism in Russia") is neither right nor wrong here.
  const counted = predicted.filter((p) => !works.some((w) => p.start >= w.start && p.end <= w.end));
  const used = new Set<number>();
  const pairs: Array<{ g: Located; p: Predicted }> = [];
  for (const p of counted) {
    const k = names.findIndex((g, i) => !used.has(i) && g.type === p.type && g.start < p.end && p.start < g.end);
    if (k >= 0) {
      used.add(k);
      pairs.push({ g: names[k]!, p });
    }
  }
  const types = [...new Set([...names.map((g) => g.type), ...counted.map((p) => p.type)])].sort();
  const perType: Scores['perType'] = {};
  for (const t of types) {
    const goldN = names.filter((g) => g.type === t).length;
    const tagged = counted.filter((p) => p.type === t).length;
    const correct = pairs.filter((x) => x.g.type === t).length;
    perType[t] = { gold: goldN, tagged, correct, precision: tagged === 0 ? 1 : correct / tagged, recall: goldN === 0 ? 1 : correct / goldN };
  }
  const falsePositives = counted.filter((p) => !pairs.some((x) => x.p === p));
  const wrong: string[] = [];
  let ok = 0;
  for (const { g, p } of pairs) {
    const right = g.ref !== null ? p.ref === g.ref : p.ref === undefined || !knownIds.has(p.ref);
    if (right) ok++;
    else wrong.push(`“${g.text}” → ${p.ref ? `#${p.ref}` : 'no link'} (should be ${g.ref ? `#${g.ref}` : 'a new entry or none'})`);
  }
  return { perType, links: { checked: pairs.length, correct: ok, accuracy: pairs.length === 0 ? 1 : ok / pairs.length, wrong }, unmatched: falsePositives.map((p) => `${p.type} ${p.start}-${p.end}${p.ref ? ` #${p.ref}` : ''}`) };
}

const overlaps = (g: Located, start: number, end: number) => g.start < end && start < g.end;

/**
 * What an editor does with the proposals, judged by the hand annotation: a new entry of the
 * right type is accepted; a held-back link is accepted as a new person when the text names
 * someone the registers lack, or its form is added to the right entry; the rest is rejected.
 */
function decide(item: ReviewItem, gold: readonly Located[], base: string): 'accept' | 'reject' | { addFormTo: string } {
  const at = item.places?.[0]?.at ?? item.at;
  if (!at || at.wit !== base || !item.action) return 'reject';
  // The editor accepts a name whole, never a part of one ("Lev" of "Lev (Leon) Bronstein").
  const g = gold.find((x) => overlaps(x, at.start.offset, at.end.offset));
  const whole = g !== undefined && g.start === at.start.offset && g.end === at.end.offset;
  // …or its surname, when the hand annotation counts the title with it ("Miss Mansfield").
  const titled = g !== undefined && g.end === at.end.offset && at.start.offset > g.start && /^\p{Lu}\p{L}*\.?$/u.test(g.text.slice(0, at.start.offset - g.start).trim());
  if (!g || g.type === 'work' || !(whole || titled)) return 'reject';
  const action = item.action;
  if (action.kind === 'add-register-entry') {
    const type = { persons: 'person', places: 'place', orgs: 'org', bibls: 'periodical' }[action.register];
    if (g.type !== type) return 'reject';
    if (g.ref !== null) return { addFormTo: g.ref };
    return 'accept';
  }
  if (action.kind === 'add-register-form') return g.ref === action.entryId ? 'accept' : 'reject';
  return 'reject';
}

export interface UnseenResult {
  readonly before: Scores;
  readonly after: Scores;
  /** Proposals of new names and forms, and how many the hand annotation bears out. */
  readonly proposals: { made: number; accepted: number };
}

/**
 * Annotates a model with its registers, scores it, lets the hand annotation accept the right
 * proposals into the register texts, annotates again and scores again.
 */
export function measureUnseen(
  model: Edition,
  witnessText: string,
  gold: readonly GoldRow[],
  registerTexts: ReadonlyMap<RegisterKind, string>,
  options: AnnotateOptions = {},
): UnseenResult {
  const located = locateGold(witnessText, gold);
  const parse = (texts: ReadonlyMap<RegisterKind, string>): Register[] => [...texts].map(([kind, text]) => parseRegister(kind, text, `${kind}.xml`));
  const registers = parse(registerTexts);
  const knownIds = new Set(registers.flatMap((r) => r.entries.map((e) => e.id)));
  const base = model.base;
  const first = annotate(model, { ...options, registers, unknownNames: true, corruptions: false });
  const before = score(located, taggedNames(first), knownIds);

  const texts = new Map(registerTexts);
  const file = (kind: RegisterKind): DataFile => ({ path: kind, display: `${kind}.xml` });
  const files = { registers: Object.fromEntries([...texts.keys()].map((k) => [k, file(k)])) };
  const read = (f: DataFile) => texts.get(f.path as RegisterKind)!;
  let made = 0;
  let accepted = 0;
  for (const item of first.review) {
    if (!item.action || (item.action.kind !== 'add-register-entry' && item.action.kind !== 'add-register-form')) continue;
    made++;
    const verdict = decide(item, located, base);
    if (verdict === 'reject') continue;
    accepted++;
    const action =
      verdict === 'accept'
        ? item.action
        : ({ kind: 'add-register-form', register: 'persons', entryId: verdict.addFormTo, form: item.text, formType: 'form' } as const);
    try {
      for (const c of acceptChanges(action, files, read)) texts.set(c.file.path as RegisterKind, c.text);
    } catch {
      accepted--; // an entry id taken twice, a form already there: the editor would merge by hand
    }
  }
  const second = annotate(model, { ...options, registers: parse(texts), unknownNames: false, corruptions: false });
  const after = score(located, taggedNames(second), knownIds);
  return { before, after, proposals: { made, accepted } };
}
