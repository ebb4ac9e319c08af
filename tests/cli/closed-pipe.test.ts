import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/edition-dir.js';

describe('the CLI and a reader that stops early', () => {
  it('ends quietly when its output pipe closes (`… --help | head -0`), with no stack trace', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/tei-edition.js'), 'validate', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // a reader gone before the first line (`| head -0`): every write meets a closed pipe
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });
});
