import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { repoRoot } from '../helpers/edition-dir.js';

describe('the package API', () => {
  it('exports a typed function for each stage', () => {
    for (const name of [
      'loadConfig', 'readEdition', 'sourceFromInput', 'readWitness', 'ingestWitness', 'recoverStructure', 'structureEdition',
      'collateEdition', 'annotate', 'editionModel', 'renderReview', 'toTei', 'checkEdition', 'renderEdition', 'writeOutputs',
      'processEdition', 'extractWitness', 'buildEdition', 'collate', 'collateParagraph', 'collationToTei', 'validateFiles',
      'checkEditionRules', 'renderHtml', 'renderHtmlFiles', 'renderPdf', 'setPdf', 'runCli',
    ] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('builds the edition and gives a witness back, from code', async () => {
    const { tei, diagnostics } = await api.buildEdition('edition.config.json', { cwd: repoRoot, write: false });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(api.extractWitness(tei, 'B').split('\n')[0]).toBe('The Red Book');
  });

  it('collates two texts from code', () => {
    const c = api.collate([
      { siglum: 'A', text: 'the black cat' },
      { siglum: 'B', text: 'the cat' },
    ]);
    expect(c.places.filter((p) => p.kind === 'variant').map((p) => p.type)).toEqual(['omission']);
  });
});
