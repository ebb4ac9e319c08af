import {
  cacheRoot,
  toolkitRoot
} from "./chunk-TCSM6RUB.js";
import {
  toolkitVersion
} from "./chunk-S4UXEFF5.js";

// dist/pipeline/build-cache.js
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
var BuildCache = class {
  dir;
  keep;
  constructor(dir = join(cacheRoot(), "builds"), keep = 24) {
    this.dir = dir;
    this.keep = keep;
  }
  file(kind, key) {
    return join(this.dir, kind, `${key}.v8`);
  }
  get(kind, key) {
    const file = this.file(kind, key);
    try {
      const value = deserialize(readFileSync(file));
      const now = /* @__PURE__ */ new Date();
      utimesSync(file, now, now);
      return value;
    } catch {
      return void 0;
    }
  }
  set(kind, key, value) {
    const file = this.file(kind, key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, serialize(value));
      renameSync(tmp, file);
      this.prune(kind);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
  prune(kind) {
    const dir = join(this.dir, kind);
    const entries = readdirSync(dir).filter((f) => f.endsWith(".v8")).map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(this.keep))
      rmSync(join(dir, f), { force: true });
  }
};
function hashOf(...parts) {
  const hash = createHash("sha256");
  for (const p of parts) {
    const bytes = typeof p === "string" ? Buffer.from(p, "utf8") : p;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}
function filesUnder(dir) {
  if (!existsSync(dir))
    return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : e.isFile() ? [path] : [];
  }).sort();
}
function hashFiles(files, base = "") {
  const parts = [];
  for (const f of files) {
    parts.push(base ? relative(base, f) : f);
    try {
      parts.push(readFileSync(f));
    } catch {
      parts.push("\0missing");
    }
  }
  return hashOf(...parts);
}
var fingerprint;
function toolkitFingerprint() {
  if (fingerprint !== void 0)
    return fingerprint;
  const code = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const parts = toolkitRoot.split(sep);
  const installed = parts.lastIndexOf("node_modules");
  const project = installed === -1 ? toolkitRoot : parts.slice(0, installed).join(sep) || sep;
  const files = [
    ...filesUnder(code).filter((f) => /\.(js|ts|json)$/.test(f) && !f.endsWith(".d.ts")),
    ...filesUnder(join(toolkitRoot, "xslt")),
    ...filesUnder(join(toolkitRoot, "tei")).filter((f) => f.endsWith(".sch")),
    join(project, "node_modules", ".package-lock.json")
  ];
  fingerprint = hashOf(toolkitVersion, process.version, hashFiles(files, toolkitRoot));
  return fingerprint;
}

export {
  BuildCache,
  hashOf,
  filesUnder,
  hashFiles,
  toolkitFingerprint
};
