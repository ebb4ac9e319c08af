// What `init` takes from a Project Gutenberg e-text's header when the editor gives no title,
// author or language. The fixtures are real files' opening lines (tests/fixtures/gutenberg/SOURCES.md).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFacts } from '../../src/init/catalogue.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { runCli } from '../helpers/cli.js';

const fixture = (name: string): string => readFileSync(join(repoRoot, 'tests/fixtures/gutenberg', name), 'utf8');

describe('the catalogue facts of a library header', () => {
  it('reads title, author and language (as a code) above the start line', () => {
    expect(catalogueFacts(fixture('frankenstein-pg84-opening.txt'))).toEqual({ title: 'Frankenstein; Or, The Modern Prometheus', author: 'Mary Wollstonecraft Shelley', language: 'en' });
  });

  it('joins a title that runs on to indented lines, and reads the older header with a byte order mark', () => {
    const facts = catalogueFacts(fixture('chiriqui-excerpt.txt'));
    expect(facts.title).toBe('Ancient art of the province of Chiriqui, Colombia Sixth Annual Report of the Bureau of Ethnology to the Secretary of the Smithsonian Institution, 1884-1885, Government Printing Office, Washington, 1888, pages 3-188');
    expect(facts.author).toBe('William Henry Holmes');
  });

  it('says nothing of a text without such a header, nor of a "Title:" line in the book itself', () => {
    expect(catalogueFacts('CHAPTER I.\n\nTitle: a word in the text.\n')).toEqual({});
  });
});

describe('tei-edition init without --title', () => {
  it('takes the title and author from the witness, and refuses a witness without them, naming the options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-catalogue-'));
    try {
      const ok = await runCli(['init', join(dir, 'ed'), '--witness', `G=${join(repoRoot, 'tests/fixtures/gutenberg/frankenstein-pg84-opening.txt')}`], dir);
      expect(ok.code).toBe(0);
      const header = JSON.parse(readFileSync(join(dir, 'ed', 'header.json'), 'utf8')) as { title: string; author: { name: string } };
      expect([header.title, header.author.name]).toEqual(['Frankenstein; Or, The Modern Prometheus', 'Mary Wollstonecraft Shelley']);
      const refused = await runCli(['init', join(dir, 'ed2'), '--witness', `A=${join(repoRoot, 'tests/fixtures/gutenberg/SOURCES.md')}`], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('give --title and --author');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
