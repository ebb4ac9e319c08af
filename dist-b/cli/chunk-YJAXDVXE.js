// dist/io/temp-files.js
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
function running(pid) {
  if (pid === process.pid)
    return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function sweepStaleTemporaryFiles(dir, extensions = ["tmp"]) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const m = /\.(\d+)\.([a-z]+)$/.exec(name);
    if (!m || !extensions.includes(m[2]) || running(Number(m[1])))
      continue;
    try {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed.push(name);
    } catch {
    }
  }
  return removed;
}
function sweepCacheFolders(root) {
  const folders = ["sef", "overrides", "v8"].map((d) => join(root, d));
  try {
    for (const kind of readdirSync(join(root, "builds")))
      folders.push(join(root, "builds", kind));
  } catch {
  }
  return folders.flatMap((dir) => sweepStaleTemporaryFiles(dir));
}

export {
  sweepStaleTemporaryFiles,
  sweepCacheFolders
};
