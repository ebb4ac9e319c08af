import type { BlockApp, Division, WitnessDetail } from '../model/block.js';
import { forEachInline } from '../model/walk.js';
import type { Span } from '../model/position.js';
import type { AssembleContext } from './assemble.js';

const lines = (s: Span): string => (s.start.line === s.end.line ? `line ${s.start.line}` : `lines ${s.start.line}–${s.end.line}`);

/**
 * A chapter carried by several witnesses records where it stands in each (TEI `witDetail` on
 * its first block-level `app`): in the base between its neighbours, in a fragment alone.
 */
export function placeInWitnesses(div: Division, before: Division | undefined, after: Division | undefined, ctx: AssembleContext): Division {
  if (div.witnesses.length < 2) return div;
  const details: WitnessDetail[] = div.witnesses.map((wit) => {
    const here = div.src.find((s) => s.wit === wit)!;
    const prev = before?.witnesses.includes(wit) ? before.src.find((s) => s.wit === wit) : undefined;
    const next = after?.witnesses.includes(wit) ? after.src.find((s) => s.wit === wit) : undefined;
    const around = [prev && `after chapter ${before!.n} (${lines(prev)})`, next && `before chapter ${after!.n} (${lines(next)})`].filter(Boolean);
    const text = around.length
      ? `In witness ${wit} this chapter stands at ${lines(here)}, ${around.join(' and ')}.`
      : `Witness ${wit} holds this chapter alone, at ${lines(here)} of its file.`;
    return { wit: [wit], type: 'position', text };
  });
  const relation = sameText(div, ctx);
  if (relation) details.push(relation);
  const i = div.blocks.findIndex((b) => b.kind === 'app');
  if (i !== -1) {
    const app = div.blocks[i] as BlockApp;
    return { ...div, blocks: [...div.blocks.slice(0, i), { ...app, details }, ...div.blocks.slice(i + 1)] };
  }
  const frame: BlockApp = {
    kind: 'app',
    id: `${div.id}-positions`,
    src: [],
    rule: 'chapter-positions',
    variantType: 'frame',
    readings: [
      { lemma: true, wit: [ctx.base], blocks: [] },
      { lemma: false, wit: div.witnesses.filter((w) => w !== ctx.base), blocks: [] },
    ],
    details,
  };
  const title = div.blocks[0]?.kind === 'head' && div.blocks[0].headType === 'title' ? 1 : 0;
  return { ...div, blocks: [...div.blocks.slice(0, title), frame, ...div.blocks.slice(title)] };
}

const list = (xs: readonly string[]): string => (xs.length < 3 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * Witnesses that agree throughout a chapter say so (TEI `witDetail[@type='relation']`), with
 * what the editor knows of their relation (the config's `collation.relations`): an apparatus
 * that only lacks entries does not tell a reader that the texts were compared and found alike.
 */
function sameText(div: Division, ctx: AssembleContext): WitnessDetail | undefined {
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
  const wits = div.witnesses;
  const own = [...new Set(frames)];
  const known = (ctx.collation?.relations ?? []).filter((r) => wits.every((w) => r.witnesses.includes(w)) || r.witnesses.every((w) => wits.includes(w)));
  const text = [
    `Witnesses ${list(wits)} have the same text in this chapter: collated word by word, they differ in no word, spelling or punctuation mark${
      own.length ? `; what only ${own.length === 1 ? `witness ${own[0]} has` : `witnesses ${list(own)} have`} around the text (a running head or footer) is recorded apart` : ''
    }.`,
    ...known.map((r) => r.note),
  ].join(' ');
  return { wit: wits, type: 'relation', text };
}
