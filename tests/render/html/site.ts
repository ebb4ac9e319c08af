// Renders fixtures once per test file into temporary folders and reads the pages back.
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { renderHtml, type HtmlOptions, type HtmlResult } from '../../../src/render/html/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = join(repoRoot, 'tests', 'fixtures', 'html');

export interface Site extends HtmlResult {
  readonly dir: string;
  /** The text of a written file. */
  read(path: string): string;
  /** A written HTML page, parsed. */
  page(path: string): HTMLElement;
  /** Every HTML page written, relative to dir. */
  pages(): string[];
}

/** Renders a TEI file (relative to the repository) into a fresh temporary folder. */
export async function renderSite(teiFile: string, options: Partial<HtmlOptions> = {}): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'tei-edition-html-'));
  const result = await renderHtml(readFileSync(join(repoRoot, teiFile), 'utf8'), { outDir: dir, ...options });
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  return {
    ...result,
    dir,
    read,
    page: (path) => parse(read(path)),
    pages: () => listFiles(dir).filter((f) => f.endsWith('.html')),
  };
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The visible text of an element, spaces normalised. */
export const textOf = (e: HTMLElement | null | undefined): string => (e ? e.textContent.replace(/\s+/g, ' ').trim() : '');
