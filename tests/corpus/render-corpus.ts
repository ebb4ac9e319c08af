/**
 * Renders a corpus file with the CLI, as a user would (`render html`, `render pdf`), and reads
 * the outputs back as words: the HTML pages in the order the contents page lists them, the PDF
 * through pdftotext.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlText, pdfWords } from './coverage.js';
import { words } from './reading-text.js';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const corpusDir = join(import.meta.dirname, 'files');
const cli = join(projectRoot, 'bin', 'tei-edition.js');

export interface CliRun {
  readonly status: number | null;
  readonly stderr: string;
  readonly ms: number;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: projectRoot,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stderr: r.stderr, ms: performance.now() - t0 };
}

/** The pages of a rendered site in reading order: the contents page's links, each once. */
export function sitePages(dir: string): string[] {
  const index = parse(readFileSync(join(dir, 'index.html'), 'utf8'));
  const pages: string[] = [];
  for (const a of index.querySelectorAll('nav.toc a[href]')) {
    const file = (a.getAttribute('href') ?? '').split('#')[0]!;
    if (file && !pages.includes(file) && existsSync(join(dir, file))) pages.push(file);
  }
  return pages;
}

/** The words of a site's text pages, in reading order. */
export function siteWords(dir: string): string[] {
  return sitePages(dir).flatMap((p) => words(htmlText(readFileSync(join(dir, p), 'utf8'))));
}

/** The words of every page of a site (for notes and readings, wherever the site puts them). */
export function allSiteWords(dir: string, pages: readonly string[]): string[] {
  return pages.flatMap((p) => words(htmlText(readFileSync(join(dir, p), 'utf8'), { deleted: true })));
}

export function pdfTextWords(file: string): string[] {
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return pdfWords(r.stdout);
}
