import {
  ruleSets
} from "./chunk-KORC3GQY.js";
import {
  siglumPattern
} from "./chunk-XUFZYTNG.js";
import {
  defaultIntakeLimits
} from "./chunk-HWWVQCMZ.js";
import "./chunk-56R55J5G.js";
import "./chunk-ZKZ6LJFI.js";
import {
  refuseOutputsOverInputs
} from "./chunk-R4AKOHHY.js";
import {
  writeFileAtomic
} from "./chunk-2WRVTUBK.js";
import {
  faultMessage,
  isSystemFault,
  readFault
} from "./chunk-X6JB4JQU.js";
import {
  toolkitVersion
} from "./chunk-S4UXEFF5.js";
import {
  decodeWitness
} from "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import {
  defaultConfigFile,
  regularizationTable
} from "./chunk-MB5BZXFZ.js";
import {
  parseJsonData
} from "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError,
  ExitCode,
  UsageError,
  error,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/cli/main.js
import { Command, CommanderError } from "commander";

// dist/cli/io.js
var processIO = () => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true && !process.env.CI
});
function printDiagnostics(io, diagnostics) {
  for (const d of sortDiagnostics(diagnostics))
    io.stderr(`${formatDiagnostic(d)}
`);
}

// dist/cli/commands/build.js
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

// dist/cli/action.js
async function runCommand(io, body) {
  try {
    const result = await body() ?? {};
    const diagnostics = result.diagnostics ?? [];
    printDiagnostics(io, diagnostics);
    if (result.exitCode !== void 0)
      return result.exitCode;
    return hasErrors(diagnostics) ? ExitCode.input : ExitCode.ok;
  } catch (err) {
    if (err instanceof EditionError) {
      printDiagnostics(io, err.diagnostics);
      return err.exitCode;
    }
    if (err instanceof UsageError) {
      io.stderr(`tei-edition: ${err.message}
`);
      return ExitCode.usage;
    }
    if (isSystemFault(err) && err.syscall !== void 0) {
      io.stderr(`tei-edition: ${faultMessage(err)}
`);
      return ExitCode.input;
    }
    const detail = err instanceof Error ? err.stack ?? err.message : String(err);
    io.stderr(`tei-edition: internal error, please report it with the command you ran:
${detail}
`);
    return ExitCode.internal;
  }
}

// dist/cli/progress.js
var showAfterMs = 2e3;
var redrawMs = 100;
function progressLine(io) {
  if (!io.interactive)
    return { update: () => {
    }, clear: () => {
    }, done: () => {
    } };
  const t0 = performance.now();
  let text = "";
  let shown = false;
  let last = 0;
  const draw = () => {
    const now = performance.now();
    if (now - t0 < showAfterMs)
      return;
    last = now;
    shown = true;
    const width = (process.stderr.columns ?? 80) - 1;
    io.stderr(`\r\x1B[2K${`${text} (${((now - t0) / 1e3).toFixed(0)} s)`.slice(0, width)}`);
  };
  const tick = setInterval(draw, 1e3);
  tick.unref();
  return {
    update(next) {
      text = next;
      if (performance.now() - last >= redrawMs)
        draw();
    },
    clear() {
      if (shown)
        io.stderr("\r\x1B[2K");
      shown = false;
    },
    done() {
      clearInterval(tick);
      this.clear();
    }
  };
}

// dist/cli/commands/build.js
var outputs = ["tei", "review", "html", "pdf"];
var collect = (value, previous) => [...previous, value];
var wholeNumber = (flag, value) => {
  if (value === void 0)
    return void 0;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`${flag} wants a whole number of at least 1 (got "${value}")`);
  return Number(value);
};
var ms = (x) => x >= 1e3 ? `${(x / 1e3).toFixed(2)} s` : `${x.toFixed(0)} ms`;
function timingsPrinter(io, t0) {
  return {
    onStage(e) {
      if (e.phase === "end")
        io.stderr(`timing ${e.stage.padEnd(10)} ${ms(e.ms ?? 0).padStart(9)}
`);
      if (e.phase === "reused")
        io.stderr(`timing ${e.stage.padEnd(10)}    reused
`);
    },
    total() {
      io.stderr(`timing ${"command".padEnd(10)} ${ms(performance.now() - t0).padStart(9)}
`);
      io.stderr(`timing ${"process".padEnd(10)} ${ms(performance.now()).padStart(9)} (since Node started)
`);
    }
  };
}
var registerBuild = (program, ctx) => {
  program.command("build").description("Build the edition named by the config: the TEI, the review report, the HTML edition and the PDF.").option("-c, --config <file>", `edition config file (default ${defaultConfigFile}); repeat it to build several editions at once, one per core`, collect, []).option("--only <outputs>", `outputs to make, comma-separated: ${outputs.join(", ")} (the TEI is always made)`).option("--no-cache", "make every output anew, neither using nor keeping the results of earlier builds").option("--watch", "after building, rebuild whenever an input file changes and say what was redone (Ctrl-C stops)").option("--timings", "print the time of each stage and of the whole process on stderr").option("-j, --jobs <n>", "with several --config: editions built at once (default: one per core)").option("--memory <MiB>", "with several --config: heap limit of each build worker in MiB (default: the memory shared out, at most 4096)").action(async (opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      const t0 = performance.now();
      const only = opts.only?.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = only?.filter((o) => !outputs.includes(o));
      if (unknown?.length)
        throw new UsageError(`unknown output "${unknown.join(", ")}" (use ${outputs.join(", ")})`);
      const configs = opts.config.length ? opts.config : [defaultConfigFile];
      const jobs = wholeNumber("--jobs", opts.jobs);
      const memoryMb = wholeNumber("--memory", opts.memory);
      if (configs.length > 1) {
        if (opts.watch)
          throw new UsageError("--watch builds one edition; give one --config");
        return buildSeveral(ctx.io, configs, { ...only ? { only } : {}, cache: opts.cache, ...jobs ? { jobs } : {}, ...memoryMb ? { memoryMb } : {} });
      }
      const timings = opts.timings ? timingsPrinter(ctx.io, t0) : void 0;
      const { buildEdition } = await import("./build-N547NCLY.js");
      if (timings)
        ctx.io.stderr(`timing ${"load".padEnd(10)} ${ms(performance.now() - t0).padStart(9)}
`);
      if (opts.watch)
        return watch(ctx.io, configs[0], { ...only ? { only } : {}, cache: opts.cache, ...timings ? { onStage: timings.onStage } : {} });
      const progress = progressLine(ctx.io);
      try {
        const result = await buildEdition(configs[0], {
          cwd: ctx.io.cwd,
          ...only ? { only } : {},
          cache: opts.cache,
          onStage: (e) => {
            if (timings) {
              progress.clear();
              timings.onStage(e);
            }
            if (e.phase === "start")
              progress.update(`building: ${e.stage}`);
          }
        });
        progress.done();
        for (const f of result.written)
          ctx.io.stderr(`wrote ${f}
`);
        timings?.total();
        return { diagnostics: result.diagnostics };
      } finally {
        progress.done();
      }
    }));
  });
};
async function buildSeveral(io, configs, options) {
  const { buildMany } = await import("./pool-R5ZQIVUS.js");
  const progress = progressLine(io);
  const running = /* @__PURE__ */ new Map();
  let finished = 0;
  const show = () => progress.update(`built ${finished}/${configs.length}; ${[...running].map(([c, s]) => `${c}: ${s}`).join(", ")}`);
  const outcomes = await buildMany(configs, {
    cwd: io.cwd,
    cache: options.cache,
    ...options.only ? { only: options.only } : {},
    ...options.jobs ? { jobs: options.jobs } : {},
    ...options.memoryMb ? { memoryMb: options.memoryMb } : {},
    onEvent: (config, e) => {
      if (e.stage === "edition") {
        if (e.phase === "done") {
          running.delete(config);
          finished++;
        } else
          running.set(config, "read");
      } else if (e.phase === "start")
        running.set(config, e.stage);
      show();
    }
  });
  progress.done();
  const failed = [];
  for (const o of outcomes) {
    const diagnostics = o.diagnostics;
    printDiagnostics(io, diagnostics);
    for (const f of o.written)
      io.stderr(`wrote ${f}
`);
    if (o.internal)
      io.stderr(`tei-edition: ${o.config}: internal error, please report it with the command you ran:
${o.internal}
`);
    if (!o.ok || hasErrors(diagnostics))
      failed.push(o.config);
  }
  io.stderr(`built ${configs.length - failed.length} of ${configs.length} editions${failed.length ? `; failed: ${failed.join(", ")}` : ""}
`);
  return { exitCode: failed.length ? ExitCode.input : ExitCode.ok };
}
async function watch(io, config, options) {
  const [{ watchEdition }, { BuildCache }] = await Promise.all([import("./watch-XCYE635K.js"), import("./build-cache-QKDTNXDQ.js")]);
  const stop = new AbortController();
  const interrupted = () => stop.abort();
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const shown = (f) => relative(io.cwd, f) || f;
  const own = options.cache ? void 0 : join(tmpdir(), `tei-edition-watch-${process.pid}`);
  try {
    await watchEdition(config, {
      cwd: io.cwd,
      ...options.only ? { only: options.only } : {},
      ...own ? { cache: new BuildCache(own) } : {},
      ...options.onStage ? { onStage: options.onStage } : {},
      signal: stop.signal,
      onBuild: (b) => {
        printDiagnostics(io, b.diagnostics);
        const what = b.changed.length ? `changed ${b.changed.map(shown).join(", ")}: ` : "";
        if (!b.result)
          io.stderr(`${what}build failed (${ms(b.ms)}); watching for changes
`);
        else {
          const redid = b.redone.length ? `redid ${b.redone.join(", ")}` : "redid nothing";
          const reused = b.reused.length ? `; reused ${b.reused.join(", ")}` : "";
          io.stderr(`${what}${redid}${reused} (${ms(b.ms)}); watching ${b.result.inputs.length} files (Ctrl-C stops)
`);
        }
      }
    });
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    if (own)
      rmSync(own, { recursive: true, force: true });
  }
  return { exitCode: ExitCode.ok };
}

// dist/cli/commands/collate.js
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Option } from "commander";
var formats = ["tei", "table", "json"];
var maxBytes = 64 * 1024 * 1024;
var hideable = ["case", "punctuation", "hyphenation", "orthographic", "substantive", "addition", "omission", "transposition"];
function readTable(cwd, file) {
  let text;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (err) {
    throw new EditionError([
      error({
        message: `the regularisation table cannot be read (${err.code ?? String(err)})`,
        rule: "collate-regularize-unreadable",
        stage: "collate",
        file,
        hint: 'name a JSON file such as {"shew": "show"}'
      })
    ]);
  }
  return parseJsonData(text, file, regularizationTable, "collate");
}
function defaultSiglum(i) {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function sigla(files, option) {
  if (option === void 0)
    return files.map((_, i) => defaultSiglum(i));
  const list = option.split(",").map((s) => s.trim());
  if (list.length !== files.length) {
    throw new UsageError(`--sigla names ${list.length} sigla for ${files.length} files; give one siglum per file, in order`);
  }
  for (const s of list) {
    if (!siglumPattern.test(s))
      throw new UsageError(`siglum "${s}" is not an XML name (use a letter followed by letters, digits, "_", "-" or ".")`);
  }
  const twice = list.find((s, i) => list.indexOf(s) !== i);
  if (twice !== void 0)
    throw new UsageError(`siglum "${twice}" is given twice in --sigla`);
  return list;
}
function readWitnessFile(cwd, file, siglum) {
  const path = resolve(cwd, file);
  const fail = (message, rule, hint) => ({
    diagnostics: [error({ message, rule, stage: "collate", file, hint })]
  });
  let size;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      return fail("the witness is a directory, not a text file", "collate-not-a-file", "name a plain-text witness file");
    size = stat.size;
  } catch (err) {
    const code = err.code;
    return code === "ENOENT" ? fail("the witness file was not found", "collate-file-missing", "check the path (relative paths start in the current directory)") : fail(`the witness file cannot be read (${code ?? String(err)})`, "collate-unreadable", "check its permissions");
  }
  if (size > maxBytes) {
    return fail(`the witness has ${size} bytes, more than the limit of ${maxBytes}`, "collate-too-large", "collate the text in parts (e.g. by chapter)");
  }
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { diagnostics: [readFault(err, file, "collate", "the witness")] };
  }
  const decoded = decodeWitness(bytes, file);
  decoded.diagnostics = decoded.diagnostics.map((d) => d.hint?.includes("config") ? { ...d, hint: "check that the right file is named on the command line" } : d);
  if (hasErrors(decoded.diagnostics))
    return { diagnostics: decoded.diagnostics };
  if (!/[^\s]/u.test(decoded.text)) {
    return {
      diagnostics: [
        ...decoded.diagnostics,
        error({ message: "the witness has no text to collate (only whitespace)", rule: "collate-no-tokens", stage: "collate", file, hint: "check that the right file is named" })
      ]
    };
  }
  return { witness: { siglum, text: decoded.text, file }, diagnostics: decoded.diagnostics };
}
var registerCollate = (program, ctx) => {
  program.command("collate").description("Collate two or more plain-text witnesses: align them (the same result for any order), type the variants and write a TEI apparatus (parallel segmentation), a table or JSON.").argument("<files...>", "witness files (UTF-8 plain text), at least two").option("--sigla <list>", "comma-separated sigla, one per file, in order (default: A,B,C\u2026)").addOption(new Option("-f, --format <format>", "output format").choices(formats).default("tei")).option("--base <siglum>", "witness the variant types are relative to (default: the first)").option("-o, --out <file>", "write to this file instead of standard output").option("--width <columns>", "width of the table format", "100").option("--case-sensitive", "do not ignore upper/lower case when aligning").option("--keep-quotes", "do not ignore curly vs straight quotes and apostrophes").option("--keep-dashes", "do not ignore hyphen/en dash/em dash differences").option("--keep-invisible", "do not ignore soft hyphens, zero-width characters and Unicode composition").option("--ignore-inner-punctuation", 'ignore punctuation inside words ("re-elect" = "reelect")').option("--no-transpositions", "do not look for transpositions").option("--regularize <file>", 'regularisation table: a JSON object of forms and the form each counts as ({"shew": "show"})').option("--whitespace-variants", "report spacing and line-break differences as variants (by default they are not)").option("--hide <classes>", `variant classes the table shows as agreement, comma-separated (${hideable.join(", ")})`).option("--min-anchor <tokens>", "agreement shorter than this inside a rewritten passage does not cut it (default 3; 0: off)").addHelpText("after", "\nExamples:\n  tei-edition collate a.txt b.txt c.txt --sigla A,B,C > collation.xml\n  tei-edition collate a.txt b.txt --format table\n\nExit codes: 0 ok, 1 unreadable or invalid input, 2 bad usage, 3 internal error.\n").action(async (files, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      if (files.length < 2)
        throw new UsageError(`collate needs at least two witness files (got ${files.length})`);
      if (opts.out !== void 0) {
        const witnesses = files.map((f, i) => ({ path: resolve(ctx.io.cwd, f), what: `witness ${i + 1}` }));
        refuseOutputsOverInputs([{ path: resolve(ctx.io.cwd, opts.out), shown: opts.out, kind: "file" }], witnesses, "collate");
      }
      const names = sigla(files, opts.sigla);
      if (opts.base !== void 0 && !names.includes(opts.base)) {
        throw new UsageError(`--base ${opts.base} is not one of the sigla (${names.join(", ")})`);
      }
      const width = Number(opts.width);
      if (!Number.isInteger(width) || width < 20)
        throw new UsageError(`--width must be a whole number of at least 20 (got "${opts.width}")`);
      const hide = (opts.hide ?? "").split(",").map((x) => x.trim()).filter(Boolean);
      const unknown = hide.find((x) => !hideable.includes(x));
      if (unknown !== void 0)
        throw new UsageError(`--hide: "${unknown}" is not a variant class (${hideable.join(", ")})`);
      const minAnchor = opts.minAnchor === void 0 ? void 0 : Number(opts.minAnchor);
      if (minAnchor !== void 0 && (!Number.isInteger(minAnchor) || minAnchor < 0)) {
        throw new UsageError(`--min-anchor must be a whole number of tokens, 0 or more (got "${opts.minAnchor}")`);
      }
      const regularize = opts.regularize === void 0 ? void 0 : readTable(ctx.io.cwd, opts.regularize);
      const read = files.map((f, i) => readWitnessFile(ctx.io.cwd, f, names[i]));
      const diagnostics = read.flatMap((r) => r.diagnostics);
      if (hasErrors(diagnostics))
        throw new EditionError(diagnostics);
      const options = {
        ...opts.base !== void 0 ? { base: opts.base } : {},
        normalize: {
          case: !opts.caseSensitive,
          quotes: !opts.keepQuotes,
          dashes: !opts.keepDashes,
          whitespace: !opts.keepInvisible,
          punctuation: opts.ignoreInnerPunctuation === true
        },
        transpositions: { enabled: opts.transpositions },
        ...regularize ? { regularize } : {},
        ...opts.whitespaceVariants ? { whitespaceVariants: true } : {},
        ...hide.length > 0 ? { hide } : {},
        ...minAnchor !== void 0 ? { minAnchor } : {}
      };
      const { collate, toJson, toTable, toTei } = await import("./collate-QY6KNX7Z.js");
      const collation = collate(read.map((r) => r.witness), options);
      const output = opts.format === "tei" ? toTei(collation) : opts.format === "json" ? toJson(collation) : toTable(collation, { width });
      if (opts.out !== void 0) {
        writeFileAtomic(resolve(ctx.io.cwd, opts.out), output, { stage: "collate", shown: opts.out });
        ctx.io.stderr(`wrote ${opts.out}
`);
      } else
        ctx.io.stdout(output);
      return { diagnostics };
    }));
  });
};

// dist/cli/commands/extract.js
import { resolve as resolve2 } from "node:path";

// dist/cli/limits.js
function withLimitOptions(command) {
  return command.option("--max-bytes <n>", `refuse XML files larger than this, in bytes, with K, M or G (default ${defaultIntakeLimits.maxBytes / 1024 ** 2}M)`).option("--max-depth <n>", `refuse XML whose elements nest deeper than this (default ${defaultIntakeLimits.maxDepth})`);
}
function parseBytes(value) {
  if (value === void 0)
    return void 0;
  const m = /^(\d+)\s*([kmg]i?b?)?$/i.exec(value.trim());
  if (!m)
    throw new UsageError(`--max-bytes wants a number of bytes, optionally with K, M or G (got "${value}")`);
  const unit = (m[2] ?? "").toLowerCase()[0];
  return Number(m[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1);
}
function parseDepth(value) {
  if (value === void 0)
    return void 0;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1)
    throw new UsageError(`--max-depth wants a whole number of at least 1 (got "${value}")`);
  return n;
}
function intakeLimits(opts, config) {
  return {
    maxBlockChars: config?.validation.maxBlockChars ?? defaultIntakeLimits.maxBlockChars,
    maxBytes: parseBytes(opts.maxBytes) ?? config?.validation.maxFileBytes ?? defaultIntakeLimits.maxBytes,
    maxDepth: parseDepth(opts.maxDepth) ?? config?.validation.maxDepth ?? defaultIntakeLimits.maxDepth
  };
}

// dist/cli/commands/extract.js
var registerExtract = (program, ctx) => {
  const command = program.command("extract").description("Write a witness's text, given back from the TEI, to stdout.").requiredOption("-w, --wit <siglum>", 'the witness: its siglum as printed (e.g. "Ms. B") or its xml:id (as in listWit)').option("-c, --config <file>", "edition config, used to find the TEI file when none is given", defaultConfigFile).argument("[tei-file]", "TEI file (default: the edition named in the config)");
  withLimitOptions(command).action(async (teiFile, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      const [{ loadConfig }, { extractWitness }, { readXmlInput, acceptedOrThrow }] = await Promise.all([
        import("./load-5Q43LA2C.js"),
        import("./extract-PDDJ57C2.js"),
        import("./intake-XFQ4GNNN.js")
      ]);
      const config = teiFile === void 0 ? loadConfig(opts.config, ctx.io.cwd) : void 0;
      const path = config ? resolve2(config.root, config.output.tei) : resolve2(ctx.io.cwd, teiFile);
      const shown = teiFile ?? config.output.tei;
      const limits = intakeLimits(opts, config);
      const read = await readXmlInput(path, shown, { stage: "extract", limits });
      const missing = !read.ok && !teiFile && read.diagnostics.length === 1 && read.diagnostics[0]?.rule === "input-unreadable";
      const { text, notes } = acceptedOrThrow(missing ? { ok: false, diagnostics: [{ ...read.diagnostics[0], hint: "build the edition first (npm run edition)" }] } : read);
      ctx.io.stdout(extractWitness(text, opts.wit, shown, { maxDepth: limits.maxDepth }));
      return { diagnostics: notes };
    }));
  });
};

// dist/cli/commands/init.js
import { existsSync, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { join as join2, relative as relative2, resolve as resolve3, sep } from "node:path";
function parseWitness(spec) {
  const at = spec.indexOf("=");
  if (at <= 0 || at === spec.length - 1)
    throw new UsageError(`--witness takes SIGLUM=FILE, not "${spec}"`);
  return { siglum: spec.slice(0, at), path: spec.slice(at + 1) };
}
function today() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const ms2 = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1e3 : Date.now();
  return new Date(ms2).toISOString().slice(0, 10);
}
var registerInit = (program, ctx) => {
  program.command("init").description("Start a new edition in a new folder: config, header data, registers and a README, with the witnesses copied in.").argument("<dir>", "folder to create (it must not exist, or be empty)").requiredOption("--title <title>", "title of the work").requiredOption("--author <name>", "author of the work").option("--witness <siglum=file>", "a plain-text witness and its siglum (repeat for each witness)", (v, all) => [...all, v], []).option("--base <siglum>", "siglum of the base witness (default: the first)").option("--language <code>", "language of the text, BCP 47", "en").option("--date <iso>", "when the work was written (ISO year or date)").action(async (dir, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      if (opts.witness.length === 0)
        throw new UsageError("give at least one --witness SIGLUM=FILE");
      const target = resolve3(ctx.io.cwd, dir);
      if (existsSync(target) && (!statSync2(target).isDirectory() || readdirSync(target).length > 0)) {
        throw new EditionError([
          error({ message: `${dir} already exists and is not an empty folder; init writes only into a new one`, rule: "init-target-exists", stage: "config", file: dir, hint: "choose another folder name" })
        ]);
      }
      const witnesses = opts.witness.map(parseWitness).map((w) => {
        try {
          return { siglum: w.siglum, fileName: w.path, bytes: readFileSync2(resolve3(ctx.io.cwd, w.path)) };
        } catch (err) {
          throw new EditionError([
            error({ message: `cannot read witness ${w.siglum}: ${err.code ?? String(err)}`, rule: "init-witness-unreadable", stage: "ingest", file: w.path, hint: 'check the path after "="' })
          ]);
        }
      });
      const { scaffoldEdition } = await import("./scaffold-Z7VNXI2S.js");
      const { packageFile } = await import("./package-root-COMFDW53.js");
      const { replaceOutputsTogether } = await import("./replace-together-T7U4VERD.js");
      const schemaRef = relative2(target, packageFile("schema", "edition-config.schema.json")).split(sep).join("/");
      const scaffold = scaffoldEdition({
        title: opts.title,
        author: opts.author,
        witnesses,
        ...opts.base ? { base: opts.base } : {},
        language: opts.language,
        ...opts.date ? { workDate: opts.date } : {},
        date: today(),
        schemaRef
      });
      const existed = existsSync(target);
      try {
        replaceOutputsTogether([...scaffold.files].sort(([a], [b]) => a.localeCompare(b)).map(([path, data]) => ({ path: join2(target, path), data, shown: join2(dir, path) })));
      } catch (err) {
        if (!existed)
          rmSync2(target, { recursive: true, force: true });
        throw err;
      }
      ctx.io.stderr(`created ${dir}/ (${scaffold.files.size} files); next: cd ${dir} && npx tei-edition build
`);
    }));
  });
};

// dist/cli/commands/registers.js
import { resolve as resolve4 } from "node:path";
var registerRegisters = (program, ctx) => {
  const registers = program.command("registers").description("Work on the edition\u2019s registers of persons, places, organisations and periodicals.");
  registers.command("export").description("Write the registers as CSV for reconciliation (OpenRefine): id, register, type, name, forms, description, and a column per authority (viaf, gnd, wikidata, geonames).").option("-c, --config <file>", "edition config file", defaultConfigFile).option("-f, --format <format>", "output format (csv)", "csv").option("-o, --out <file>", "write to this file instead of stdout").action(async (opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      if (opts.format !== "csv")
        throw new UsageError(`--format must be csv, not "${opts.format}"`);
      const { loadConfig } = await import("./load-5Q43LA2C.js");
      const { readRegisters } = await import("./read-KED6I2NR.js");
      const { exportCsv } = await import("./authority-AHQ7PX3L.js");
      const { writeFileAtomic: writeFileAtomic2 } = await import("./write-atomic-QBYXZDCW.js");
      const config = loadConfig(opts.config, ctx.io.cwd);
      const csv = exportCsv(readRegisters(config, ctx.io.cwd));
      if (opts.out === void 0)
        ctx.io.stdout(csv);
      else {
        writeFileAtomic2(resolve4(ctx.io.cwd, opts.out), csv);
        ctx.io.stderr(`wrote ${opts.out}
`);
      }
    }));
  });
  registers.command("import <file>").description("Read reconciled authority ids back from a CSV (columns id and any of viaf, gnd, wikidata, geonames; entity URIs are reduced to ids) into the register files. Ids are checked for form and uniqueness; nothing is written if any is wrong.").option("-c, --config <file>", "edition config file", defaultConfigFile).option("-n, --dry-run", "check only; write nothing").action(async (file, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      const { readFileSync: readFileSync3, existsSync: existsSync4 } = await import("node:fs");
      const { loadConfig, resolveFromConfig } = await import("./load-5Q43LA2C.js");
      const { readRegisters } = await import("./read-KED6I2NR.js");
      const { importCsv } = await import("./authority-AHQ7PX3L.js");
      const { replaceOutputsTogether } = await import("./replace-together-T7U4VERD.js");
      const path = resolve4(ctx.io.cwd, file);
      if (!existsSync4(path))
        throw new UsageError(`CSV file not found: ${file}`);
      const config = loadConfig(opts.config, ctx.io.cwd);
      const loaded = readRegisters(config, ctx.io.cwd).map((register) => {
        const p = resolveFromConfig(config, config.registers[register.kind]);
        return { register, text: readFileSync3(p, "utf8"), path: p };
      });
      const result = importCsv(readFileSync3(path, "utf8"), file, loaded);
      if (result.diagnostics.length > 0)
        return { diagnostics: result.diagnostics };
      if (!opts.dryRun)
        replaceOutputsTogether(loaded.flatMap((l) => result.changed.has(l.register.kind) ? [{ path: l.path, data: result.changed.get(l.register.kind), shown: l.register.file }] : []));
      const files = loaded.filter((l) => result.changed.has(l.register.kind)).map((l) => l.register.file);
      ctx.io.stderr(`${result.set} authority id(s) ${opts.dryRun ? "would be set" : "set"}${files.length > 0 ? ` in ${files.join(", ")}` : ""}
`);
      return { diagnostics: [] };
    }));
  });
};

// dist/cli/commands/render.js
import { existsSync as existsSync2, statSync as statSync3 } from "node:fs";
import { dirname, resolve as resolve5 } from "node:path";
var papers = ["a4", "a5", "us-letter"];
async function source(ctx, file, opts) {
  const { loadConfig, resolveFromConfig } = await import("./load-5Q43LA2C.js");
  const { configInputs } = await import("./output-guard-KXDHANRM.js");
  const configPath2 = resolve5(ctx.io.cwd, opts.config);
  const own = { ...opts.overrides ? { overrides: resolve5(ctx.io.cwd, opts.overrides) } : {}, ...opts.lang ? { lang: opts.lang } : {} };
  if (file) {
    let inputs = [];
    if (existsSync2(configPath2)) {
      try {
        const config2 = loadConfig(opts.config, ctx.io.cwd);
        inputs = configInputs(configPath2, config2, config2.root);
      } catch {
        inputs = [{ path: configPath2, what: "the edition config" }];
      }
    }
    const path2 = resolve5(ctx.io.cwd, file);
    return { path: path2, shown: file, named: true, outDir: resolve5(ctx.io.cwd, "output"), id: "edition", inputs: [{ path: path2, what: "the TEI being rendered" }, ...inputs], limits: intakeLimits(opts), ...own };
  }
  const config = loadConfig(opts.config, ctx.io.cwd);
  const path = resolveFromConfig(config, config.output.tei);
  return {
    path,
    shown: config.output.tei,
    named: false,
    outDir: resolveFromConfig(config, config.output.dir),
    id: config.id,
    inputs: [{ path, what: "the TEI being rendered" }, ...configInputs(configPath2, config, config.root, ["output"])],
    limits: intakeLimits(opts, config),
    ...config.render.overrides ? { overrides: resolveFromConfig(config, config.render.overrides) } : {},
    ...config.render.lang ? { lang: config.render.lang } : {},
    ...own
  };
}
async function readTei(src) {
  const { takeXmlFile, acceptedOrThrow } = await import("./intake-XFQ4GNNN.js");
  const intake = await takeXmlFile(src.path, src.shown, { stage: "render", limits: src.limits, requireTei: true });
  if (!intake.ok && !src.named && intake.diagnostics[0]?.rule === "input-unreadable" && !existsSync2(src.path)) {
    throw new EditionError([{ ...intake.diagnostics[0], hint: "build the edition first (npm run edition) or name a TEI file" }]);
  }
  return acceptedOrThrow(intake);
}
async function namingInput(src, text, run2) {
  const named = (list) => list.map((d) => d.file === void 0 ? { ...d, file: src.shown } : d);
  try {
    const result = await run2();
    return { ...result, diagnostics: named(result.diagnostics) };
  } catch (err) {
    if (!(err instanceof EditionError))
      throw err;
    const overflow = err.diagnostics.find((d) => d.rule === "xslt-runtime" && /Maximum call stack size exceeded/.test(d.message));
    if (!overflow)
      throw new EditionError(named(err.diagnostics), err.exitCode);
    const { deepest } = await import("./intake-XFQ4GNNN.js");
    const at = deepest(text);
    throw new EditionError([
      error({
        message: `the stylesheets ran out of stack on this TEI: its elements nest ${at.depth} deep here`,
        rule: "render-too-deep",
        stage: "render",
        file: src.shown,
        line: at.line,
        column: at.column,
        hint: "flatten the nesting, or lower --max-depth so that such files are refused at once"
      })
    ]);
  }
}
var registerRender = (program, ctx) => {
  const render = program.command("render").description("Render the TEI edition as a static web edition (html) or a print PDF (pdf).").action(() => {
    ctx.io.stderr(`tei-edition: render needs a subcommand, html or pdf
${render.helpInformation()}`);
    ctx.setExitCode(ExitCode.usage);
  });
  const html = render.command("html").description("Write the static HTML edition (index, chapters, registers, editorial page, search).").argument("[tei-file]", "TEI file (default: the edition named in the config)").option("-c, --config <file>", "edition config", defaultConfigFile).option("-o, --out <dir>", "output directory (default: <output>/html)").option("--show-unresolved", "mark names not linked to a register, for editors").option("--on-unhandled <policy>", 'a TEI element no rule renders: "render" its content and warn, or "fail"', "render").option("--overrides <dir>", "a folder of the edition's rendering rules (html.xsl, print.xsl, strings.json)").option("--lang <code>", "language of the edition's own words (labels, headings), e.g. en or de");
  withLimitOptions(html).action(async (file, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      if (opts.onUnhandled !== "render" && opts.onUnhandled !== "fail")
        throw new UsageError(`--on-unhandled must be render or fail, not "${opts.onUnhandled}"`);
      const src = await source(ctx, file, opts);
      const outDir = opts.out ? resolve5(ctx.io.cwd, opts.out) : resolve5(src.outDir, "html");
      const { refuseOutputsOverInputs: refuseOutputsOverInputs2 } = await import("./output-guard-KXDHANRM.js");
      refuseOutputsOverInputs2([{ path: outDir, shown: opts.out ?? outDir, kind: "folder" }], src.inputs, "render");
      const { text, notes } = await readTei(src);
      const { renderHtml } = await import("./html-LVIUZMM6.js");
      const result = await namingInput(src, text, () => renderHtml(text, {
        outDir,
        sourceDir: dirname(src.path),
        showUnresolved: opts.showUnresolved === true,
        onUnhandled: opts.onUnhandled,
        ...src.lang ? { lang: src.lang } : {},
        ...src.overrides ? { overrides: src.overrides } : {}
      }));
      ctx.io.stderr(`wrote ${result.files.length} files to ${outDir}
`);
      return { diagnostics: [...notes, ...result.diagnostics] };
    }));
  });
  const pdf = render.command("pdf").description("Write the print edition as PDF/A (Typst).").argument("[tei-file]", "TEI file (default: the edition named in the config)").option("-c, --config <file>", "edition config", defaultConfigFile).option("-o, --out <file>", "PDF file (default: <output>/<edition id>.pdf)").option("--paper <size>", `paper size: ${papers.join(", ")}`, "a4").option("--overrides <dir>", "a folder of the edition's rendering rules (html.xsl, print.xsl, strings.json)").option("--lang <code>", "language of the edition's own words (labels, headings), e.g. en or de");
  withLimitOptions(pdf).action(async (file, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      if (!papers.includes(opts.paper))
        throw new UsageError(`unknown paper size "${opts.paper}" (use ${papers.join(", ")})`);
      const src = await source(ctx, file, opts);
      const outFile = opts.out ? resolve5(ctx.io.cwd, opts.out) : resolve5(src.outDir, `${src.id}.pdf`);
      const { refuseOutputsOverInputs: refuseOutputsOverInputs2 } = await import("./output-guard-KXDHANRM.js");
      refuseOutputsOverInputs2([{ path: outFile, shown: opts.out ?? outFile, kind: "file" }], src.inputs, "render");
      const { text, notes } = await readTei(src);
      const { renderPdf } = await import("./pdf-PGIMVBVL.js");
      const result = await namingInput(src, text, () => renderPdf(text, {
        outFile,
        paper: opts.paper,
        fallbackDate: statSync3(src.path).mtime,
        ...src.lang ? { lang: src.lang } : {},
        ...src.overrides ? { overrides: src.overrides } : {}
      }));
      ctx.io.stderr(`wrote ${result.file} (${result.pages} pages)
`);
      return { diagnostics: [...notes, ...result.diagnostics] };
    }));
  });
};

// dist/cli/commands/review.js
import { join as join3, resolve as resolve6 } from "node:path";
var openRules = /* @__PURE__ */ new Set(["name-unknown", "name-near-miss", "name-plural", "name-conflict", "name-ambiguous", "name-error-form", "date-year-unknown", "corruption", "correction-to-variant"]);
var registerReview = (program, ctx) => {
  const review = program.command("review").description("List what an editor should look at: capitalised names in no register (with counts and file:line:col), near-miss spellings of register forms (proposed corrections), and ambiguous or low-certainty links and dates. Each item names the rule that raised it.").option("-c, --config <file>", "edition config file", defaultConfigFile).option("-f, --format <format>", "what to print on stdout: markdown or json", "markdown").option("-o, --out <dir>", "also write review.md and review.json to this directory").option("--strict", "exit with status 1 when unknown names, near misses, held-back links, suspected corruptions or undated dates remain (accept or reject each)").action(async (opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      if (opts.format !== "markdown" && opts.format !== "json") {
        throw new UsageError(`--format must be markdown or json, not "${opts.format}"`);
      }
      if (opts.out !== void 0)
        await refuseReviewOverInputs(ctx.io.cwd, opts.config, opts.out);
      const { readEdition } = await import("./read-KED6I2NR.js");
      const { editionModel } = await import("./process-MB7RJF5W.js");
      const { renderReview } = await import("./annotate-3PV4OIAM.js");
      const { writeOutputs } = await import("./write-files-RONCJ63R.js");
      const edition = editionModel(readEdition(opts.config, { cwd: ctx.io.cwd }).source);
      const report = renderReview(edition);
      ctx.io.stdout(opts.format === "json" ? report.json : `${report.markdown}
`);
      if (opts.out !== void 0) {
        const dir = resolve6(ctx.io.cwd, opts.out);
        writeOutputs(/* @__PURE__ */ new Map([
          [join3(dir, "review.md"), `${report.markdown}
`],
          [join3(dir, "review.json"), report.json]
        ]));
        ctx.io.stderr(`wrote ${join3(opts.out, "review.md")}
wrote ${join3(opts.out, "review.json")}
`);
      }
      const open = edition.review.filter((i) => openRules.has(i.rule)).length;
      return { diagnostics: edition.diagnostics.filter((d) => d.stage === "annotate"), ...opts.strict && open > 0 ? { exitCode: 1 } : {} };
    }));
  });
  for (const verb of ["accept", "reject"]) {
    review.command(`${verb} <id>`).description(verb === "accept" ? "Apply the proposal of a review item to the edition data (a register entry or form, a correction, a decision); witnesses are never changed." : "Record that the editors rejected a review item, so that it is not proposed again.").option("-c, --config <file>", "edition config file", defaultConfigFile).option("-r, --reason <text>", "why (recorded with a rejection)", "rejected by the editor").action(async (id, opts) => {
      ctx.setExitCode(await runCommand(ctx.io, () => decide(ctx, verb, id, opts)));
    });
  }
};
async function decide(ctx, verb, id, opts) {
  const { loadConfig, resolveFromConfig, displayPath } = await import("./load-5Q43LA2C.js");
  const { readConfigured } = await import("./read-KED6I2NR.js");
  const { editionModel } = await import("./process-MB7RJF5W.js");
  const { acceptChanges, rejectChanges, ReviewApplyError } = await import("./apply-EKFVDIHI.js");
  const { replaceOutputsTogether } = await import("./replace-together-T7U4VERD.js");
  const { readFileSync: readFileSync3 } = await import("node:fs");
  const config = loadConfig(opts.config, ctx.io.cwd);
  const edition = editionModel(readConfigured(config, { cwd: ctx.io.cwd }));
  const item = edition.review.find((i) => i.id === id);
  if (!item || !item.id) {
    throw new UsageError(`no review item "${id}" in the current review of ${opts.config}: the id is unknown or stale (the data or the witnesses changed since the report was made); run "tei-edition review" for the current ids`);
  }
  if (verb === "accept" && !item.action)
    throw new UsageError(`review item "${id}" (${item.rule}) proposes nothing to accept; reject it or edit the data by hand`);
  const file = (path) => path === void 0 ? void 0 : { path: resolveFromConfig(config, path), display: displayPath(config, path, ctx.io.cwd) };
  const files = {
    registers: Object.fromEntries(Object.entries(config.registers).flatMap(([k, p]) => typeof p === "string" ? [[k, file(p)]] : [])),
    ...config.annotation.corrections ? { corrections: file(config.annotation.corrections) } : {},
    ...config.annotation.rules ? { rules: file(config.annotation.rules) } : {}
  };
  const read = (f) => readFileSync3(f.path, "utf8");
  let changes;
  try {
    changes = verb === "accept" ? acceptChanges(item.action, files, read) : rejectChanges({ ...item, id: item.id }, opts.reason, files, read);
  } catch (err) {
    if (err instanceof ReviewApplyError)
      throw new UsageError(err.message);
    throw err;
  }
  replaceOutputsTogether(changes.map((c) => ({ path: c.file.path, data: c.text, shown: c.file.display })), "review");
  ctx.io.stderr(`${verb === "accept" ? "accepted" : "rejected"} ${id} (${item.rule} \u201C${item.text}\u201D): wrote ${changes.map((c) => c.file.display).join(", ")}
`);
  return { diagnostics: [] };
}
async function refuseReviewOverInputs(cwd, configFile, out) {
  const { loadConfig } = await import("./load-5Q43LA2C.js");
  const { configInputs, refuseOutputsOverInputs: refuseOutputsOverInputs2 } = await import("./output-guard-KXDHANRM.js");
  const config = loadConfig(configFile, cwd);
  const outputs2 = ["review.md", "review.json"].map((name) => ({ path: resolve6(cwd, out, name), shown: join3(out, name), kind: "file" }));
  refuseOutputsOverInputs2(outputs2, configInputs(resolve6(cwd, configFile), config, config.root, ["output"]), "review");
}

// dist/cli/commands/validate.js
import { existsSync as existsSync3 } from "node:fs";
import { resolve as resolve7 } from "node:path";
import { Option as Option2 } from "commander";
var help = `
Checks each FILE in turn: well-formedness, RELAX NG (tei_all or --schema), unique xml:ids, then
  --rules tei      the Schematron rules embedded in the schema
  --rules edition  the edition rules (tei/edition-rules.sch, or "validation.rules" in the config)
  --rules all      both (the default when edition.config.json is present; otherwise tei)
  --rules none     RELAX NG and xml:ids only (what jing checks)
Messages: FILE:LINE:COL severity message validate:RULE, on stderr. Exit 1 when any file has an error.

The schema is the first of: --schema, "validation.schema" in the edition config, $TEI_ALL_RNG.
It is converted once and cached (node_modules/.cache/tei-edition, or $TEI_EDITION_CACHE), with a
V8 snapshot of the loaded schema that later runs start from (TEI_EDITION_NO_SNAPSHOT=1: load in process).
Files with a DOCTYPE that declares entities or names a DTD, and files over the size limit, are
refused before parsing; elements nested deeper than the depth limit stop the reading. Against
tei_all (no schema named), a root other than TEI or teiCorpus is one error.`;
async function configFor(opts, ctx, notes) {
  if (!opts.config && !existsSync3(resolve7(ctx.io.cwd, defaultConfigFile)))
    return void 0;
  const { loadConfig } = await import("./load-5Q43LA2C.js");
  if (opts.config)
    return loadConfig(opts.config, ctx.io.cwd);
  try {
    return loadConfig(defaultConfigFile, ctx.io.cwd);
  } catch (err) {
    if (!(err instanceof EditionError))
      throw err;
    notes.push(warning({
      message: `${defaultConfigFile} is not used: ${err.diagnostics[0]?.message ?? err.message}`,
      rule: "config-ignored",
      stage: "validate",
      file: defaultConfigFile,
      hint: "fix it, or pass --schema and --rules explicitly"
    }));
    return void 0;
  }
}
var registerValidate = (program, ctx) => {
  const command = program.command("validate").description("Validate TEI files against RELAX NG (tei_all), its embedded Schematron and the edition rules.").argument("<file...>", "TEI files to validate").option("-s, --schema <path-or-url>", "RELAX NG schema (XML syntax); default: config, then $TEI_ALL_RNG").addOption(new Option2("-r, --rules <set>", "rules besides RELAX NG").choices([...ruleSets])).addOption(new Option2("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).option("-c, --config <file>", `edition config (default: ${defaultConfigFile} when present)`).addHelpText("after", help);
  withLimitOptions(command).action(async (files, opts) => {
    ctx.setExitCode(await runCommand(ctx.io, async () => {
      const [{ chooseSchema }, { validateFiles }] = await Promise.all([import("./schema-source-UDAKOLCN.js"), import("./validate-files-NCK3XBLF.js")]);
      const notes = [];
      const config = await configFor(opts, ctx, notes);
      const fromConfig = config?.validation.schema === void 0 ? void 0 : configPath(config, config.validation.schema);
      const schema = chooseSchema(opts.schema, fromConfig);
      const rules = opts.rules ?? (config ? "all" : "tei");
      const limits = intakeLimits(opts, config);
      const run2 = await validateFiles(files, {
        schema,
        rules,
        cwd: ctx.io.cwd,
        engine: process.env.TEI_EDITION_NO_SNAPSHOT ? "in-process" : "auto",
        maxFileBytes: limits.maxBytes,
        maxDepth: limits.maxDepth,
        // A schema the user names decides which roots it allows; tei_all allows TEI's only.
        requireTei: opts.schema === void 0 && fromConfig === void 0,
        ...config?.validation.rules === void 0 ? {} : { editionRulesFile: resolve7(config.root, config.validation.rules) }
      });
      const all = [...notes, ...run2.notices, ...run2.results.flatMap((r) => r.diagnostics)];
      const invalid = run2.results.filter((r) => hasErrors(r.diagnostics)).length;
      if (opts.format === "json") {
        const report = {
          schema: run2.schema.name,
          rules,
          notices: [...notes, ...run2.notices],
          files: run2.results.map((r) => ({ file: r.file, valid: !hasErrors(r.diagnostics), diagnostics: r.diagnostics }))
        };
        ctx.io.stdout(`${JSON.stringify(report, null, 2)}
`);
        return { exitCode: hasErrors(all) ? 1 : 0 };
      }
      ctx.io.stdout(`${run2.results.length} file${run2.results.length === 1 ? "" : "s"} checked (rules: ${rules}): ${run2.results.length - invalid} valid, ${invalid} invalid
`);
      return { diagnostics: all };
    }));
  });
};
var configPath = (config, value) => /^https?:\/\//i.test(value) ? value : resolve7(config.root, value);

// dist/cli/commands/index.js
var commands = [
  registerBuild,
  registerCollate,
  registerExtract,
  registerInit,
  registerRegisters,
  registerRender,
  registerReview,
  registerValidate
];

// dist/cli/main.js
function buildProgram(ctx) {
  const program = new Command("tei-edition").description("Build, collate, validate and render TEI P5 critical editions from plain-text witnesses.").version(toolkitVersion, "-V, --version").showHelpAfterError("(run with --help for usage)").configureOutput({
    writeOut: (s) => ctx.io.stdout(s),
    writeErr: (s) => ctx.io.stderr(s)
  }).exitOverride();
  for (const register of commands)
    register(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  }
  return program;
}
async function run(argv, io = processIO()) {
  let code = ExitCode.ok;
  const program = buildProgram({ io, setExitCode: (c) => code = c });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") {
        return ExitCode.ok;
      }
      return ExitCode.usage;
    }
    throw err;
  }
  if (argv.length <= 2) {
    program.outputHelp();
    return ExitCode.usage;
  }
  return code;
}
export {
  buildProgram,
  run
};
