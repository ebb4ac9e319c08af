import {
  sweepStaleTemporaryFiles
} from "./chunk-YJAXDVXE.js";
import {
  shownPath
} from "./chunk-2WRVTUBK.js";
import {
  writeFault
} from "./chunk-X6JB4JQU.js";
import {
  EditionError,
  info
} from "./chunk-J2IIOPIV.js";

// dist/io/replace-together.js
import { existsSync, linkSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var stagingExtension = "staging";
var stagingName = (pid = process.pid) => `.tei-edition.${pid}.${stagingExtension}`;
function linked(path, link) {
  try {
    linkSync(path, link);
    return true;
  } catch {
    return false;
  }
}
var quietly = (fn) => {
  try {
    fn();
  } catch {
  }
};
var previousKept = (stage) => info({ message: "no output was replaced: the previous outputs are exactly as they were", rule: "outputs-kept", stage });
function replaceOutputsTogether(outputs, stage = "write") {
  const stagings = /* @__PURE__ */ new Set();
  const stagingOf = (path) => join(dirname(path), stagingName());
  const fail = (err, output) => new EditionError([writeFault(err, output.shown ?? shownPath(output.path), stage), previousKept(stage)]);
  const removeStagings = () => {
    for (const s of stagings)
      quietly(() => rmSync(s, { recursive: true, force: true }));
  };
  for (const output of outputs) {
    try {
      const parent = dirname(output.path);
      mkdirSync(parent, { recursive: true });
      sweepStaleTemporaryFiles(parent, [stagingExtension]);
      const staging = stagingOf(output.path);
      if (!stagings.has(staging)) {
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(join(staging, "new"), { recursive: true });
        mkdirSync(join(staging, "old"));
        stagings.add(staging);
      }
      const staged = join(staging, "new", basename(output.path));
      if (output.tree) {
        mkdirSync(staged);
        for (const [name, data] of [...output.tree].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
          mkdirSync(dirname(join(staged, name)), { recursive: true });
          writeFileSync(join(staged, name), data);
        }
      } else {
        writeFileSync(staged, output.data ?? "");
      }
    } catch (err) {
      removeStagings();
      throw fail(err, output);
    }
  }
  const done = [];
  for (const output of outputs) {
    const staging = stagingOf(output.path);
    const staged = join(staging, "new", basename(output.path));
    const kept = join(staging, "old", basename(output.path));
    try {
      const previous = existsSync(output.path) ? lstatSync(output.path) : void 0;
      if (previous && !output.tree && previous.isFile() && linked(output.path, kept)) {
        done.push({ undo: () => quietly(() => renameSync(kept, output.path)) });
        renameSync(staged, output.path);
      } else {
        if (previous) {
          renameSync(output.path, kept);
          done.push({ undo: () => quietly(() => renameSync(kept, output.path)) });
        }
        renameSync(staged, output.path);
        done.push({ undo: () => quietly(() => renameSync(output.path, staged)) });
      }
    } catch (err) {
      for (const step of done.reverse())
        step.undo();
      removeStagings();
      throw fail(err, output);
    }
  }
  removeStagings();
}

export {
  stagingExtension,
  stagingName,
  previousKept,
  replaceOutputsTogether
};
