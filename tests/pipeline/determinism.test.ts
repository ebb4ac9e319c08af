import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildEdition } from '../../src/pipeline/build.js';
import { repoRoot } from '../helpers/edition-dir.js';

describe('deterministic output', () => {
  it('two builds of the seed edition give the same bytes, equal to the committed tei/red-book.xml', async () => {
    const first = (await buildEdition('edition.config.json', { cwd: repoRoot, write: false })).tei;
    const second = (await buildEdition('edition.config.json', { cwd: repoRoot, write: false })).tei;
    expect(second).toBe(first);
    // If this fails after an intended change, rebuild with `npm run edition` and review the diff.
    expect(first).toBe(readFileSync(join(repoRoot, 'tei/red-book.xml'), 'utf8'));
  });

  it('the build does not depend on the clock: a build on another day gives the same bytes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-05T12:00:00Z'));
    try {
      const later = (await buildEdition('edition.config.json', { cwd: repoRoot, write: false })).tei;
      expect(later).toBe(readFileSync(join(repoRoot, 'tei/red-book.xml'), 'utf8'));
      expect(later).not.toContain('2031');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('location independence', () => {
  it('the Frankenstein example gives the same TEI whether built from the repository or from its own folder, equal to the committed file', async () => {
    const fromRoot = (await buildEdition('examples/frankenstein/edition.config.json', { cwd: repoRoot, write: false, only: ['tei'] })).tei;
    const fromFolder = (await buildEdition('edition.config.json', { cwd: join(repoRoot, 'examples/frankenstein'), write: false, only: ['tei'] })).tei;
    expect(fromFolder).toBe(fromRoot);
    expect(fromRoot).toContain('File witnesses/frankenstein-1818.txt (');
    expect(fromRoot).toBe(readFileSync(join(repoRoot, 'examples/frankenstein/tei/frankenstein.xml'), 'utf8'));
  });
});
