import { execFile } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderSite, repoRoot } from './site.js';

// The Nu HTML Checker (npm vnu-jar) on every page of the edition and of the fixtures.
const run = promisify(execFile);
const jar = join(repoRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

function hasJava(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const java = hasJava();
if (!java) console.warn('vnu.test.ts skipped: no java on PATH (.ci/run installs default-jre-headless)');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// the editions, and real TEI of other projects: tables, figures, right-to-left text, letters, drama
const sources = [
  'tei/red-book.xml',
  'tests/fixtures/html/constructs.xml',
  'tests/fixtures/html/hostile.xml',
  'tests/corpus/files/teic-test.xml',
  'tests/corpus/files/muqtabas-i2.xml',
  'tests/corpus/files/schnitzler-L02064.xml',
  'tests/corpus/files/gerdracor-goethe-proserpina.xml',
].filter((f) => existsSync(join(repoRoot, f)));

describe.skipIf(!java || !existsSync(jar))('the Nu HTML Checker', () => {
  it.each(sources)('reports no errors on any page rendered from %s', async (source) => {
    const site = await renderSite(source, { showUnresolved: true });
    const pages = site.pages().map((p) => join(site.dir, p));
    // at least the contents, a part of the text, the editorial and the search page
    expect(pages.length).toBeGreaterThanOrEqual(4);
    // vnu exits 1 when it finds errors; its report is JSON on stderr either way.
    const { stderr } = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], { maxBuffer: 32 * 1024 * 1024 }).catch(
      (err: { stderr?: string }) => ({ stderr: err.stderr ?? '' }),
    );
    const report = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url.split('/').pop()}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  }, 180_000);
});
