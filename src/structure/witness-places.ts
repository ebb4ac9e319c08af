import type { BlockApp, Division, WitnessDetail } from '../model/block.js';
import type { Span } from '../model/position.js';
import type { AssembleContext } from './assemble.js';

const lines = (s: Span): string => (s.start.line === s.end.line ? `line ${s.start.line}` : `lines ${s.start.line}–${s.end.line}`);

/**
 * A chapter that a fragment carries beside the base records where it stands in each witness
 * (TEI `witDetail` on its first block-level `app`): in the base between its neighbours, in the
 * fragment alone. Complete witnesses carry every chapter in its place: nothing to record.
 */
export function placeInWitnesses(div: Division, before: Division | undefined, after: Division | undefined, ctx: AssembleContext): Division {
  if (div.witnesses.length < 2 || !div.witnesses.some((w) => ctx.fragments?.includes(w))) return div;
  const details: WitnessDetail[] = div.witnesses.map((wit) => {
    const here = div.src.find((s) => s.wit === wit)!;
    const prev = before?.witnesses.includes(wit) ? before.src.find((s) => s.wit === wit) : undefined;
    const next = after?.witnesses.includes(wit) ? after.src.find((s) => s.wit === wit) : undefined;
    const around = [prev && `after chapter ${before!.n} (${lines(prev)})`, next && `before chapter ${after!.n} (${lines(next)})`].filter(Boolean);
    const siglum = ctx.siglumOf?.(wit) ?? wit;
    const text = around.length
      ? `In witness ${siglum} this chapter stands at ${lines(here)}, ${around.join(' and ')}.`
      : `Witness ${siglum} holds this chapter alone, at ${lines(here)} of its file.`;
    return { wit: [wit], type: 'position', text };
  });
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
