import type { Block, Division, Paragraph } from '../../src/model/block.js';
import type { Edition } from '../../src/model/edition.js';
import type { Inline, LineStart, NoteNode, Text } from '../../src/model/inline.js';
import type { Register } from '../../src/model/register.js';
import { parseRegister } from '../../src/registers/load.js';

/**
 * Hand-built model pieces for the annotation tests: a witness line cut into text nodes with
 * correct sources, so that the lossless checks are real.
 */
export class LineWriter {
  private line = 1;
  private column = 1;
  private offset = 0;
  constructor(private readonly wit = 'A') {}

  /** Witness text on the current line. */
  text(value: string): Text {
    const start = { line: this.line, column: this.column, offset: this.offset };
    this.column += value.length;
    this.offset += value.length;
    return { kind: 'text', value, src: [{ wit: this.wit, start, end: { line: this.line, column: this.column, offset: this.offset } }] };
  }

  /** A new source line (the LF of the previous one is counted). */
  lb(): LineStart {
    this.offset += 1;
    this.line += 1;
    this.column = 1;
    return { kind: 'lb', lines: [{ wit: this.wit, line: this.line }] };
  }

  /** A note marker "[n]" that stood here; the note's own text is elsewhere. */
  note(n: string, blocks: Block[] = []): NoteNode {
    const start = { line: this.line, column: this.column, offset: this.offset };
    const marker = `[${n}]`;
    this.column += marker.length;
    this.offset += marker.length;
    const end = { line: this.line, column: this.column, offset: this.offset };
    return { kind: 'note', id: `note-${n}`, n, noteType: 'author', resp: '#sedov', marker: [{ wit: this.wit, start, end }], markerText: marker, blocks, src: [] };
  }
}

export const para = (id: string, children: Inline[]): Paragraph => ({ kind: 'p', id, src: [], children });

export const div = (id: string, blocks: Block[], divType: Division['divType'] = 'chapter'): Division => ({
  kind: 'div',
  id,
  divType,
  witnesses: ['A'],
  src: [],
  blocks,
});

/** An edition of the given divisions (one witness, A, in a.txt) with the given registers. */
export function editionOf(body: Division[], registers: Register[]): Edition {
  return {
    id: 'test',
    base: 'A',
    header: {} as Edition['header'],
    witnesses: [{ siglum: 'A', id: 'A', file: 'a.txt' } as Edition['witnesses'][number]],
    front: [],
    body,
    registers,
    review: [],
    diagnostics: [],
  };
}

const wrap = (list: string, body: string) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><${list}>${body}</${list}></standOff></TEI>`;

/** A persons register from `{ id: [forms…] }`; a form "~X" is ambiguous, "!X" erroneous. */
export function persons(entries: Record<string, string[]>): Register {
  const body = Object.entries(entries)
    .map(([id, forms]) => {
      const names = forms
        .map((f) => (f.startsWith('~') ? `<persName type="ambiguous">${f.slice(1)}</persName>` : f.startsWith('!') ? `<persName type="error">${f.slice(1)}</persName>` : `<persName type="form">${f}</persName>`))
        .join('');
      return `<person xml:id="${id}"><persName type="reg">${id}</persName>${names}</person>`;
    })
    .join('');
  return parseRegister('persons', wrap('listPerson', body), 'persons.xml');
}

export function places(entries: Record<string, string[]>): Register {
  const body = Object.entries(entries)
    .map(([id, forms]) => `<place xml:id="${id}">${forms.map((f) => `<placeName type="form">${f}</placeName>`).join('')}</place>`)
    .join('');
  return parseRegister('places', wrap('listPlace', body), 'places.xml');
}

export function orgs(entries: Record<string, string[]>): Register {
  const body = Object.entries(entries)
    .map(([id, forms]) => `<org xml:id="${id}">${forms.map((f) => `<orgName type="form">${f}</orgName>`).join('')}</org>`)
    .join('');
  return parseRegister('orgs', wrap('listOrg', body), 'orgs.xml');
}

export function periodicals(entries: Record<string, string[]>): Register {
  const body = Object.entries(entries)
    .map(([id, forms]) => `<bibl xml:id="${id}">${forms.map((f) => `<title level="j" type="form">${f}</title>`).join('')}</bibl>`)
    .join('');
  return parseRegister('bibls', wrap('listBibl', body), 'bibls.xml');
}

/** The witness text a run carries: text nodes, LF for line starts, the marker for note markers. */
export function witnessText(run: readonly Inline[]): string {
  return run
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.value;
        case 'lb':
          return '\n';
        case 'note':
          return n.markerText ?? '';
        case 'name':
        case 'date':
        case 'hi':
        case 'q':
          return witnessText(n.children);
        case 'mark':
          return n.value;
        case 'choice':
          return witnessText(n.sic);
        default:
          return '';
      }
    })
    .join('');
}

/** Every text node of a run, depth first (inside names, dates, highlighting and corrections too; a transcription's mark as one). */
export function textLeaves(run: readonly Inline[]): Text[] {
  return run.flatMap((n): Text[] =>
    n.kind === 'text'
      ? [n]
      : n.kind === 'mark'
        ? [{ kind: 'text', value: n.value, src: n.src }]
        : n.kind === 'name' || n.kind === 'date' || n.kind === 'hi' || n.kind === 'q'
          ? textLeaves(n.children)
          : n.kind === 'choice'
            ? textLeaves(n.sic)
            : [],
  );
}
