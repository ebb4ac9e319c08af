// dist/render/pdf/typst-thread.js
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// dist/render/pdf/typst-run.js
function runTypst(compiler, mainFile, source, pdfStandard) {
  compiler.mapShadow(mainFile, Buffer.from(source, "utf8"));
  const result = compiler.compile({ mainFilePath: mainFile });
  const failure = result.takeError();
  const warned = result.takeWarnings();
  const warnings = warned ? compiler.fetchDiagnostics(warned) : [];
  const doc = result.result;
  if (failure || !doc)
    return { pages: 0, errors: failure ? compiler.fetchDiagnostics(failure) : [], warnings };
  let pdf;
  try {
    pdf = compiler.pdf(doc, { pdfStandard });
  } catch (err) {
    return { pages: 0, errors: [], warnings, exportError: err instanceof Error ? err.message : String(err) };
  }
  compiler.evictCache(10);
  return { pdf: new Uint8Array(pdf), pages: doc.numOfPages, errors: [], warnings };
}

// dist/render/pdf/typst-thread.js
var require2 = createRequire(import.meta.url);
var workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { NodeCompiler } = require(workerData.typst);
const compilers = new Map();
const runTypst = ${runTypst.toString()};
parentPort.on('message', (job) => {
  try {
    const key = job.fonts.join('\\n');
    let compiler = compilers.get(key);
    if (!compiler) {
      compiler = NodeCompiler.create({ workspace: workerData.workspace, fontArgs: [{ fontBlobs: job.fonts.map((f) => readFileSync(f)) }] });
      compilers.set(key, compiler);
    }
    parentPort.postMessage({ id: job.id, run: runTypst(compiler, job.mainFile, job.source, job.pdfStandard) });
  } catch (err) {
    parentPort.postMessage({ id: job.id, failure: (err && err.message) || String(err) });
  }
});
`;
var thread;
function startThread(workspace) {
  const worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { typst: require2.resolve("@myriaddreamin/typst-ts-node-compiler"), workspace } });
  const started = { worker, pending: /* @__PURE__ */ new Map(), next: 0, workspace };
  worker.unref();
  worker.on("message", (reply) => {
    const job = started.pending.get(reply.id);
    if (!job)
      return;
    started.pending.delete(reply.id);
    if (started.pending.size === 0)
      worker.unref();
    if (reply.run)
      job.resolve(reply.run);
    else
      job.reject(new Error(`Typst failed on the print thread: ${reply.failure ?? "no answer"}`));
  });
  const fail = (err) => {
    if (thread === started)
      thread = void 0;
    for (const job of started.pending.values())
      job.reject(err);
    started.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the print thread stopped (exit code ${code})`)));
  return started;
}
function runTypstOnThread(workspace, mainFile, source, pdfStandard, fonts) {
  if (!thread || thread.workspace !== workspace)
    thread = startThread(workspace);
  const t = thread;
  const id = t.next++;
  return new Promise((resolve, reject) => {
    t.pending.set(id, { resolve, reject });
    t.worker.ref();
    t.worker.postMessage({ id, mainFile, source, pdfStandard, fonts });
  });
}
function releaseTypstThread() {
  thread?.worker.unref();
}

export {
  runTypst,
  runTypstOnThread,
  releaseTypstThread
};
