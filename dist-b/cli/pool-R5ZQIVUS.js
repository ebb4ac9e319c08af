import {
  toolkitRoot
} from "./chunk-TCSM6RUB.js";

// dist/pipeline/pool.js
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerEntry() {
  const here = fileURLToPath(new URL("./pool-worker.js", import.meta.url));
  return import.meta.url.endsWith(".ts") ? join(toolkitRoot, "dist", "pipeline", "pool-worker.js") : here;
}
async function buildMany(configs, options = {}) {
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), configs.length));
  const memoryMb = options.memoryMb ?? Math.min(4096, Math.max(512, Math.floor(totalmem() / 1024 ** 2 / jobs / 2)));
  const outcomes = new Array(configs.length);
  let next = 0;
  const settings = { cwd: options.cwd ?? process.cwd(), cache: options.cache ?? false, ...options.only ? { only: [...options.only] } : {} };
  const runWorker = () => new Promise((finish) => {
    const worker = new Worker(workerEntry(), { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    let current = -1;
    const give = () => {
      if (next >= configs.length) {
        current = -1;
        void worker.terminate();
        return;
      }
      current = next++;
      options.onEvent?.(configs[current], { stage: "edition", phase: "start" });
      worker.postMessage({ index: current, config: configs[current] });
    };
    worker.on("message", (reply) => {
      const config = configs[reply.index];
      if (reply.kind === "stage") {
        options.onEvent?.(config, reply.event);
        return;
      }
      const { index: _index, kind: _kind, ...rest } = reply;
      outcomes[reply.index] = { config, ...rest };
      options.onEvent?.(config, { stage: "edition", phase: "done", ok: reply.ok });
      give();
    });
    let fault = "";
    worker.on("error", (err) => {
      fault = `${err.message}${err.code === "ERR_WORKER_OUT_OF_MEMORY" ? ` (the worker's heap limit is ${memoryMb} MiB; build this edition alone, or raise the limit with --memory)` : ""}`;
    });
    worker.on("exit", () => {
      if (current === -1)
        return finish();
      const config = configs[current];
      outcomes[current] = { config, ok: false, diagnostics: [], written: [], reused: [], ms: 0, internal: fault || "the build worker stopped unexpectedly" };
      options.onEvent?.(config, { stage: "edition", phase: "done", ok: false });
      void runWorker().then(finish);
    });
    give();
  });
  await Promise.all(Array.from({ length: jobs }, runWorker));
  return outcomes;
}
export {
  buildMany
};
