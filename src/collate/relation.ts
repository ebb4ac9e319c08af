import type { BlockApp, Division, WitnessDetail } from '../model/block.js';
import { forEachInline } from '../model/walk.js';
import type { WitnessRelation } from './types.js';

const list = (xs: readonly string[]): string => (xs.length < 3 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export interface RelationOptions {
  readonly base: string;
  /** What the editor knows of the witnesses' relation (the config's `collation.relations`), by siglum or id. */
  readonly relations?: readonly WitnessRelation[];
  /** The siglum a witness is printed with (default: its id). */
  readonly siglumOf?: (wit: string) => string;
}

/**
 * Witnesses that agree throughout a chapter say so (TEI `witDetail[@type='relation']`), with
 * what the editor knows of their relation: an apparatus that only lacks entries does not tell a
 * reader that the texts were compared and found alike. Runs after collation, when the
 * chapter's apps are known.
 */
function sameText(div: Division, options: RelationOptions): WitnessDetail | undefined {
  if (div.witnesses.length < 2) return undefined;
  let variants = 0;
  const frames: string[] = [];
  for (const b of div.blocks) {
    if (b.kind !== 'app') continue;
    if (b.variantType === 'frame') frames.push(...b.readings.filter((r) => r.blocks.length > 0).flatMap((r) => r.wit));
    else variants++;
  }
  forEachInline(div.blocks, (node) => {
    if (node.kind === 'app' && node.variantType !== 'whitespace') variants++;
  });
  if (variants > 0) return undefined;
  const printed = (w: string) => options.siglumOf?.(w) ?? w;
  const wits = div.witnesses;
  const names = (w: string) => [w, printed(w)];
  const own = [...new Set(frames)].map(printed);
  const known = (options.relations ?? []).filter(
    (r) => wits.every((w) => names(w).some((n) => r.witnesses.includes(n))) || r.witnesses.every((n) => wits.some((w) => names(w).includes(n))),
  );
  const text = [
    `Witnesses ${list(wits.map(printed))} have the same text in this chapter: collated word by word, they differ in no word, spelling or punctuation mark${
      own.length ? `; what only ${own.length === 1 ? `witness ${own[0]} has` : `witnesses ${list(own)} have`} around the text (a running head or footer) is recorded apart` : ''
    }.`,
    ...known.map((r) => r.note),
  ].join(' ');
  return { wit: wits, type: 'relation', text };
}

/**
 * Each chapter whose witnesses agree throughout carries the statement on its first block-level
 * app (where the chapter's frame or positions are recorded). A chapter with no app at all has
 * nowhere to carry it yet: an empty app would claim a difference where there is none.
 */
export function stateRelations(divs: readonly Division[], options: RelationOptions): Division[] {
  return divs.map((div) => {
    if (div.divType !== 'chapter') return { ...div, blocks: div.blocks.map((b) => (b.kind === 'div' ? stateRelations([b], options)[0]! : b)) };
    const relation = sameText(div, options);
    const i = div.blocks.findIndex((b) => b.kind === 'app');
    if (!relation || i === -1) return div;
    const app = div.blocks[i] as BlockApp;
    return { ...div, blocks: [...div.blocks.slice(0, i), { ...app, details: [...(app.details ?? []), relation] }, ...div.blocks.slice(i + 1)] };
  });
}
