import type { Edition } from '../../model/edition.js';
import type { ReviewItem } from '../../model/review.js';
import { mdCode, mdFenced, mdText } from './markdown.js';

/** The rules of the review report, in the order of its sections. */
export const reviewSections: ReadonlyArray<{ title: string; rules: readonly string[]; intro: string }> = [
  {
    title: '1. Names in no register: proposed entries',
    rules: ['proposals-english-only', 'name-unknown', 'name-plural'],
    intro:
      'Names found outside every tagged name (compromise’s tagger, with titles, initials, head words and the words around them), typed with the evidence, with every mention and the register entry to add. `tei-edition review accept ID` adds it; `tei-edition review reject ID` records that it is not one.',
  },
  {
    title: '2. Near-miss spellings of register forms',
    rules: ['name-near-miss'],
    intro: 'A name found once, a letter or two from a register form: a transcription error, or another person. Accept only if it is the same one.',
  },
  {
    title: '3. Suspected corruptions',
    rules: ['proposals-english-only', 'corruption', 'correction-to-variant'],
    intro:
      'Words the Hunspell dictionary (dictionary-en, with nspell) does not know, one edit from one it does, ranked by the evidence (typical transcription confusions, a word used once beside a frequent near twin, stray symbols, words run together); and corrections in the data that correct to a variant spelling of a register name. `review accept ID` writes the correction to the corrections data.',
  },
  {
    title: '4. Links held back or uncertain, and dates',
    rules: ['name-conflict', 'name-given-unverified', 'name-ambiguous', 'speaker-ambiguous', 'name-nearest-explicit', 'name-form-cert', 'name-inflected', 'name-error-form', 'date-year-unknown', 'date-year-from-context', 'date-season', 'date-part', 'date-range'],
    intro: 'A name whose given name, initials or sex contradict its entry is not linked; the others are tagged with cert below high (or without a link): check each reading.',
  },
  {
    title: '5. Editorial decisions',
    rules: ['editorial-decision'],
    intro: 'Decisions this edition takes once for its whole text (the rules data, `editorial`), with their reasons; one the rules data does not take is the toolkit’s default, and says so.',
  },
  {
    title: '6. Capitalised words not proposed',
    rules: ['name-decided', 'name-filtered'],
    intro: 'Listed so that nothing is left out silently: the editors’ decisions from the rules file, and words filtered as fragments, derived words, months or common words, with the reason.',
  },
];

const place = (i: ReviewItem) => (i.at ? `${i.file ?? i.at.wit}:${i.at.start.line}:${i.at.start.column}` : (i.file ?? ''));

function compare(a: ReviewItem, b: ReviewItem): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.at?.start.offset ?? 0) - (b.at?.start.offset ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.text.localeCompare(b.text)
  );
}

/** Items grouped by their text (and proposal), most frequent first, then alphabetically. */
function grouped(items: readonly ReviewItem[]): Array<{ text: string; proposal?: string; message: string; places: string[] }> {
  const groups = new Map<string, { text: string; proposal?: string; message: string; places: string[] }>();
  for (const i of [...items].sort(compare)) {
    const key = `${i.text}\u0000${i.proposal ?? ''}`;
    const g = groups.get(key) ?? { text: i.text, ...(i.proposal ? { proposal: i.proposal } : {}), message: i.message, places: [] };
    g.places.push(place(i));
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.places.length - a.places.length || a.text.localeCompare(b.text));
}

/**
 * The review report of an edition, as Markdown for an editor and JSON for tools. Both are
 * deterministic (sorted by place, then rule, then text). Every item names its rule.
 */
export function renderReview(edition: Pick<Edition, 'review' | 'id'>): { markdown: string; json: string } {
  const items = [...edition.review].sort(compare);
  const counts: Record<string, number> = {};
  for (const i of items) counts[i.rule] = (counts[i.rule] ?? 0) + 1;
  const lines: string[] = [`# Review report: ${mdText(edition.id)}`, '', `${items.length} items. Each names the rule that raised it; places are file:line:column of the witness.`, ''];
  const known = new Set(reviewSections.flatMap((s) => s.rules));
  const sections = [...reviewSections, { title: '7. Other items', rules: [...new Set(items.map((i) => i.rule))].filter((r) => !known.has(r)).sort(), intro: 'Raised by other stages.' }];
  for (const section of sections) {
    const inSection = items.filter((i) => section.rules.includes(i.rule));
    if (section.rules.length === 0) continue;
    lines.push(`## ${section.title}`, '', section.intro, '');
    if (inSection.length === 0) {
      lines.push('None.', '');
      continue;
    }
    for (const rule of section.rules) {
      const ofRule = inSection.filter((i) => i.rule === rule);
      if (ofRule.length === 0) continue;
      lines.push(`### ${mdCode(rule)} (${ofRule.length})`, '');
      if (ofRule.some((i) => i.id !== undefined)) {
        for (const i of [...ofRule].sort(byRank)) lines.push(...proposalLines(i));
        lines.push('');
      } else if (rule === 'name-decided' || rule === 'name-filtered' || rule === 'name-unknown') {
        const withProposal = true;
        lines.push(withProposal ? '| text | count | proposal / decision | places |' : '| text | count | places |', withProposal ? '|---|---:|---|---|' : '|---|---:|---|');
        for (const g of grouped(ofRule)) {
          const cols = [mdText(g.text), String(g.places.length), ...(withProposal ? [mdText(g.proposal ?? g.message)] : []), mdText(g.places.join(', '))];
          lines.push(`| ${cols.join(' | ')} |`);
        }
        lines.push('');
      } else if (rule === 'proposals-english-only') {
        for (const i of ofRule) lines.push(mdText(i.message));
        lines.push('');
      } else if (rule === 'editorial-decision') {
        for (const i of ofRule) lines.push(`- **${mdText(i.text)}**: ${mdText(i.message)}`);
        lines.push('');
      } else {
        for (const i of ofRule) lines.push(`- ${mdText(place(i))} “${mdText(i.text)}”: ${mdText(i.message)}${i.proposal ? ` (proposed: ${mdText(i.proposal)})` : ''}`);
        lines.push('');
      }
    }
  }
  const json = {
    edition: edition.id,
    counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))),
    items: items.map((i) => ({
      rule: i.rule,
      text: i.text,
      message: i.message,
      ...(i.file ? { file: i.file } : {}),
      ...(i.at ? { witness: i.at.wit, line: i.at.start.line, column: i.at.start.column } : {}),
      ...(i.proposal ? { proposal: i.proposal } : {}),
      ...(i.id ? { id: i.id } : {}),
      ...(i.rank !== undefined ? { rank: i.rank } : {}),
      ...(i.action ? { action: i.action } : {}),
      ...(i.details ? { details: i.details } : {}),
      ...(i.places ? { places: i.places.map((p) => ({ file: p.file ?? p.at.wit, line: p.at.start.line, column: p.at.start.column })) } : {}),
    })),
  };
  return { markdown: lines.join('\n'), json: `${JSON.stringify(json, null, 2)}\n` };
}

const byRank = (a: ReviewItem, b: ReviewItem) => (a.rank ?? 0) - (b.rank ?? 0) || compare(a, b);

/** One proposal: its id and what accepting it does, its evidence, and every place. */
function proposalLines(i: ReviewItem): string[] {
  const places = (i.places && i.places.length > 0 ? i.places.map((p) => place({ ...i, at: p.at, ...(p.file ? { file: p.file } : {}) })) : [place(i)]).filter(Boolean);
  const shown = places.length > 12 ? [...places.slice(0, 12), `… ${places.length - 12} more`] : places;
  const out = [`- ${i.rank !== undefined ? `${i.rank}. ` : ''}**${mdText(i.text)}**${i.id ? ` ${mdCode(i.id)}` : ''}: ${mdText(i.message)}${i.proposal ? ` (proposed: ${mdText(i.proposal)})` : ''}`];
  for (const d of i.details ?? []) {
    // A detail of several lines is a block of XML (a proposed entry): shown as code, not escaped.
    if (d.includes('\n')) out.push(...mdFenced(d.slice(d.indexOf('\n') + 1), 'xml', '  '));
    else out.push(`  - ${mdText(d)}`);
  }
  if (shown.length > 0) out.push(`  - at ${mdText(shown.join(', '))}`);
  return out;
}
