// A worker process of the build pool (src/pipeline/pool.ts): builds the editions it is handed,
// one at a time, and reports each stage and each outcome to the pool. It prints nothing.
import { EditionError } from '../diagnostics/index.js';
import { buildEdition, type BuildOutput } from './build.js';
import type { PoolReply } from './pool.js';
import { keepHelpersWarm } from './warm.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as { cwd: string; only?: BuildOutput[]; cache: boolean };
const post = (reply: PoolReply): void => {
  process.send?.(reply);
};

// Edition after edition; the pool disconnects when it has no more, and the helpers end with
// this process.
keepHelpersWarm(true);
process.on('disconnect', () => process.exit(0));

process.on('message', async (job: { index: number; config: string }) => {
  const t0 = performance.now();
  try {
    const r = await buildEdition(job.config, {
      cwd: settings.cwd,
      cache: settings.cache,
      printThreads: false,
      reviewThread: false,
      ...(settings.only ? { only: settings.only } : {}),
      onStage: (event) => post({ index: job.index, kind: 'stage', event }),
    });
    post({ index: job.index, kind: 'done', ok: true, diagnostics: r.diagnostics, written: r.written, reused: r.reused, ms: performance.now() - t0 });
  } catch (err) {
    if (err instanceof EditionError) {
      post({ index: job.index, kind: 'done', ok: false, diagnostics: err.diagnostics, written: [], reused: [], ms: performance.now() - t0 });
    } else {
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      post({ index: job.index, kind: 'done', ok: false, diagnostics: [], written: [], reused: [], ms: performance.now() - t0, internal: detail });
    }
  }
});
