import { error } from '../diagnostics/index.js';
import type { Paragraph } from '../model/block.js';
import type { Inline, NoteNode } from '../model/inline.js';
import type { AssembleContext } from './assemble.js';
import type { Insertion } from './inline-builder.js';
import type { SourceLine } from './source-lines.js';

/** Places the editors' interventions (gaps, editorial notes) on their lines. */
export class InterventionIndex {
  private readonly byLine = new Map<string, { after: string; node: () => Inline; used: boolean; what: string }[]>();

  constructor(private readonly ctx: AssembleContext) {
    for (const g of ctx.interventions.gaps) {
      this.add(g.wit, g.line, g.after, `gap after "${g.after}"`, () => ({
        kind: 'gap',
        reason: g.reason,
        ...(g.unit !== undefined ? { unit: g.unit } : {}),
        ...(g.quantity !== undefined ? { quantity: g.quantity } : {}),
        desc: g.desc,
        resp: ctx.editorResp,
      }));
    }
    for (const n of ctx.interventions.notes) {
      this.add(n.wit, n.line, n.after, `editorial note ${n.id}`, (): NoteNode => ({
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

  private add(wit: string, line: number, after: string, what: string, node: () => Inline): void {
    const key = `${wit}:${line}`;
    const list = this.byLine.get(key) ?? [];
    list.push({ after, node, used: false, what });
    this.byLine.set(key, list);
  }

  insertions(parts: readonly SourceLine[]): Insertion[] {
    const out: Insertion[] = [];
    for (const line of parts) {
      for (const entry of this.byLine.get(`${line.wit}:${line.n}`) ?? []) {
        if (entry.used) continue;
        const i = line.text.indexOf(entry.after);
        if (i === -1) continue;
        entry.used = true;
        out.push({ at: i + entry.after.length, length: 0, node: entry.node });
      }
    }
    return out;
  }

  /** Interventions whose place was not found are errors: the data no longer fits the text. */
  reportUnused(): void {
    for (const [key, list] of this.byLine) {
      for (const e of list.filter((x) => !x.used)) {
        const [wit, line] = key.split(':');
        this.ctx.diagnostics.push(
          error({
            message: `${e.what}: "${e.after}" not found on line ${line} of witness ${wit}`,
            rule: 'intervention-stale',
            stage: 'structure',
            file: this.ctx.interventionsFile ?? this.ctx.fileOf(wit!),
            hint: 'correct the line or the "after" text in the interventions file',
          }),
        );
      }
    }
  }
}
