import {
  writeFault
} from "./chunk-X6JB4JQU.js";
import {
  EditionError
} from "./chunk-J2IIOPIV.js";

// dist/io/write-atomic.js
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
function shownPath(path, cwd = process.cwd()) {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
function writeFileAtomic(path, data, options = {}) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
    }
    throw new EditionError([writeFault(err, options.shown ?? shownPath(path), options.stage ?? "write", options.what)]);
  }
}

export {
  shownPath,
  writeFileAtomic
};
