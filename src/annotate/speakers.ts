import type { Block, Division, List } from '../model/block.js';
import type { Inline } from '../model/inline.js';
import type { ReviewItem } from '../model/review.js';
import type { Span } from '../model/position.js';
import { plainText } from '../model/walk.js';

function personRefs(run: readonly Inline[]): string[] {
  return run.flatMap((n) => (n.kind === 'name' && n.nameType === 'person' && n.ref ? [n.ref] : []));
}

/** A label or a role as compared: capitals, without stops and extra spaces ("Orsino." → "ORSINO"). */
const normal = (s: string): string => s.replace(/[.:,;]+/gu, ' ').replace(/\s+/gu, ' ').trim().toUpperCase();

/** A role of a play's list of persons: the id of its castItem and the names it gives. */
interface CastRole {
  readonly id: string;
  readonly names: readonly string[];
}

function castRoles(blocks: readonly Block[]): CastRole[] {
  return blocks.flatMap((b): CastRole[] => {
    if (b.kind === 'div') return castRoles(b.blocks);
    if (b.kind !== 'list' || (b as List).listType !== 'cast') return [];
    return b.items.flatMap((item) => {
      const names = item.children.flatMap((n) => (n.kind === 'castPart' && n.part === 'role' ? [normal(plainText(n.children))] : []));
      return names.length > 0 ? [{ id: item.id, names }] : [];
    });
  });
}

/**
 * The roles a speaker's label names: the role of that name ("ORSINO" for "Orsino."), else the
 * roles one of whose words it is ("ORSINO" for LORD ORSINO), else those it abbreviates
 * ("ORS" for ORSINO).
 */
function rolesOf(label: string, roles: readonly CastRole[]): CastRole[] {
  if (label === '') return [];
  const exact = roles.filter((r) => r.names.includes(label));
  if (exact.length > 0) return exact;
  const word = roles.filter((r) => r.names.some((n) => n.split(' ').includes(label)));
  if (word.length > 0) return word;
  return label.length >= 3 ? roles.filter((r) => r.names.some((n) => n.split(' ').some((w) => w.length > label.length && w.startsWith(label)))) : [];
}

/**
 * Points each speech to its speaker (`sp/@who`): the one person of the registers its label
 * names ("Prosecutor:"), else, in a play with a list of persons, the one castItem whose role
 * the label names. A label that names several roles (two persons of one name) is left
 * unlinked and goes to the review. A speech that already has a speaker keeps it.
 */
export function linkSpeakers(
  edition: { readonly front: readonly Division[]; readonly body: readonly Division[] },
  fileOf: (wit: string) => string | undefined = () => undefined,
): { front: Division[]; body: Division[]; review: ReviewItem[] } {
  const roles = castRoles([...edition.front, ...edition.body]);
  const review = new Map<string, ReviewItem>();
  const whoOf = (speaker: readonly Inline[], src: readonly Span[]): string | undefined => {
    const refs = [...new Set(personRefs(speaker))];
    if (refs.length === 1) return refs[0]!;
    if (roles.length === 0) return undefined;
    const label = normal(plainText(speaker));
    const found = rolesOf(label, roles);
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1 && !review.has(label)) {
      const at = src[0];
      const file = at ? fileOf(at.wit) : undefined;
      review.set(label, {
        rule: 'speaker-ambiguous',
        text: plainText(speaker).trim(),
        message: `the speaker names ${found.length} roles of the list of persons (${found.map((r) => `#${r.id}: ${r.names.join(', ')}`).join('; ')}); its speeches are not linked to either`,
        proposal: 'tell them apart in the registers (a person for each, with the label as a form) or in the list of persons',
        ...(at ? { at } : {}),
        ...(file ? { file } : {}),
      });
    }
    return undefined;
  };
  const link = (block: Block): Block => {
    switch (block.kind) {
      case 'dialogue':
        return { ...block, speeches: block.speeches.map((s) => (s.who !== undefined ? s : withWho(s, whoOf(s.speaker, s.src)))) };
      case 'sp':
        return block.who !== undefined ? block : withWho(block, whoOf(block.speaker, block.src));
      case 'div':
      case 'quote':
      case 'epigraph':
        return { ...block, blocks: block.blocks.map(link) };
      case 'app':
        return { ...block, readings: block.readings.map((r) => ({ ...r, blocks: r.blocks.map(link) })) };
      default:
        return block;
    }
  };
  const front = edition.front.map((d) => link(d) as Division);
  const body = edition.body.map((d) => link(d) as Division);
  return { front, body, review: [...review.values()] };
}

const withWho = <T extends { readonly who?: string }>(s: T, who: string | undefined): T => (who === undefined ? s : { ...s, who });
