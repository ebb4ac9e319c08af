import {
  runTypst,
  runTypstOnThread
} from "./chunk-I3HC2GXA.js";
import {
  overrideStrings,
  placingParseErrors,
  stylesheetWithOverrides
} from "./chunk-U6GPRRBF.js";
import {
  transform,
  transformOnThread,
  xsltDir
} from "./chunk-4I3R5V4J.js";
import "./chunk-56R55J5G.js";
import "./chunk-ZKZ6LJFI.js";
import "./chunk-YJAXDVXE.js";
import {
  writeFileAtomic
} from "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error,
  hasErrors,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/render/pdf/typst-compile.js
import { createRequire as createRequire2 } from "node:module";
import { join as join2 } from "node:path";

// dist/render/pdf/fonts.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var require2 = createRequire(import.meta.url);
var fontFaces = [
  {
    family: "Noto Serif",
    script: "Latin, Greek, Cyrillic (beyond Libertinus)",
    pkg: "@expo-google-fonts/noto-serif",
    files: ["400Regular/NotoSerif_400Regular.ttf", "400Regular_Italic/NotoSerif_400Regular_Italic.ttf", "700Bold/NotoSerif_700Bold.ttf", "700Bold_Italic/NotoSerif_700Bold_Italic.ttf"]
  },
  { family: "Noto Serif Hebrew", script: "Hebrew", pkg: "@expo-google-fonts/noto-serif-hebrew", files: ["400Regular/NotoSerifHebrew_400Regular.ttf", "700Bold/NotoSerifHebrew_700Bold.ttf"] },
  { family: "Noto Naskh Arabic", script: "Arabic", pkg: "@expo-google-fonts/noto-naskh-arabic", files: ["400Regular/NotoNaskhArabic_400Regular.ttf", "700Bold/NotoNaskhArabic_700Bold.ttf"] },
  { family: "Noto Serif SC", script: "Chinese, Japanese kanji and kana, Korean hanja", pkg: "@expo-google-fonts/noto-serif-sc", files: ["400Regular/NotoSerifSC_400Regular.ttf"] }
];
var fontFamilies = ["Libertinus Serif", ...fontFaces.map((f) => f.family)];
function fontFiles(faces = fontFaces) {
  return faces.flatMap((face) => {
    const dir = dirname(require2.resolve(`${face.pkg}/package.json`));
    return face.files.map((f) => join(dir, f));
  });
}
function fontBlobs(faces = fontFaces) {
  return fontFiles(faces).map((f) => readFileSync(f));
}
function cmapCodePoints(font) {
  const points = /* @__PURE__ */ new Set();
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (font.toString("latin1", at, at + 4) === "cmap")
      cmap = font.readUInt32BE(at + 8);
  }
  if (cmap < 0)
    return points;
  const subtables = [];
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    subtables.push({ platform: font.readUInt16BE(at), encoding: font.readUInt16BE(at + 2), offset: cmap + font.readUInt32BE(at + 4) });
  }
  const full = subtables.find((s) => font.readUInt16BE(s.offset) === 12 && (s.platform === 0 || s.platform === 3 && s.encoding === 10));
  if (full) {
    const groups = font.readUInt32BE(full.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = full.offset + 16 + g * 12;
      const [start, end, glyph] = [font.readUInt32BE(at), font.readUInt32BE(at + 4), font.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++)
        if (glyph + (c - start) !== 0)
          points.add(c);
    }
    return points;
  }
  const bmp = subtables.find((s) => font.readUInt16BE(s.offset) === 4 && (s.platform === 0 || s.platform === 3 && s.encoding === 1));
  if (!bmp)
    return points;
  const segments = font.readUInt16BE(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [font.readUInt16BE(starts + s * 2), font.readUInt16BE(ends + s * 2)];
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 65535; c++) {
      let glyph;
      if (rangeOffset === 0)
        glyph = c + delta & 65535;
      else {
        const raw = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : raw + delta & 65535;
      }
      if (glyph !== 0)
        points.add(c);
    }
  }
  return points;
}
var firstFaceCovers;
function facesFor(markup) {
  firstFaceCovers ??= cmapCodePoints(readFileSync(fontFiles([fontFaces[0]])[0]));
  const seen = /* @__PURE__ */ new Set();
  for (const ch of markup) {
    const c = ch.codePointAt(0);
    if (c < 128 || seen.has(c))
      continue;
    seen.add(c);
    if (!firstFaceCovers.has(c))
      return fontFaces;
  }
  return fontFaces.slice(0, 1);
}

// dist/render/pdf/typst-compile.js
var require3 = createRequire2(import.meta.url);
var { NodeCompiler: Compiler } = require3("@myriaddreamin/typst-ts-node-compiler");
var typstWorkspace = join2(xsltDir, "print");
var mainFile = join2(typstWorkspace, "edition.typ");
var shownMain = "edition.typ (generated by xslt/print.xsl)";
var pdfStandard = "a-2a";
var compilers = /* @__PURE__ */ new Map();
function compiler(faces) {
  const key = faces.map((f) => f.family).join("|");
  let c = compilers.get(key);
  if (!c) {
    c = Compiler.create({ workspace: typstWorkspace, fontArgs: [{ fontBlobs: fontBlobs(faces) }] });
    compilers.set(key, c);
  }
  return c;
}
function nearestBlock(source, line) {
  const lines = source.split("\n");
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const m = /^\/\/ #(\S+)/.exec(lines[i]);
    if (m)
      return m[1];
  }
  return void 0;
}
function toDiagnostics(list, source) {
  return list.map((d) => {
    const inMain = d.path === mainFile;
    const line = d.range ? d.range.start.line + 1 : void 0;
    const near = inMain && line !== void 0 ? nearestBlock(source, line - 1) : void 0;
    const init = {
      message: `Typst: ${d.message}${near ? ` (near TEI #${near})` : ""}`,
      rule: "typst",
      stage: "render",
      file: inMain ? shownMain : d.path.startsWith(typstWorkspace) ? `xslt/print/${d.path.slice(typstWorkspace.length + 1)}` : d.path,
      ...line !== void 0 ? { line, column: d.range.start.character + 1 } : {}
    };
    return d.severity === 1 ? error({ ...init, hint: "a bug in xslt/print (please report it with the TEI file)" }) : warning(init);
  });
}
function typstPdf(run, source, faces = fontFaces) {
  const left = new Set(fontFaces.filter((f) => !faces.includes(f)).map((f) => `unknown font family: ${f.family.toLowerCase()}`));
  const warnings = run.warnings.filter((w) => !left.has(w.message));
  const diagnostics = [...toDiagnostics(warnings, source), ...toDiagnostics(run.errors, source)];
  if (run.exportError !== void 0) {
    diagnostics.push(error({ message: `Typst cannot write ${pdfStandard}: ${run.exportError}`, rule: "pdf-standard", stage: "render" }));
  }
  return { pdf: run.pdf ?? new Uint8Array(), pages: run.pdf ? run.pages : 0, diagnostics };
}
function compileTypst(source) {
  const faces = facesFor(source);
  return typstPdf(runTypst(compiler(faces), mainFile, source, pdfStandard), source, faces);
}
async function compileTypstOnThread(source) {
  const faces = facesFor(source);
  return typstPdf(await runTypstOnThread(typstWorkspace, mainFile, source, pdfStandard, fontFiles(faces)), source, faces);
}

// dist/render/pdf/typst-escape.js
var TYPST_STRING_ESCAPES = (() => {
  const m = /* @__PURE__ */ new Map([
    ["\\", "\\\\"],
    ['"', '\\"'],
    ["\n", "\\n"],
    ["\r", "\\r"],
    ["	", "\\t"]
  ]);
  const unicode = (cp) => `\\u{${cp.toString(16)}}`;
  for (let cp = 0; cp <= 31; cp++) {
    const c = String.fromCodePoint(cp);
    if (!m.has(c))
      m.set(c, unicode(cp));
  }
  for (const cp of [127, 133, 8232, 8233])
    m.set(String.fromCodePoint(cp), unicode(cp));
  return m;
})();
var escapePattern = new RegExp(`[${[...TYPST_STRING_ESCAPES.keys()].map((c) => `\\u{${c.codePointAt(0).toString(16)}}`).join("")}]`, "gu");
var isXmlChar = (c) => {
  const cp = c.codePointAt(0);
  return cp === 9 || cp === 10 || cp === 13 || cp >= 32 && cp <= 55295 || cp >= 57344 && cp <= 65533 || cp >= 65536;
};
function xsltEscapeTable() {
  return Object.fromEntries([...TYPST_STRING_ESCAPES].filter(([c]) => isXmlChar(c)));
}

// dist/render/pdf/typst-source.js
function fallbackDate(fromFile, env = process.env) {
  const epoch = env["SOURCE_DATE_EPOCH"];
  const seconds = epoch !== void 0 && /^\d{1,12}$/.test(epoch.trim()) ? Number(epoch.trim()) : void 0;
  const date = seconds !== void 0 ? new Date(seconds * 1e3) : fromFile && !Number.isNaN(fromFile.getTime()) ? fromFile : new Date(Date.UTC(2e3, 0, 1));
  return date.toISOString().slice(0, 10);
}
async function teiToTypst(tei, options = {}) {
  if (tei.trim() === "") {
    throw new EditionError([
      error({ message: "the TEI text is empty", rule: "pdf-empty-input", stage: "render", hint: "build the edition first (npm run edition)" })
    ]);
  }
  const sef = await stylesheetWithOverrides("print.xsl", options.overrides);
  const params = {
    paper: options.paper ?? "a4",
    "typst-escapes": xsltEscapeTable(),
    "on-unhandled": options.onUnhandled ?? "render",
    lang: options.lang ?? "",
    strings: overrideStrings(options.overrides),
    "fallback-date": fallbackDate(options.fallbackDate),
    fonts: [...fontFamilies]
  };
  const run = async () => (options.onWorkerThread === true ? await transformOnThread(sef, tei, params) : transform(sef, tei, params)).output;
  return placingParseErrors(tei, "pdf", run);
}

// dist/render/pdf/index.js
async function renderPdf(tei, options) {
  const { outFile, ...rest } = options;
  return writePdf(await teiToTypst(tei, { paper: "a4", onWorkerThread: false, ...rest }), outFile);
}
async function renderPdfBytes(tei, options = {}) {
  return setPdf(await teiToTypst(tei, { paper: "a4", ...options }));
}
function setPdf(source) {
  return pdfBytes(compileTypst(source), source);
}
async function setPdfOnThread(source) {
  return pdfBytes(await compileTypstOnThread(source), source);
}
function pdfBytes({ pdf, pages, diagnostics }, source) {
  if (hasErrors(diagnostics))
    throw new EditionError(diagnostics);
  return { pdf, pages, diagnostics: [...diagnostics, ...unhandledInMarkup(source)] };
}
function unhandledInMarkup(source) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of source.matchAll(/\/\* tei-unhandled:([^*\s]+) \*\//g))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([element, count]) => warning({
    message: `no rule of the print renders <${element}> (${count} ${count === 1 ? "time" : "times"}); its text is printed by the generic rule`,
    rule: "pdf-unhandled-element",
    stage: "render",
    hint: "add a template for it in the edition's render overrides (print.xsl)"
  }));
}
function writePdf(source, outFile) {
  const { pdf, pages, diagnostics } = setPdf(source);
  writeFileAtomic(outFile, pdf);
  return { file: outFile, pages, diagnostics };
}
export {
  renderPdf,
  renderPdfBytes,
  setPdf,
  setPdfOnThread,
  teiToTypst,
  unhandledInMarkup,
  writePdf
};
