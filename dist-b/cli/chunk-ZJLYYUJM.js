import {
  shownPath
} from "./chunk-2WRVTUBK.js";
import {
  writeFault
} from "./chunk-X6JB4JQU.js";
import {
  EditionError
} from "./chunk-J2IIOPIV.js";

// dist/io/write-files.js
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, normalize, sep } from "node:path";
var manifestName = ".tei-edition-files.json";
var manifestOf = (names) => `${JSON.stringify([...names].sort(), null, 1)}
`;
var isInside = (path) => {
  const p = normalize(path);
  return path !== "" && !isAbsolute(p) && !p.split(sep).includes("..");
};
function writeFilesAtomic(files, stage = "write") {
  const staged = [];
  let current = "";
  const cleanUp = () => {
    for (const [tmp] of staged) {
      try {
        rmSync(tmp, { force: true });
      } catch {
      }
    }
  };
  try {
    for (const [path, data] of files) {
      current = path;
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      staged.push([tmp, path]);
      writeFileSync(tmp, data);
    }
    for (const [tmp, path] of staged) {
      current = path;
      renameSync(tmp, path);
    }
  } catch (err) {
    cleanUp();
    throw new EditionError([writeFault(err, shownPath(current), stage)]);
  }
}
function staleFiles(dir, keep) {
  const manifest = join(dir, manifestName);
  if (!existsSync(manifest))
    return [];
  let previous;
  try {
    previous = JSON.parse(readFileSync(manifest, "utf8"));
  } catch {
    return [];
  }
  if (!Array.isArray(previous))
    return [];
  return previous.filter((p) => typeof p === "string" && !keep.has(p) && isInside(p));
}
function writeOutputs(files, trees = []) {
  const all = new Map(files);
  const stale = [];
  for (const tree of trees) {
    const names = [...tree.files.keys()].sort();
    for (const name of names) {
      if (!isInside(name))
        throw new Error(`an output named a path outside its folder: ${JSON.stringify(name)}`);
      all.set(join(tree.dir, name), tree.files.get(name));
    }
    all.set(join(tree.dir, manifestName), manifestOf(names));
    stale.push(...staleFiles(tree.dir, new Set(names)).map((p) => join(tree.dir, p)));
  }
  writeFilesAtomic(all);
  for (const path of stale)
    rmSync(path, { force: true });
}

export {
  manifestName,
  manifestOf,
  writeFilesAtomic,
  writeOutputs
};
