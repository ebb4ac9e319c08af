import type { Edition } from '../../model/edition.js';
import type { ReviewItem } from '../../model/review.js';

/** The rules of the review report, in the order of its sections. */
export const reviewSections: ReadonlyArray<{ title: string; rules: readonly string[]; intro: string }> = [
  {
    title: '1. Capitalised names in no register',
    rules: ['name-unknown'],
    intro: 'Proper nouns the part-of-speech tagger (wink-nlp) found outside every tagged name. Add them to a register, or record a decision in the rules file.',
  },
  {
    title: '2. Near-miss spellings of register forms',
    rules: ['name-near-miss'],
    intro: 'Unknown words within a small edit distance of a register form: probably transcription errors. Add a correction, or the form to the register.',
  },
  {
    title: '3. Ambiguous or low-certainty links and dates',
    rules: ['name-ambiguous', 'name-nearest-explicit', 'name-form-cert', 'name-error-form', 'date-year-unknown', 'date-year-from-context', 'date-season', 'date-part', 'date-range'],
    intro: 'Tagged, but with cert below high (or without a link): check each reading.',
  },
  {
    title: '4. Capitalised words the editors decided are not names',
    rules: ['name-decided'],
    intro: 'Listed so that nothing is left out silently; the decision and its reason come from the rules file.',
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

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

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
  const lines: string[] = [`# Review report: ${edition.id}`, '', `${items.length} items. Each names the rule that raised it; places are file:line:column of the witness.`, ''];
  const known = new Set(reviewSections.flatMap((s) => s.rules));
  const sections = [...reviewSections, { title: '5. Other items', rules: [...new Set(items.map((i) => i.rule))].filter((r) => !known.has(r)).sort(), intro: 'Raised by other stages.' }];
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
      lines.push(`### \`${rule}\` (${ofRule.length})`, '');
      if (rule === 'name-unknown' || rule === 'name-near-miss' || rule === 'name-decided') {
        const withProposal = rule !== 'name-unknown';
        lines.push(withProposal ? '| text | count | proposal / decision | places |' : '| text | count | places |', withProposal ? '|---|---:|---|---|' : '|---|---:|---|');
        for (const g of grouped(ofRule)) {
          const cols = [cell(g.text), String(g.places.length), ...(withProposal ? [cell(g.proposal ?? g.message)] : []), g.places.join(', ')];
          lines.push(`| ${cols.join(' | ')} |`);
        }
        lines.push('');
      } else {
        for (const i of ofRule) lines.push(`- ${place(i)} “${i.text}”: ${i.message}${i.proposal ? ` (proposed: ${i.proposal})` : ''}`);
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
    })),
  };
  return { markdown: lines.join('\n'), json: `${JSON.stringify(json, null, 2)}\n` };
}
