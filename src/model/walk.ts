import type { Block, Division, ListItem, Speech } from './block.js';
import type { Inline } from './inline.js';

/**
 * Rewrites every run of inline content in a block tree, depth first (inside notes, names,
 * readings and nested blocks too). `fn` receives a run and returns its replacement; the
 * tree is rebuilt only where something changed.
 */
export type InlineRewriter = (run: readonly Inline[], context: InlineContext) => readonly Inline[];

export interface InlineContext {
  /** Innermost division (chapter or section) the run is in. */
  readonly division?: Division;
  /** Kinds of the enclosing nodes, outermost first (e.g. ['div','p','note','p']). */
  readonly path: readonly string[];
}

export function mapBlocks(blocks: readonly Block[], fn: InlineRewriter, ctx: InlineContext = { path: [] }): Block[] {
  return blocks.map((b) => mapBlock(b, fn, ctx));
}

export function mapBlock(block: Block, fn: InlineRewriter, ctx: InlineContext): Block {
  const inner: InlineContext = {
    division: block.kind === 'div' ? block : ctx.division,
    path: [...ctx.path, block.kind],
  };
  const run = (xs: readonly Inline[]) => mapRun(xs, fn, inner);
  // A speaker's label is told apart from what is said (a speaker names a person).
  const speaker = (xs: readonly Inline[]) => mapRun(xs, fn, { ...inner, path: [...inner.path, 'speaker'] });
  switch (block.kind) {
    case 'div':
      return { ...block, blocks: mapBlocks(block.blocks, fn, inner) };
    case 'app':
      return { ...block, readings: block.readings.map((r) => ({ ...r, blocks: mapBlocks(r.blocks, fn, inner) })) };
    case 'p':
    case 'head':
    case 'break':
    case 'fw':
      return { ...block, children: run(block.children) };
    case 'quote':
      return {
        ...block,
        blocks: mapBlocks(block.blocks, fn, inner),
        ...(block.bibl ? { bibl: run(block.bibl) } : {}),
        ...(block.signed ? { signed: run(block.signed) } : {}),
      };
    case 'epigraph':
      return { ...block, blocks: mapBlocks(block.blocks, fn, inner), bibl: run(block.bibl) };
    case 'list':
      return { ...block, items: block.items.map((i: ListItem) => ({ ...i, children: run(i.children) })) };
    case 'dialogue':
      return {
        ...block,
        speeches: block.speeches.map((s: Speech) => ({ ...s, speaker: speaker(s.speaker), children: run(s.children) })),
      };
    case 'lg':
      return { ...block, stanzas: block.stanzas.map((lines) => lines.map((l) => ({ ...l, children: mapRun(l.children, fn, { ...inner, path: [...inner.path, 'l'] }) }))) };
    case 'sp':
      return { ...block, speaker: speaker(block.speaker), parts: block.parts.map((p) => ({ ...p, children: mapRun(p.children, fn, { ...inner, path: [...inner.path, p.kind] }) })) };
    case 'stage':
      return { ...block, children: run(block.children) };
    case 'opener':
    case 'closer':
      return { ...block, parts: block.parts.map((p) => ({ ...p, children: run(p.children) })) };
    case 'letter':
    case 'postscript':
      return { ...block, blocks: mapBlocks(block.blocks, fn, inner) };
    case 'figure':
      return { ...block, parts: block.parts.map(run) };
  }
}

/** Applies `fn` to a run after rewriting the runs nested inside its nodes. */
export function mapRun(run: readonly Inline[], fn: InlineRewriter, ctx: InlineContext): Inline[] {
  const nested = run.map((node) => mapNested(node, fn, ctx));
  return [...fn(nested, ctx)];
}

function mapNested(node: Inline, fn: InlineRewriter, ctx: InlineContext): Inline {
  const inner = (kind: string): InlineContext => ({ ...ctx, path: [...ctx.path, kind] });
  switch (node.kind) {
    case 'note':
      return { ...node, blocks: mapBlocks(node.blocks, fn, inner('note')) };
    case 'name':
    case 'date':
    case 'label':
    case 'bibl':
    case 'title':
    case 'q':
    case 'hi':
      return { ...node, children: mapRun(node.children, fn, inner(node.kind)) };
    case 'castPart':
      return { ...node, children: mapRun(node.children, fn, inner(node.part)) };
    case 'choice':
      return node;
    case 'app':
      return {
        ...node,
        readings: node.readings.map((r) => ({
          ...r,
          children: mapRun(r.children, fn, inner('app')),
          ...(r.blocks ? { blocks: mapBlocks(r.blocks, fn, inner('app')) } : {}),
        })),
      };
    default:
      return node;
  }
}

/** Visits every inline node in document order (notes where they stand). */
export function forEachInline(blocks: readonly Block[], visit: (node: Inline, ctx: InlineContext) => void): void {
  mapBlocks(blocks, (runNodes, ctx) => {
    for (const n of runNodes) visit(n, ctx);
    return runNodes;
  });
}

/** The witness text a run carries, concatenated (labels, names and readings of the base included). */
export function plainText(run: readonly Inline[]): string {
  let out = '';
  for (const n of run) {
    switch (n.kind) {
      case 'text':
        out += n.value;
        break;
      case 'name':
      case 'date':
      case 'label':
      case 'bibl':
      case 'title':
      case 'q':
      case 'hi':
      case 'castPart':
        out += plainText(n.children);
        break;
      case 'choice':
        out += plainText(n.sic);
        break;
      case 'app': {
        const lem = n.readings.find((r) => r.lemma) ?? n.readings[0];
        if (lem) out += plainText(lem.children);
        break;
      }
      default:
        break;
    }
  }
  return out;
}
