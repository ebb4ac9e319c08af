import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWitness } from '../../src/ingest/decode.js';
import { indexLines } from '../../src/ingest/read-witness.js';
import { headerData } from '../../src/model/header.js';
import type { Edition } from '../../src/model/edition.js';
import type { Block } from '../../src/model/block.js';
import type { Witness } from '../../src/model/witness.js';
import { recoverStructure } from '../../src/structure/index.js';
import { collateEdition } from '../../src/collate/edition.js';
import type { CollateOptions } from '../../src/collate/types.js';
import { EditionError } from '../../src/diagnostics/index.js';
import { repoRoot, testNotes } from './edition-dir.js';
import { notesConfig } from '../../src/config/sections/notes.js';
import { noteAttribution } from '../../src/structure/notes.js';

const header = headerData.parse(JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/minimal/header.json'), 'utf8')));
const notes = notesConfig.parse(testNotes('#editor'));

/** A witness made from a string, decoded as ingest would. */
export function witnessOf(siglum: string, text: string, scope?: string): Witness {
  const decoded = decodeWitness(new TextEncoder().encode(text), `${siglum}.txt`);
  if (decoded.diagnostics.some((d) => d.severity === 'error')) throw new EditionError(decoded.diagnostics);
  return {
    siglum,
    id: siglum,
    file: `${siglum}.txt`,
    title: siglum,
    provenance: 'test',
    ...(scope ? { scope: { chapter: scope } } : {}),
    text: decoded.text,
    lineStarts: indexLines(decoded.text),
    byteLength: text.length,
    sha256: '0'.repeat(64),
    hadBom: decoded.hadBom,
    lineEnding: decoded.lineEnding,
  };
}

/** An edition built in memory from witness texts (the first is the base). */
export function editionOf(witnesses: Witness[], collation: CollateOptions = {}): Edition {
  const structure = recoverStructure({ witnesses, base: witnesses[0]!.siglum, firstChapter: 1, notes: noteAttribution(notes, '#editor'), editorResp: notes.editorResp, overrides: {}, interventions: { notes: [], gaps: [] } });
  if (structure.diagnostics.some((d) => d.severity === 'error')) throw new EditionError(structure.diagnostics);
  const base = witnesses[0]!.id;
  const structured = {
    id: 'test',
    base,
    header,
    witnesses,
    front: structure.front,
    body: structure.body,
    ...(structure.back.length > 0 ? { back: structure.back } : {}),
    registers: [],
    review: structure.review,
    diagnostics: structure.diagnostics,
  };
  return collateEdition(structured, { base, collation });
}

/** A division and the divisions inside it, as [type, n, [...]] (other blocks left out): the book's outline. */
export const divisionTree = (d: Block): unknown => (d.kind === 'div' ? [d.divType, d.n, d.blocks.filter((b) => b.kind === 'div').map(divisionTree)] : undefined);
