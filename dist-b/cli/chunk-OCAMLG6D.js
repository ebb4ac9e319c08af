import {
  sweepStaleTemporaryFiles
} from "./chunk-YJAXDVXE.js";
import {
  cacheRoot
} from "./chunk-TCSM6RUB.js";

// dist/validate/cache.js
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
async function readCached(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return void 0;
  }
}
async function writeCached(path, text) {
  try {
    await mkdir(dirname(path), { recursive: true });
    sweepStaleTemporaryFiles(dirname(path));
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, text);
    await rename(tmp, path);
    return true;
  } catch {
    return false;
  }
}
var packageVersion = (name) => {
  try {
    return createRequire(import.meta.url)(`${name}/package.json`).version;
  } catch {
    return "unknown";
  }
};
function cachePaths(sha256, root = cacheRoot()) {
  const dir = join(root, "schemas", sha256);
  return { grammar: join(dir, `salve-${packageVersion("salve")}-v3.json`), schematron: join(dir, `schematron-fontoxpath-${packageVersion("fontoxpath")}-v2.json`) };
}

export {
  readCached,
  writeCached,
  cachePaths
};
