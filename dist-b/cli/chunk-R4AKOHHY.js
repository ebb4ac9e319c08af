import {
  shownPath
} from "./chunk-2WRVTUBK.js";
import {
  EditionError,
  ExitCode,
  error
} from "./chunk-J2IIOPIV.js";

// dist/io/output-guard.js
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
function realTarget(path) {
  const absolute = resolve(path);
  let head = absolute;
  const rest = [];
  for (; ; ) {
    try {
      return join(realpathSync(head), ...rest);
    } catch {
      const parent = dirname(head);
      if (parent === head)
        return absolute;
      rest.unshift(basename(head));
      head = parent;
    }
  }
}
function identity(path) {
  try {
    const s = statSync(path);
    return s.isFile() ? `${s.dev}:${s.ino}` : void 0;
  } catch {
    return void 0;
  }
}
var inside = (folder, path) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
function refuseOutputsOverInputs(outputs, inputs, stage) {
  const known = inputs.map((i) => ({ ...i, real: realTarget(i.path), id: identity(i.path) }));
  const problems = [];
  for (const out of outputs) {
    const real = realTarget(out.path);
    const id = identity(out.path);
    for (const input of known) {
      const same = real === input.real || id !== void 0 && id === input.id;
      const holds = out.kind === "folder" && inside(real, input.real);
      if (!same && !holds)
        continue;
      problems.push(error({
        message: same ? `the output would overwrite ${input.what} (${input.shown ?? shownPath(input.path)}); an input is never an output` : `the output folder holds ${input.what} (${input.shown ?? shownPath(input.path)}); the command replaces and removes files in its folder, so an input may not live there`,
        rule: "output-is-input",
        stage,
        file: out.shown,
        hint: out.hint ?? (out.kind === "folder" ? "choose an output folder that holds none of the inputs (--out)" : "choose another output file (--out)")
      }));
      break;
    }
  }
  if (problems.length > 0)
    throw new EditionError(problems, ExitCode.usage);
}
function configInputs(configPath, data, root, skip = []) {
  const out = [{ path: resolve(configPath), what: "the edition config" }];
  const visit = (value, key) => {
    if (skip.some((s) => key === s || key.startsWith(`${s}.`)))
      return;
    if (typeof value === "string") {
      const path = resolve(root, value);
      if (value !== "" && existsSync(path) && identity(path) !== void 0)
        out.push({ path, what: `the file ${key} of the edition config names` });
    } else if (Array.isArray(value))
      value.forEach((v, i) => visit(v, `${key}[${i}]`));
    else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value))
        visit(v, key === "" ? k : `${key}.${k}`);
  };
  visit(data, "");
  return out;
}

export {
  realTarget,
  refuseOutputsOverInputs,
  configInputs
};
