import { error, type Diagnostic } from '../diagnostics/index.js';
import { findAnchor, isHit, type AnchorHit, type AnchorWitness } from '../anchors/find.js';
import type { Interventions } from './data-files.js';
import type { Paragraph } from '../model/block.js';
import type { Inline, NoteNode } from '../model/inline.js';
import type { AssembleContext } from './assemble.js';
import type { Insertion } from './inline-builder.js';
import type { SourceLine } from './source-lines.js';

type Placed<T> = T & { readonly place: AnchorHit };

/** Interventions whose text was found: each knows the place in its witness it stands after. */
export interface PlacedInterventions {
  readonly notes: readonly Placed<Interventions['notes'][number]>[];
  readonly gaps: readonly Placed<Interventions['gaps'][number]>[];
}

/**
 * Finds the place of every intervention by its text (the line is only a hint). An entry whose
 * text is not in its witness, or is there several times, is an error with the nearest candidate.
 */
export function placeInterventions(data: Interventions, witnesses: readonly AnchorWitness[], file: string): { placed: PlacedInterventions; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const place = <T extends { wit: string; after: string; line?: number | undefined }>(entries: readonly T[], kind: string): Placed<T>[] =>
    entries.flatMap((e, k) => {
      const what = `${kind}[${k}]`;
      const w = witnesses.find((x) => x.siglum === e.wit || x.id === e.wit);
      if (!w) {
        diagnostics.push(error({ message: `${what} in ${file} names witness "${e.wit}", which the config does not have`, rule: 'intervention-unknown-witness', stage: 'structure', file }));
        return [];
      }
      const hit = findAnchor(w, { text: e.after, ...(e.line !== undefined ? { line: e.line } : {}) }, { file, what, stage: 'structure' });
      if (!isHit(hit)) {
        diagnostics.push(hit);
        return [];
      }
      return [{ ...e, place: hit }];
    });
  return { placed: { notes: place(data.notes, 'notes'), gaps: place(data.gaps, 'gaps') }, diagnostics };
}

/** Places the editors' interventions (gaps, editorial notes) on their lines. */
export class InterventionIndex {
  private readonly byLine = new Map<string, { at: number; node: () => Inline; used: boolean; what: string }[]>();

  constructor(private readonly ctx: AssembleContext) {
    for (const g of ctx.interventions.gaps) {
      this.add(g.place, `gap after "${g.after}"`, () => ({
        kind: 'gap',
        reason: g.reason,
        ...(g.unit !== undefined ? { unit: g.unit } : {}),
        ...(g.quantity !== undefined ? { quantity: g.quantity } : {}),
        desc: g.desc,
        resp: ctx.editorResp,
      }));
    }
    for (const n of ctx.interventions.notes) {
      this.add(n.place, `editorial note ${n.id}`, (): NoteNode => ({
        kind: 'note',
        id: n.id,
        noteType: 'editorial',
        resp: ctx.editorResp,
        blocks: n.paragraphs.map((text, k): Paragraph => ({
          kind: 'p',
          id: `${n.id}-p${k + 1}`,
          src: [],
          children: [{ kind: 'ed', value: text }],
        })),
        src: [],
      }));
    }
  }

  /** The intervention goes right after its text, on the line where that text ends. */
  private add(place: AnchorHit, what: string, node: () => Inline): void {
    const key = `${place.wit}:${place.end.line}`;
    const list = this.byLine.get(key) ?? [];
    list.push({ at: place.end.column - 1, node, used: false, what });
    this.byLine.set(key, list);
  }

  insertions(parts: readonly SourceLine[]): Insertion[] {
    const out: Insertion[] = [];
    for (const line of parts) {
      for (const entry of this.byLine.get(`${line.wit}:${line.n}`) ?? []) {
        if (entry.used) continue;
        entry.used = true;
        out.push({ at: entry.at, length: 0, node: entry.node });
      }
    }
    return out;
  }

  /** Interventions found in the witness but on no line the edition gives (a dropped block) are errors. */
  reportUnused(): void {
    for (const [key, list] of this.byLine) {
      for (const e of list.filter((x) => !x.used)) {
        const [wit, line] = key.split(':');
        this.ctx.diagnostics.push(
          error({
            message: `${e.what}: its text, on line ${line} of witness ${wit}, is on no line of the edition's text`,
            rule: 'intervention-stale',
            stage: 'structure',
            file: this.ctx.interventionsFile ?? this.ctx.fileOf(wit!),
            hint: 'anchor the intervention on text of the edition (not on paratext of another witness)',
          }),
        );
      }
    }
  }
}
