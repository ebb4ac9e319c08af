// dist/io/cache-dir.js
import { accessSync, constants, mkdirSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
var toolkitRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
var writable = (dir) => {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};
var chosen;
function cacheRoot() {
  const fromEnv = process.env.TEI_EDITION_CACHE;
  if (fromEnv)
    return resolve(fromEnv);
  if (chosen !== void 0)
    return chosen;
  const parts = toolkitRoot.split(sep);
  const installed = parts.lastIndexOf("node_modules");
  const project = installed === -1 ? toolkitRoot : parts.slice(0, installed).join(sep) || sep;
  const candidates = [
    join(project, "node_modules", ".cache", "tei-edition"),
    join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "tei-edition"),
    join(tmpdir(), "tei-edition-cache")
  ];
  chosen = candidates.find(writable) ?? candidates[candidates.length - 1];
  return chosen;
}

export {
  toolkitRoot,
  cacheRoot
};
