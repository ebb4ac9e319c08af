import type { Block, Division } from '../model/block.js';
import type { Inline } from '../model/inline.js';

function personRefs(run: readonly Inline[]): string[] {
  return run.flatMap((n) => (n.kind === 'name' && n.nameType === 'person' && n.ref ? [n.ref] : []));
}

function link(block: Block): Block {
  switch (block.kind) {
    case 'dialogue':
      return {
        ...block,
        speeches: block.speeches.map((s) => {
          const refs = [...new Set(personRefs(s.speaker))];
          return s.who === undefined && refs.length === 1 ? { ...s, who: refs[0]! } : s;
        }),
      };
    case 'div':
    case 'quote':
    case 'epigraph':
      return { ...block, blocks: block.blocks.map(link) };
    case 'app':
      return { ...block, readings: block.readings.map((r) => ({ ...r, blocks: r.blocks.map(link) })) };
    default:
      return block;
  }
}

/**
 * Points each speech of a dialogue to its speaker (`sp/@who`) when the speaker label holds
 * exactly one linked person ("Prosecutor:"). A speech that already has a speaker keeps it.
 */
export function linkSpeakers(divisions: readonly Division[]): Division[] {
  return divisions.map((d) => link(d) as Division);
}
