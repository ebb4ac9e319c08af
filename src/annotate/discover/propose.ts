import type { RegisterKind } from '../../model/register.js';
import type { ReviewItem, ReviewPlace } from '../../model/review.js';
import type { DecisionRule, RejectionRule } from '../data.js';
import type { EditorialDecisions } from '../editorial.js';
import type { NameIndex } from '../names/index-forms.js';
import { nearestForm, type NearMissLimits } from '../review/near-miss.js';
import { reviewId } from '../review/apply.js';
import { escapeXml } from '../../registers/edit.js';
import { entityTypes, ordinaryWord, playCues, type Candidate, type EntityType } from './find.js';
import { personTitles } from './lexicon.js';
import { givenName } from '../names/given-names.js';

const aType: Record<EntityType, string> = { person: 'a person', place: 'a place', org: 'an organisation', periodical: 'a periodical', work: 'a work' };
export const registerOf: Record<EntityType, RegisterKind> = { person: 'persons', place: 'places', org: 'orgs', periodical: 'bibls', work: 'bibls' };
const entryElement: Record<EntityType, string> = { person: 'person', place: 'place', org: 'org', periodical: 'bibl', work: 'bibl' };
const nameElement: Record<EntityType, string> = { person: 'persName', place: 'placeName', org: 'orgName', periodical: 'title level="j"', work: 'title level="m"' };

export interface ProposeOptions {
  readonly index: NameIndex;
  readonly decisions: readonly DecisionRule[];
  readonly rejections: readonly RejectionRule[];
  readonly editorial: EditorialDecisions;
  readonly nearMiss: NearMissLimits;
  readonly fileOf: (wit: string | undefined) => string | undefined;
}

const placeOf = (c: Candidate, fileOf: ProposeOptions['fileOf']): ReviewPlace | undefined => {
  if (!c.span) return undefined;
  const file = fileOf(c.span.wit);
  return { at: c.span, ...(file ? { file } : {}) };
};
const where = (p: ReviewPlace | undefined) => (p ? `${p.file ?? p.at.wit}:${p.at.start.line}:${p.at.start.column}` : '');

/** A regnal number or a generation after a name ("Louis XIV", "Charles V.", "Henry Ford Jr."). */
const ordinalAfterName = /^(?:[IVXLC]+|Jr|Sr)\.?$/u;

/**
 * An xml:id from a name: its last word for a person (the surname), with the name before it
 * when that word is a ruler's number ("louis-xiv", not "xiv"); else the whole name.
 */
function entryIdFor(forms: readonly string[], type: EntityType, taken: ReadonlySet<string>): string {
  const longest = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
  const words = longest.split(/\s+/);
  const surname = words.length > 1 && ordinalAfterName.test(words.at(-1)!) ? words.slice(-2).join(' ') : words.at(-1)!;
  const base = (type === 'person' ? surname : longest)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = /^[a-z]/.test(base) ? base : `n-${base || 'entry'}`;
  let out = id;
  for (let k = 2; taken.has(out); k++) out = `${id}-${k}`;
  return out;
}

/** The TEI of a proposed register entry, ready to paste into the register. */
export function entryXml(id: string, type: EntityType, forms: readonly string[], note: string): string {
  const el = entryElement[type];
  const name = nameElement[type];
  const close = name.split(' ')[0]!;
  const reg = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
  return [
    `<${el} xml:id="${id}">`,
    `  <${name} type="reg">${escapeXml(reg)}</${close}>`,
    ...forms.map((f) => `  <${name} type="form">${escapeXml(f)}</${close}>`),
    `  <note>${escapeXml(note)}</note>`,
    `</${el}>`,
  ].join('\n');
}

/** A capitalised word listed as no name, with why, at its first place. */
const filteredItem = (text: string, message: string, place: ReviewPlace | undefined): ReviewItem => ({
  rule: 'name-filtered',
  text,
  message,
  proposal: message,
  ...(place ? { at: place.at, ...(place.file ? { file: place.file } : {}) } : {}),
});

interface Group {
  readonly key: string;
  readonly members: Candidate[];
  forms: Set<string>;
}

/**
 * Turns the candidates into review items: one proposal per new entity (its type and why, its
 * forms, every mention, and the register entry to add), a plural form for a register name
 * followed by -s, a correction for a single near miss of a register form, and the words that
 * were filtered or decided, with the reason. Items the editors rejected are not proposed again.
 */
export function proposeEntities(candidates: readonly Candidate[], o: ProposeOptions): ReviewItem[] {
  const items: ReviewItem[] = [];
  const decided = new Map(o.decisions.map((d) => [d.form, d]));
  const rejected = new Set(o.rejections.map((r) => `${r.rule}\u0000${r.text}`));
  const isRejected = (rule: string, text: string) => rejected.has(`${rule}\u0000${text}`);
  const groups = new Map<string, Group>();
  const held: Candidate[] = [];
  for (const c of candidates) {
    const place = placeOf(c, o.fileOf);
    const at = place ? { at: place.at, ...(place.file ? { file: place.file } : {}) } : {};
    const decision = decided.get(c.text);
    if (decision) {
      items.push({ rule: 'name-decided', text: c.text, message: `${decision.decision}: ${decision.reason}`, proposal: `${decision.decision}: ${decision.reason}`, ...at });
      continue;
    }
    if (c.filtered) {
      held.push(c);
      continue;
    }
    // Capitals are an acronym's, unless a play names the person so ("ORSINO." over a speech).
    const played = c.evidence.some((e) => e === playCues.role || e === playCues.speaker);
    const key = /\p{Ll}/u.test(c.text) || (/^\p{Lu}{2,6}$/u.test(c.text) && !played) ? c.text : c.text.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
    const g = groups.get(key) ?? { key, members: [], forms: new Set([key]) };
    g.members.push(c);
    groups.set(key, g);
  }
  // A family or a people in the plural ("the Smiths", "two Richmonds") is a form of the name the
  // text also uses alone: its mentions are that name's.
  for (const g of [...groups.values()]) {
    if (g.key.includes(' ') || !/\p{Ll}s$/u.test(g.key)) continue;
    const single = groups.get(g.key.slice(0, -1)) ?? (g.key.endsWith('es') ? groups.get(g.key.slice(0, -2)) : undefined);
    if (!single || single === g) continue;
    single.members.push(...g.members);
    for (const f of g.forms) single.forms.add(f);
    groups.delete(g.key);
  }
  // A word that only ever opens an exclamation or an address, with no cue of a name anywhere
  // ("Halloa, young man!", "Hah!"), is an interjection of the book's speakers more likely than
  // a person spoken to: listed, not proposed. A name also stands elsewhere ("said Anna").
  for (const g of [...groups.values()]) {
    if (!g.members.every((c) => c.opensAddress) || Object.values(total(g)).some((v) => v > 0)) continue;
    groups.delete(g.key);
    items.push(filteredItem(g.key, `a word that only opens an exclamation or an address (${g.members.length}×), with no cue of a name`, placeOf(g.members[0]!, o.fileOf)));
  }
  // A surname alone joins the one fuller name that ends with it ("Harris" with "John Harris"),
  // when that name is one: printed twice or more, or opening with a given name or a title (not
  // a word glued to it once, as an archaic "'Ware Harris!" for "beware").
  const fullName = (g: Group) => {
    const first = g.key.split(' ')[0]!;
    return g.members.length >= 2 || givenName(first).first || personTitles.has(first);
  };
  const multi = [...groups.values()].filter((g) => g.key.includes(' ') && fullName(g));
  for (const g of [...groups.values()]) {
    if (g.key.includes(' ')) continue;
    // "Madame Moritz", "M. Moritz": a surname with a title may be another of the family.
    if (g.members.some((c) => c.evidence.some((e) => e.startsWith('after the title')))) continue;
    const fuller = multi.filter((m) => m.key.endsWith(` ${g.key}`) && total(m).person > Math.max(total(m).place, total(m).org));
    if (fuller.length !== 1) continue;
    fuller[0]!.members.push(...g.members);
    fuller[0]!.forms.add(g.key);
    groups.delete(g.key);
  }
  // A surname the text also uses alone, where it is an ordinary word or opens a sentence ("North
  // has compared…" after "David North"), is that person's.
  for (const c of held) {
    // So is a word the text proposes on its own where a cue names it ("said Molly"), though it
    // is in the dictionary too: every other mention of it joins that person.
    const alone = !c.text.includes(' ') && !c.filtered?.startsWith('a name cited');
    const same = alone ? groups.get(c.text) : undefined;
    if (same && total(same).person > 0 && c.filtered === ordinaryWord) {
      same.members.push(c);
      continue;
    }
    const person = !alone ? undefined : multi.filter((m) => m.key.endsWith(` ${c.text}`) && total(m).person > 0 && groups.has(m.key));
    if (person && person.length === 1) {
      person[0]!.members.push(c);
      person[0]!.forms.add(c.text);
      continue;
    }
    if (c.quiet) continue;
    items.push(filteredItem(c.text, c.filtered!, placeOf(c, o.fileOf)));
  }
  const taken = new Set(o.index.records.keys());
  for (const g of [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const places = g.members.map((c) => placeOf(c, o.fileOf)).filter((p): p is ReviewPlace => p !== undefined);
    const first = places[0];
    const at = first ? { at: first.at, ...(first.file ? { file: first.file } : {}) } : {};
    const scores = total(g);
    let best = entityTypes.reduce((a, b) => (scores[b] > scores[a] ? b : a), 'person' as EntityType);
    // A title in italics that the text once calls a newspaper or journal is a periodical.
    if (best === 'work' && scores.periodical > 0) best = 'periodical';
    // A title before the name ("Mr", "Lady") in a fifth of its mentions says person, however
    // often the tagger, which reads the word alone, takes it for a town ("Mr. Ashby").
    const titled = g.members.filter((c) => c.evidence.some((e) => e.startsWith('after the title'))).length;
    if (best !== 'person' && titled >= 2 && titled * 5 >= g.members.length) best = 'person';
    const evidence = countedEvidence(g.members);
    const type: EntityType = best;
    const why = scores[best] > 0 ? evidence : 'no cue in the text: a proper noun, taken as a person (the most frequent kind); check the type';
    // A register name followed by -s: a deliberate plural, never a correction.
    const plural = pluralOf(g.key, o.index, o.editorial);
    if (plural) {
      if (isRejected('name-plural', g.key)) continue;
      items.push({
        rule: 'name-plural',
        id: reviewId('plural', g.key, plural.id),
        text: g.key,
        message: `“${g.key}” is the plural of “${plural.form}” (#${plural.id}): ${o.editorial.plurals.reason}`,
        proposal: `add “${g.key}” to #${plural.id} as a form of type "plural"`,
        action: { kind: 'add-register-form', register: plural.kind, entryId: plural.id, form: g.key, formType: 'plural' },
        places,
        details: [`type: plural of #${plural.id}`],
        ...at,
      });
      continue;
    }
    const near = nearestForm(g.key, o.index, o.nearMiss);
    if (near && g.members.length === 1 && near.ids.length === 1 && !isRejected('name-near-miss', g.key)) {
      const record = o.index.records.get(near.ids[0]!);
      items.push({
        rule: 'name-near-miss',
        id: reviewId('near', g.key, near.form),
        text: g.key,
        message: `“${g.key}” (once) is ${near.distance} edit(s) from “${near.form}” (#${near.ids[0]}${record?.description ? `: ${record.description}` : ''}). Accept only if it is the same ${type === 'person' ? 'person' : 'name'} misspelt; if it is another, reject this and accept the new entry`,
        proposal: `correct to “${near.form}” (#${near.ids[0]})`,
        action: { kind: 'add-correction', correction: { sic: g.key, corr: near.form, reason: `transcription error: ${near.distance} letter(s) from the register form “${near.form}”`, cert: 'medium', expect: 1 } },
        places,
        details: [`context: ${g.members[0]!.context}`],
        ...at,
      });
    }
    if (isRejected('name-unknown', g.key)) continue;
    const forms = [...g.forms].sort();
    // The register's own regularised name, printed: a form of that entry, not a new one.
    const byReg = [...o.index.records.values()].find((r) => r.forms.some((f) => f.type === 'reg' && f.text.replace(/\s*\([^)]*\)$/, '') === g.key));
    if (byReg) {
      items.push({
        rule: 'name-unknown',
        id: reviewId('form', g.key, byReg.id),
        text: g.key,
        message: `“${g.key}” (${g.members.length}×) is the regularised name of #${byReg.id}, which does not list it as a printed form`,
        proposal: `add “${g.key}” to #${byReg.id} as a form`,
        action: { kind: 'add-register-form', register: byReg.kind, entryId: byReg.id, form: g.key, formType: 'form' },
        places,
        details: [`type: ${type}`, `entry: #${byReg.id} (${byReg.name})`],
        ...at,
      });
      continue;
    }
    if (type === 'work') {
      // The model tags persons, places, bodies and periodicals; a work's title is recorded as a decision.
      items.push({
        rule: 'name-unknown',
        id: reviewId('entity', g.key, type),
        text: g.key,
        message: `“${g.key}” (${g.members.length}×) is in no register: the title of a work (${why}); accepting records the decision that it is not tagged as a name`,
        proposal: 'record the decision "work"',
        action: { kind: 'record-decision', form: g.key, decision: 'work', reason: `the title of a work (${why})` },
        places,
        details: [`type: work`, `evidence: ${why}`, `forms: ${forms.join(', ')}`],
        ...at,
      });
      continue;
    }
    const entryId = entryIdFor(forms, type, taken);
    taken.add(entryId);
    const note = `Proposed from the text as ${aType[type]} (${why}); first mention ${where(first)}: “${g.members[0]!.context}”. Describe it here.`;
    const xml = entryXml(entryId, type, forms, note);
    items.push({
      rule: 'name-unknown',
      id: reviewId('entity', g.key, type),
      text: g.key,
      message: `“${g.key}” (${g.members.length}×) is in no register: ${aType[type]}${near && g.members.length > 1 ? `; it is close to “${near.form}” (#${near.ids.join(', #')}) but occurs ${g.members.length} times, so it is proposed as another entity` : ''}`,
      proposal: `add to the ${registerOf[type]} register as #${entryId}`,
      action: { kind: 'add-register-entry', register: registerOf[type], entryId, xml },
      places,
      details: [`type: ${type}`, `evidence: ${why}`, `forms: ${forms.join(', ')}`, `register entry:\n${xml}`],
      ...at,
    });
  }
  return items;
}

function total(g: Group): Record<EntityType, number> {
  const t: Record<EntityType, number> = { person: 0, place: 0, org: 0, periodical: 0, work: 0 };
  for (const c of g.members) for (const k of entityTypes) t[k] += c.scores[k];
  return t;
}

function countedEvidence(members: readonly Candidate[]): string {
  const counts = new Map<string, number>();
  for (const c of members) for (const e of new Set(c.evidence)) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([e, n]) => (n > 1 ? `${e} (${n}×)` : e))
    .join('; ');
}

/** The register entry whose form this word is the plural of ("Smiths" of "Smith"). */
function pluralOf(word: string, index: NameIndex, editorial: EditorialDecisions): { id: string; form: string; kind: RegisterKind } | undefined {
  const m = /^(.+?)(?:es|s)$/u.exec(word);
  if (!m && !editorial.plurals.forms.includes(word)) return undefined;
  for (const stem of [word.slice(0, -1), word.slice(0, -2)]) {
    const form = index.forms.find((f) => f.text === stem && f.entries.length === 1 && f.entries[0]!.kind === 'persons');
    if (form) return { id: form.entries[0]!.id, form: form.text, kind: 'persons' };
  }
  return undefined;
}
