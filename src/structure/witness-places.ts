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
  // A division some complete witnesses lack (a chapter one edition adds or leaves out) says so too.
  const lacking = ctx.witnessOrder.filter((w) => !div.witnesses.includes(w) && !ctx.fragments?.includes(w));
  if (div.divType === 'notes' || (lacking.length === 0 && (div.witnesses.length < 2 || !div.witnesses.some((w) => ctx.fragments?.includes(w))))) return div;
  const siglumOf = (wit: string) => ctx.siglumOf?.(wit) ?? wit;
  const lacks: WitnessDetail[] = lacking.map((wit) => ({ wit: [wit], type: 'position', text: `Witness ${siglumOf(wit)} has no such ${div.divType}.` }));
  const details: WitnessDetail[] = div.witnesses.map((wit) => {
    const here = div.src.find((s) => s.wit === wit)!;
    const prev = before?.witnesses.includes(wit) ? before.src.find((s) => s.wit === wit) : undefined;
    const next = after?.witnesses.includes(wit) ? after.src.find((s) => s.wit === wit) : undefined;
    // A neighbour the witness numbers otherwise (its chapter VIII is the base's 7) says so.
    const named = (d: Division, s: Span) => {
      const printed = d.printed?.find((h) => h.wit === wit);
      return `chapter ${d.n} (${printed?.value !== undefined && String(printed.value) !== d.n ? `${printed.number} in this witness, ` : ''}${lines(s)})`;
    };
    const around = [prev && `after ${named(before!, prev)}`, next && `before ${named(after!, next)}`].filter(Boolean);
    const siglum = ctx.siglumOf?.(wit) ?? wit;
    const text = around.length
      ? `In witness ${siglum} this chapter stands at ${lines(here)}, ${around.join(' and ')}.`
      : `Witness ${siglum} holds this chapter alone, at ${lines(here)} of its file.`;
    return { wit: [wit], type: 'position', text };
  });
  if (lacking.length > 0) return withFrame(div, ctx, lacking, [...details, ...lacks]);
  const i = div.blocks.findIndex((b) => b.kind === 'app');
  if (i !== -1) {
    const app = div.blocks[i] as BlockApp;
    return { ...div, blocks: [...div.blocks.slice(0, i), { ...app, details }, ...div.blocks.slice(i + 1)] };
  }
  return withFrame(div, ctx, [], details);
}

/**
 * An empty `app` at the division's start that carries the details: a `frame` for a fragment's
 * chapter, an `addition` or `omission` for a division complete witnesses lack.
 */
function withFrame(div: Division, ctx: AssembleContext, lacking: readonly string[], details: WitnessDetail[]): Division {
  const order = (ws: readonly string[]) => ctx.witnessOrder.filter((w) => ws.includes(w));
  const baseHas = div.witnesses.includes(ctx.base);
  const others = lacking.length === 0 ? div.witnesses.filter((w) => w !== ctx.base) : baseHas ? lacking : div.witnesses;
  const frame: BlockApp = {
    kind: 'app',
    id: `${div.id}-positions`,
    src: [],
    rule: 'chapter-positions',
    variantType: lacking.length === 0 ? 'frame' : baseHas ? 'omission' : 'addition',
    readings: [
      { lemma: true, wit: order(baseHas ? div.witnesses.filter((w) => !others.includes(w)) : lacking), blocks: [] },
      { lemma: false, wit: order(others), blocks: [] },
    ],
    details,
  };
  // After the division's heads where the frame says the division is added or left out.
  let title = div.blocks[0]?.kind === 'head' && div.blocks[0].headType === 'title' ? 1 : 0;
  if (lacking.length > 0) while (div.blocks[title]?.kind === 'head') title++;
  return { ...div, blocks: [...div.blocks.slice(0, title), frame, ...div.blocks.slice(title)] };
}
