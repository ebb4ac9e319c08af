import {
  cachePaths
} from "./chunk-OCAMLG6D.js";
import {
  loadSchemaSource
} from "./chunk-NN5TPWIK.js";
import {
  defaultMaxFileBytes,
  readValidationInput
} from "./chunk-K2OCRGVA.js";
import {
  runsTeiSchematron
} from "./chunk-KORC3GQY.js";
import "./chunk-HWWVQCMZ.js";
import "./chunk-56R55J5G.js";
import {
  defaultMaxDepth
} from "./chunk-ZKZ6LJFI.js";
import {
  sweepStaleTemporaryFiles
} from "./chunk-YJAXDVXE.js";
import "./chunk-X6JB4JQU.js";
import {
  cacheRoot
} from "./chunk-TCSM6RUB.js";
import {
  defaultEditionRulesFile
} from "./chunk-C7KK3ANL.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-T54CWHVJ.js";
import "./chunk-J2IIOPIV.js";

// dist/validate/validate-files.js
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { relative, resolve } from "node:path";

// dist/validate/fast/process.js
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var starts = 0;
function startSnapshotProcess(blob) {
  starts++;
  const child = spawn(process.execPath, ["--no-warnings", "--snapshot-blob", blob], { stdio: ["pipe", "pipe", "pipe"] });
  const out = [];
  child.stdout.on("data", (d) => out.push(d));
  child.stderr.resume();
  child.stdin.on("error", () => void 0);
  const done = new Promise((resolve2) => {
    child.on("error", () => resolve2(void 0));
    child.on("close", (code) => resolve2(code === 0 ? Buffer.concat(out).toString("utf8") : void 0));
  });
  const handles = [child, child.stdin, child.stdout, child.stderr];
  for (const h of handles)
    h.unref();
  return {
    blob,
    ask(request) {
      for (const h of handles)
        h.ref();
      child.stdin.end(request);
      return done;
    },
    discard() {
      child.kill();
    }
  };
}
var waiting = [];
function snapshotProcess(blob) {
  const at = waiting.findIndex((p) => p.blob === blob);
  if (at < 0)
    return startSnapshotProcess(blob);
  const [taken] = waiting.splice(at, 1);
  return taken;
}
function discardWaiting() {
  for (const p of waiting.splice(0))
    p.discard();
}
var lastUsedFile = () => join(cacheRoot(), "snapshots", "last-used");
function rememberLastUsed(blob) {
  try {
    if (readLastUsed() !== blob)
      writeFileSync(lastUsedFile(), blob);
  } catch {
  }
}
function readLastUsed() {
  try {
    return readFileSync(lastUsedFile(), "utf8");
  } catch {
    return void 0;
  }
}

// dist/validate/fast/snapshot.js
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// dist/validate/fast/protocol.js
var snapshotEnv = {
  name: "TEI_EDITION_SNAPSHOT_SCHEMA_NAME",
  sha256: "TEI_EDITION_SNAPSHOT_SCHEMA_SHA256",
  grammar: "TEI_EDITION_SNAPSHOT_GRAMMAR",
  schematron: "TEI_EDITION_SNAPSHOT_SCHEMATRON",
  rules: "TEI_EDITION_SNAPSHOT_RULES"
};

// dist/validate/fast/snapshot.js
var here = dirname(fileURLToPath(import.meta.url));
var validateDir = dirname(here);
var entry = [join2(here, "snapshot-main.js"), join2(here, "snapshot-main.ts")].find((p) => existsSync2(p)) ?? join2(here, "snapshot-main.js");
function codeHash() {
  const hash = createHash("sha256").update(`${process.version} ${process.arch}
`);
  const walk = (dir) => {
    for (const entry2 of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join2(dir, entry2.name);
      if (entry2.isDirectory())
        walk(path);
      else if (/\.(js|ts)$/.test(entry2.name) && !entry2.name.endsWith(".d.ts"))
        hash.update(entry2.name).update(readFileSync2(path));
    }
  };
  walk(validateDir);
  return hash.digest("hex");
}
function snapshotKey(inputs) {
  return createHash("sha256").update(codeHash()).update(inputs.schemaSha256).update(inputs.grammarFile).update(readFileSync2(inputs.schematronFile)).update(readFileSync2(inputs.editionRulesFile)).digest("hex").slice(0, 32);
}
var snapshotDir = () => join2(cacheRoot(), "snapshots");
async function ensureSnapshot(inputs) {
  if (process.env.TEI_EDITION_NO_SNAPSHOT)
    return void 0;
  const dir = snapshotDir();
  const key = snapshotKey(inputs);
  const blob = join2(dir, `${key}.blob`);
  if (existsSync2(blob))
    return blob;
  if (existsSync2(`${blob}.failed`) && Date.now() - statSync(`${blob}.failed`).mtimeMs < 36e5)
    return void 0;
  try {
    mkdirSync(dir, { recursive: true });
    const bundle = join2(dir, `${key}.${process.pid}.cjs`);
    const esbuild = await import("esbuild");
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile: bundle,
      logLevel: "silent",
      // import.meta.url is read only to find files beside the sources; the values sent in the
      // request are what the process uses.
      define: { "import.meta.url": JSON.stringify(pathToFileURL(entry).href) }
    });
    const tmp = `${blob}.${process.pid}.tmp`;
    const built = spawnSync(process.execPath, ["--no-warnings", "--snapshot-blob", tmp, "--build-snapshot", bundle], {
      env: {
        ...process.env,
        [snapshotEnv.name]: inputs.schemaName,
        [snapshotEnv.sha256]: inputs.schemaSha256,
        [snapshotEnv.grammar]: inputs.grammarFile,
        [snapshotEnv.schematron]: inputs.schematronFile,
        [snapshotEnv.rules]: inputs.editionRulesFile
      },
      encoding: "utf8",
      timeout: 3e5
    });
    rmSync(bundle, { force: true });
    if (built.status !== 0 || !existsSync2(tmp))
      throw new Error(`node --build-snapshot failed: ${built.stderr || built.error?.message || built.status}`);
    renameSync(tmp, blob);
    pruneSnapshots(dir, blob);
    return blob;
  } catch (err) {
    try {
      writeFileSync2(`${blob}.failed`, err instanceof Error ? err.stack ?? err.message : String(err));
    } catch {
    }
    return void 0;
  }
}
function pruneSnapshots(dir, keep, max = 4) {
  const blobs = readdirSync(dir).filter((f) => f.endsWith(".blob")).map((f) => join2(dir, f)).filter((f) => f !== keep).map((f) => ({ f, t: statSync(f).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of blobs.slice(max - 1))
    rmSync(f, { force: true });
}
async function runInSnapshot(blob, request) {
  const text = await snapshotProcess(blob).ask(JSON.stringify(request));
  if (text === void 0)
    return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// dist/validate/validate-files.js
async function validateFiles(paths, options) {
  const cwd = options.cwd ?? process.cwd();
  sweepStaleTemporaryFiles(snapshotDir(), ["tmp", "cjs"]);
  const files = paths.map((p) => {
    const path = resolve(cwd, p);
    return { path, file: relative(cwd, path) || p };
  });
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const maxDepth = options.maxDepth ?? defaultMaxDepth;
  const requireTei = options.requireTei === true;
  const editionRulesFile = options.editionRulesFile ?? defaultEditionRulesFile;
  let schema;
  if (typeof options.schema === "string") {
    const source = await loadSchemaSource(options.schema, cwd);
    const { inputs: snapshotInputs, converted } = snapshotOf(source, editionRulesFile);
    const blob = options.engine === "auto" && converted ? await ensureSnapshot(snapshotInputs) : void 0;
    if (blob)
      rememberLastUsed(blob);
    const response = blob ? await runGroups(blob, { files, rules: options.rules, maxFileBytes, maxDepth, requireTei }) : void 0;
    discardWaiting();
    if (response)
      return { ...response, schema: { name: source.name, sha256: source.sha256 }, engine: "snapshot" };
    const { compileSource } = await import("./compiled-schema-7DD3DWZY.js");
    schema = await compileSource(source);
    if (options.engine === "auto" && schema.from === "conversion" && schema.cacheFiles)
      await ensureSnapshot(snapshotInputs);
  } else {
    schema = options.schema;
  }
  const [{ validateText }, { unsupportedNotices }] = await Promise.all([import("./validate-text-STIJRANP.js"), import("./notices-R5ALNJWA.js")]);
  const results = [];
  for (const { path, file } of files) {
    const input = await readValidationInput(path, file, maxFileBytes);
    const diagnostics = input.ok ? [...input.notes ?? [], ...validateText(schema, input.text, file, { rules: options.rules, editionRulesFile, maxDepth, requireTei })] : input.diagnostics;
    results.push({ file, diagnostics });
  }
  return {
    results,
    notices: runsTeiSchematron(options.rules) ? unsupportedNotices(schema) : [],
    schema: { name: schema.name, sha256: schema.sha256 },
    engine: "in-process"
  };
}
async function runSplit(blob, request) {
  if (request.rules === "none")
    return runInSnapshot(blob, { ...request, part: "rng" });
  const [rng, rules] = await Promise.all([runInSnapshot(blob, { ...request, part: "rng" }), runInSnapshot(blob, { ...request, part: "rules" })]);
  if (!rng || !rules)
    return void 0;
  return {
    results: rng.results.map((r, i) => ({ file: r.file, diagnostics: [...r.diagnostics, ...rules.results[i]?.diagnostics ?? []] })),
    notices: [...rng.notices, ...rules.notices]
  };
}
async function runGroups(blob, request) {
  const cores = Math.max(1, Math.min(2, availableParallelism()));
  if (request.files.length < 2 || cores < 2)
    return runSplit(blob, request);
  const half = Math.ceil(request.files.length / 2);
  const groups = [request.files.slice(0, half), request.files.slice(half)];
  const answers = await Promise.all(groups.map((files) => runSplit(blob, { ...request, files })));
  if (answers.some((a) => a === void 0))
    return void 0;
  return { results: answers.flatMap((a) => a?.results ?? []), notices: answers[0]?.notices ?? [] };
}
async function validateTextAgainstSchema(text, file, schemaName, cwd = process.cwd()) {
  const source = await loadSchemaSource(schemaName, cwd);
  const { inputs, converted } = snapshotOf(source, defaultEditionRulesFile);
  const blob = converted ? await ensureSnapshot(inputs) : void 0;
  if (blob) {
    const answer = await runInSnapshot(blob, { files: [{ path: file, file, text }], rules: "none", maxFileBytes: defaultMaxFileBytes, maxDepth: defaultMaxDepth, requireTei: true, part: "rng" });
    const found = answer?.results[0];
    if (found)
      return [...found.diagnostics];
  }
  const [{ compileSource }, { validateText }] = await Promise.all([import("./compiled-schema-7DD3DWZY.js"), import("./validate-text-STIJRANP.js")]);
  return validateText(await compileSource(source), text, file, { rules: "none", part: "rng", requireTei: true });
}
function snapshotOf(source, editionRulesFile) {
  const cached = cachePaths(source.sha256);
  return {
    inputs: { schemaName: source.name, schemaSha256: source.sha256, grammarFile: cached.grammar, schematronFile: cached.schematron, editionRulesFile },
    converted: existsSync3(cached.grammar) && existsSync3(cached.schematron)
  };
}
export {
  validateFiles,
  validateTextAgainstSchema
};
