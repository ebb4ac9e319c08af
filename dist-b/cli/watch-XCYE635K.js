import {
  buildEdition
} from "./chunk-YGWZXISR.js";
import "./chunk-DDKTI24A.js";
import "./chunk-R4AKOHHY.js";
import "./chunk-CSM52BRK.js";
import "./chunk-YJAXDVXE.js";
import "./chunk-ZJLYYUJM.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import {
  BuildCache
} from "./chunk-NQLUTXVE.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-S4UXEFF5.js";
import "./chunk-XNNTYGFN.js";
import "./chunk-GYKKQXB4.js";
import "./chunk-C7KK3ANL.js";
import "./chunk-RPS2I6FC.js";
import "./chunk-FHX7AUZT.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-VQ3TIYKH.js";
import "./chunk-D75IO3B2.js";
import "./chunk-MB5BZXFZ.js";
import "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError
} from "./chunk-J2IIOPIV.js";

// dist/pipeline/watch.js
import { watch } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
async function watchEdition(configFile, options) {
  const cache = options.cache ?? new BuildCache();
  const settle = options.settleMs ?? 150;
  let watchers = [];
  let watched = /* @__PURE__ */ new Set();
  let pending = /* @__PURE__ */ new Set();
  let timer;
  let running = Promise.resolve();
  const once = async (changed) => {
    const redone = [];
    const onStage = (e) => {
      if (e.phase === "end" && !["read", "load", "write"].includes(e.stage))
        redone.push(e.stage);
      options.onStage?.(e);
    };
    const t0 = performance.now();
    let result;
    let diagnostics;
    try {
      result = await buildEdition(configFile, { ...options.cwd ? { cwd: options.cwd } : {}, ...options.only ? { only: options.only } : {}, cache, onStage });
      diagnostics = result.diagnostics;
      rewatch(result.inputs);
    } catch (err) {
      if (!(err instanceof EditionError))
        throw err;
      diagnostics = err.diagnostics;
    }
    if (options.signal.aborted)
      return;
    options.onBuild({ changed, ...result ? { result } : {}, diagnostics, redone, reused: result?.reused ?? [], ms: performance.now() - t0 });
  };
  const rewatch = (inputs) => {
    const files = new Set(inputs);
    if (files.size === watched.size && [...files].every((f) => watched.has(f)))
      return;
    for (const w of watchers)
      w.close();
    watched = files;
    const byDir = /* @__PURE__ */ new Map();
    for (const f of files)
      byDir.set(dirname(f), (byDir.get(dirname(f)) ?? /* @__PURE__ */ new Set()).add(basename(f)));
    watchers = [...byDir].map(([dir, names]) => watch(dir, (_event, name) => {
      if (name === null || !names.has(name.toString()))
        return;
      pending.add(join(dir, name.toString()));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = [...pending].sort();
        pending = /* @__PURE__ */ new Set();
        running = running.then(() => once(changed));
      }, settle);
    }));
  };
  rewatch([resolve(options.cwd ?? process.cwd(), configFile)]);
  running = once([]);
  await running;
  await new Promise((stop) => {
    if (options.signal.aborted)
      stop();
    options.signal.addEventListener("abort", () => stop(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers)
    w.close();
  await running;
}
export {
  watchEdition
};
