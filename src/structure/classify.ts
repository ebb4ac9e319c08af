import { error, type Diagnostic } from '../diagnostics/index.js';
import type { BlockRole, Override } from './data-files.js';
import { type RawBlock } from './raw-blocks.js';
import { findAnchor, isHit, type AnchorWitness } from '../anchors/find.js';
import { contentRules } from './rules/content-rules.js';

/** A block with the role the rules (or an editor) gave it. */
export interface Classified {
  readonly block: RawBlock;
  readonly role: BlockRole;
  /** `override` when an editor decided, else the id of the rule. */
  readonly rule: string;
  readonly chapterStart: boolean;
  /** Number of a note block that begins with its label ("[45] …"); absent on continuations. */
  readonly noteN?: string;
  /** Who is responsible for a paratext block, from the overrides file. */
  readonly resp?: string;
}

/** "[45] This emerges…": a note's label at the start of a line. */
export const noteLabel = /^\[(\d+)\]/u;

const frameRoles: ReadonlySet<BlockRole> = new Set(['paratext', 'running-head', 'footer']);

interface Decision {
  role?: BlockRole;
  chapterStart?: boolean;
  resp?: string;
}

/** The block of a witness whose lines hold a character offset. */
function blockAt(blocks: readonly RawBlock[], offset: number): number {
  return blocks.findIndex((b) => {
    const last = b.lines[b.lines.length - 1]!;
    return b.lines[0]!.offset <= offset && offset <= last.offset + last.text.length;
  });
}

/**
 * Each override applies to the block that holds its text (or, with `until`, to the run of
 * blocks from there to the block that holds that text). Text found nowhere, in several places,
 * or outside any block is an error: the override is not applied anywhere else.
 */
function overridesByBlock(blocks: readonly RawBlock[], overrides: readonly Override[], witness: AnchorWitness, file: string): { decisions: Map<RawBlock, Decision>; diagnostics: Diagnostic[] } {
  const decisions = new Map<RawBlock, Decision>();
  const diagnostics: Diagnostic[] = [];
  const locate = (text: string, line: number | undefined, what: string): number | undefined => {
    const hit = findAnchor(witness, { text, ...(line !== undefined ? { line } : {}) }, { file, what, stage: 'structure' });
    if (!isHit(hit)) {
      diagnostics.push(hit);
      return undefined;
    }
    const i = blockAt(blocks, hit.start.offset);
    if (i === -1) {
      diagnostics.push(
        error({ message: `${what} in ${file}: its text stands on blank lines, in no block`, rule: 'override-stale', stage: 'structure', file: witness.file, line: hit.start.line, column: hit.start.column }),
      );
      return undefined;
    }
    return i;
  };
  overrides.forEach((o, k) => {
    const what = `override ${witness.siglum}[${k}] (${o.role !== undefined ? `role ${o.role}` : `chapterStart ${o.chapterStart}`})`;
    const from = locate(o.text, o.line, what);
    const to = o.until === undefined ? from : locate(o.until, o.untilLine, `${what}, its "until"`);
    if (from === undefined || to === undefined) return;
    if (to < from) {
      diagnostics.push(error({ message: `${what} in ${file}: its "until" text comes before its text`, rule: 'override-stale', stage: 'structure', file }));
      return;
    }
    for (const b of blocks.slice(from, to + 1)) {
      const d = decisions.get(b) ?? {};
      if (o.role !== undefined) d.role = o.role;
      if (o.chapterStart !== undefined) d.chapterStart = o.chapterStart;
      if (o.resp !== undefined) d.resp = o.resp;
      decisions.set(b, d);
    }
  });
  return { decisions, diagnostics };
}

/**
 * Gives every block of a witness its role. Blocks separated by two or more blank lines form
 * sections; a section that opens with a note label holds notes, any other opens a chapter.
 * Inside a chapter the content rules decide, in order; an editor's overrides win.
 */
export function classifyBlocks(
  blocks: readonly RawBlock[],
  overrides: readonly Override[],
  witness: AnchorWitness,
  overridesFile: string,
): { classified: Classified[]; diagnostics: Diagnostic[] } {
  const { decisions, diagnostics } = overridesByBlock(blocks, overrides, witness, overridesFile);
  const roles: (BlockRole | undefined)[] = blocks.map((b) => decisions.get(b)?.role);
  const rules: string[] = blocks.map((b) => (decisions.get(b)?.role ? 'override' : ''));
  const starts: boolean[] = blocks.map(() => false);
  const noteNs: (string | undefined)[] = blocks.map(() => undefined);

  // Sections and chapter starts.
  let inNotes = false;
  let awaitingStart = false;
  let chapterSeen = false;
  blocks.forEach((b, i) => {
    const forced = decisions.get(b)?.chapterStart;
    const sectionStart = i === 0 || (b.blankBefore >= 2 && forced !== false);
    const label = noteLabel.exec(b.lines[0]!.text);
    if (sectionStart) {
      // The first section is always text: notes follow the chapter they belong to.
      inNotes = roles[i] === undefined ? label !== null && chapterSeen : roles[i] === 'note';
      awaitingStart = !inNotes;
    }
    if (inNotes && roles[i] === undefined) {
      roles[i] = 'note';
      rules[i] = label ? 'note-label' : 'note-continuation';
    }
    if (roles[i] === 'note' && label) noteNs[i] = label[1];
    if (awaitingStart && !inNotes && !frameRoles.has(roles[i]!)) {
      starts[i] = forced ?? true;
      awaitingStart = false;
    } else if (forced === true) starts[i] = true;
    chapterSeen ||= starts[i]!;
  });

  // Content roles, chapter by chapter, so rules see where a chapter opens.
  const chapterBounds: number[] = [0, ...starts.flatMap((s, i) => (s && i > 0 ? [i] : [])), blocks.length];
  for (let c = 0; c + 1 < chapterBounds.length; c++) {
    const from = chapterBounds[c]!;
    const to = chapterBounds[c + 1]!;
    const chapterBlocks = blocks.slice(from, to);
    const chapterRoles = roles.slice(from, to);
    for (let k = 0; k < chapterBlocks.length; k++) {
      if (chapterRoles[k] !== undefined) continue;
      const ctx = { blocks: chapterBlocks, index: k, roles: chapterRoles };
      for (const rule of contentRules) {
        const r = rule(ctx);
        if (r) {
          chapterRoles[k] = r.role;
          roles[from + k] = r.role;
          rules[from + k] = r.rule;
          break;
        }
      }
    }
  }

  const classified = blocks.map((block, i) => ({
    block,
    role: roles[i]!,
    rule: rules[i]!,
    chapterStart: starts[i]!,
    ...(noteNs[i] !== undefined ? { noteN: noteNs[i] } : {}),
    ...(decisions.get(block)?.resp !== undefined ? { resp: decisions.get(block)!.resp } : {}),
  }));
  return { classified, diagnostics };
}
