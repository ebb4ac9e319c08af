import {
  sweepStaleTemporaryFiles
} from "./chunk-YJAXDVXE.js";
import {
  writeFileAtomic
} from "./chunk-2WRVTUBK.js";
import {
  cacheRoot
} from "./chunk-TCSM6RUB.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/render/xslt-threads.js
import { availableParallelism } from "node:os";
import { join as join3, relative as relative2 } from "node:path";
import { Worker } from "node:worker_threads";

// dist/render/xslt.js
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname2, join as join2, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

// dist/render/saxon-load.js
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
var require2 = createRequire(import.meta.url);
function saxonFiles(cacheDir) {
  const file = require2.resolve("saxon-js");
  const version = require2("saxon-js/package.json").version;
  return { file, cacheFile: join(cacheDir, `saxon-js-${version}-node-${process.version}-${process.arch}.v8cache`) };
}
function runSaxonScript(node, file, cacheFile) {
  const cachedData = node.existsSync(cacheFile) ? node.readFileSync(cacheFile) : void 0;
  const script = new node.Script(`(function (exports, require, module, __filename, __dirname) {${node.readFileSync(file, "utf8")}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  const realRequire = node.createRequire(file);
  let axios;
  const lazyAxios = new Proxy({}, { get: (_target, key) => (axios ??= realRequire("axios"))[key] });
  const requireForSaxon = Object.assign((id) => id === "axios" ? lazyAxios : realRequire(id), realRequire);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireForSaxon, module, file, node.dirname(file));
  return { api: module.exports, script, fromCache: cachedData !== void 0 && !script.cachedDataRejected };
}
function loadSaxonJS(cacheDir) {
  const { file, cacheFile } = saxonFiles(cacheDir);
  const { api, script, fromCache } = runSaxonScript({ existsSync, readFileSync, Script, createRequire, dirname }, file, cacheFile);
  let saved = fromCache;
  return {
    api,
    fromCache,
    /** Writes the cache once, after a transformation has compiled what a render needs. */
    saveCodeCache() {
      if (saved)
        return;
      saved = true;
      try {
        writeFileAtomic(cacheFile, script.createCachedData());
      } catch {
      }
    }
  };
}

// dist/render/xslt.js
var require3 = createRequire2(import.meta.url);
var run = promisify(execFile);
var projectRoot = resolve(dirname2(fileURLToPath(import.meta.url)), "..", "..");
var xsltDir = join2(projectRoot, "xslt");
var renderCacheDir = cacheRoot();
var sefCacheDir = join2(renderCacheDir, "sef");
for (const dir of [sefCacheDir, join2(renderCacheDir, "overrides"), join2(renderCacheDir, "v8")])
  sweepStaleTemporaryFiles(dir);
var saxon = loadSaxonJS(join2(renderCacheDir, "v8"));
var SaxonJS = saxon.api;
function xslFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? xslFiles(join2(dir, e.name)) : e.name.endsWith(".xsl") ? [join2(dir, e.name)] : []).sort();
}
function stylesheetKey(stylesheet) {
  const known = keys.get(stylesheet);
  if (known)
    return known;
  const hash = createHash("sha256");
  hash.update(require3("saxon-js/package.json").version);
  for (const f of xslFiles(xsltDir)) {
    hash.update(relative(xsltDir, f));
    hash.update(readFileSync2(f));
  }
  hash.update(relative(xsltDir, stylesheet));
  const key = hash.digest("hex").slice(0, 16);
  keys.set(stylesheet, key);
  return key;
}
var keys = /* @__PURE__ */ new Map();
var compiling = /* @__PURE__ */ new Map();
var parsed = /* @__PURE__ */ new Map();
function compiledStylesheet(stylesheet) {
  const path = resolve(xsltDir, stylesheet);
  let pending = compiling.get(path);
  if (!pending) {
    pending = compile(path);
    compiling.set(path, pending);
    pending.catch(() => compiling.delete(path));
  }
  return pending;
}
async function compile(path) {
  if (!existsSync2(path)) {
    throw new EditionError([error({ message: `stylesheet not found: ${relative(projectRoot, path)}`, rule: "xslt-missing", stage: "render" })]);
  }
  const name = (path.startsWith(xsltDir) ? relative(xsltDir, path) : `overrides/${path.split(/[\\/]/).pop()}`).replace(/[\\/]/g, "_").replace(/\.xsl$/, "");
  const sef = join2(sefCacheDir, `${name}-${stylesheetKey(path)}.sef.json`);
  if (existsSync2(sef) && statSync(sef).size > 0)
    return sef;
  mkdirSync(sefCacheDir, { recursive: true });
  const tmp = `${sef}.${process.pid}.tmp`;
  try {
    await run(process.execPath, [require3.resolve("xslt3/xslt3.js"), `-xsl:${path}`, `-export:${tmp}`, "-nogo", "-relocate:on", "-ns:##html5"], {
      maxBuffer: 64 * 1024 * 1024
    });
    renameSync(tmp, sef);
    for (const f of readdirSync(sefCacheDir)) {
      if (f.startsWith(`${name}-`) && f.endsWith(".sef.json") && join2(sefCacheDir, f) !== sef)
        rmSync(join2(sefCacheDir, f), { force: true });
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    const e = err;
    throw new EditionError([
      error({
        message: `cannot compile ${relative(projectRoot, path)}: ${(e.stderr || e.message).trim().split("\n").slice(0, 5).join(" | ")}`,
        rule: "xslt-compile",
        stage: "render",
        file: relative(process.cwd(), path)
      })
    ]);
  }
  return sef;
}
function loadSef(sef) {
  let value = parsed.get(sef);
  if (value === void 0) {
    value = JSON.parse(readFileSync2(sef, "utf8"));
    parsed.set(sef, value);
  }
  return value;
}
var outputBase = "file:///tei-edition-output/";
function transform(sef, xml, params = {}) {
  const base = outputBase;
  const documents = {};
  try {
    const result = SaxonJS.transform({
      stylesheetInternal: loadSef(sef),
      sourceText: xml,
      destination: "serialized",
      stylesheetParams: params,
      baseOutputURI: base,
      deliverResultDocument: () => ({
        destination: "serialized",
        save: (uri, text) => {
          const href = String(uri);
          documents[href.startsWith(base) ? href.slice(base.length) : href] = String(text);
        }
      })
    }, "sync");
    saxon.saveCodeCache();
    return { output: String(result.principalResult ?? ""), documents };
  } catch (err) {
    const e = err;
    throw new EditionError([
      error({
        message: `XSLT failed: ${e.code ? `${e.code}: ` : ""}${e.message ?? String(err)}`,
        rule: "xslt-runtime",
        stage: "render",
        file: relative(process.cwd(), sef)
      })
    ]);
  }
}

// dist/render/xslt-threads.js
var saxon2 = saxonFiles(join3(renderCacheDir, "v8"));
var workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { existsSync, readFileSync } = require('node:fs');
const { Script } = require('node:vm');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const runSaxonScript = ${runSaxonScript.toString()};
const SaxonJS = runSaxonScript({ existsSync, readFileSync, Script, createRequire, dirname }, workerData.saxonJs, workerData.cacheFile).api;
const sefs = new Map();
parentPort.on('message', (job) => {
  try {
    let sef = sefs.get(job.sef);
    if (sef === undefined) {
      sef = JSON.parse(readFileSync(job.sef, 'utf8'));
      sefs.set(job.sef, sef);
    }
    const documents = {};
    const result = SaxonJS.transform({
      stylesheetInternal: sef,
      sourceText: job.xml,
      destination: 'serialized',
      stylesheetParams: job.params,
      baseOutputURI: job.base,
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri, text) => {
          const href = String(uri);
          documents[href.startsWith(job.base) ? href.slice(job.base.length) : href] = String(text);
        },
      }),
    }, 'sync');
    parentPort.postMessage({ id: job.id, output: String(result.principalResult ?? ''), documents });
  } catch (err) {
    parentPort.postMessage({ id: job.id, failure: { message: (err && err.message) || String(err), code: err && err.code } });
  }
});
`;
var TransformThread = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor() {
    this.worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { saxonJs: saxon2.file, cacheFile: saxon2.cacheFile } });
    this.worker.unref();
    this.worker.on("message", (reply) => this.settle(reply));
    this.worker.on("error", (err) => this.fail(err));
    this.worker.on("exit", (code) => this.fail(new Error(`the XSLT worker thread stopped (exit code ${code})`)));
  }
  run(sef, xml, params, base) {
    const id = this.nextId++;
    return new Promise((resolve2, reject) => {
      this.pending.set(id, { resolve: resolve2, reject, sef });
      this.worker.ref();
      this.worker.postMessage({ id, sef, xml, params, base });
    });
  }
  /** Its work is no longer wanted: it no longer holds the process open (a new run holds it again). */
  release() {
    this.worker.unref();
  }
  settle(reply) {
    const job = this.pending.get(reply.id);
    if (!job)
      return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0)
      this.worker.unref();
    if (reply.failure) {
      job.reject(xsltFailure(reply.failure, job.sef));
    } else {
      job.resolve({ output: reply.output ?? "", documents: reply.documents ?? {} });
    }
  }
  /** The thread is gone: every job it had fails, and the next render starts a new thread. */
  fail(err) {
    const at = threads.indexOf(this);
    if (at >= 0)
      threads.splice(at, 1);
    for (const job of this.pending.values())
      job.reject(err);
    this.pending.clear();
  }
};
function xsltFailure(failure, sef) {
  const d = error({
    message: `XSLT failed: ${failure.code ? `${failure.code}: ` : ""}${failure.message}`,
    rule: "xslt-runtime",
    stage: "render",
    file: relative2(process.cwd(), sef)
  });
  return new EditionError([d]);
}
var threads = [];
function releaseThreads() {
  for (const t of threads)
    t.release();
}
function transformThreads() {
  return Math.max(1, availableParallelism());
}
function transformOnThread(sef, xml, params = {}) {
  if (threads.length === 0)
    threads.push(new TransformThread());
  return threads[0].run(sef, xml, params, outputBase);
}
async function transformShares(sef, xml, shares, maxThreads = transformThreads()) {
  const [first, ...rest] = shares;
  if (first === void 0)
    return [];
  const workers = Math.max(0, Math.min(rest.length, maxThreads - 1));
  while (threads.length < workers)
    threads.push(new TransformThread());
  const queued = rest.map((params, i) => workers === 0 ? void 0 : threads[i % workers].run(sef, xml, params, outputBase));
  const settled = queued.map((p) => p?.then((value) => ({ value }), (reason) => ({ reason })));
  const results = [transform(sef, xml, first)];
  for (let i = 0; i < rest.length; i++) {
    const s = settled[i];
    if (s === void 0) {
      results.push(transform(sef, xml, rest[i]));
      continue;
    }
    const outcome = await s;
    if ("reason" in outcome)
      throw outcome.reason;
    results.push(outcome.value);
  }
  return results;
}

export {
  xsltDir,
  renderCacheDir,
  stylesheetKey,
  compiledStylesheet,
  transform,
  releaseThreads,
  transformThreads,
  transformOnThread,
  transformShares
};
