import {
  filesUnder,
  hashFiles,
  hashOf,
  toolkitFingerprint
} from "./chunk-NQLUTXVE.js";

// dist/pipeline/cached.js
var teiKey = (inputs, teiFile, want) => hashOf(inputs, teiFile, want.has("review") ? "review" : "");
function renderKey(output, tei, render) {
  const overrides = render.overrides ? hashFiles(filesUnder(render.overrides), render.overrides) : "";
  return hashOf(toolkitFingerprint(), output, tei, render.lang ?? "", overrides, output === "pdf" ? process.env["SOURCE_DATE_EPOCH"] ?? "" : "");
}
function wholeFromCache(store, inputs, teiFile, want, render) {
  const tei = store.get("tei", teiKey(inputs, teiFile, want));
  if (!tei || want.has("review") && !tei.review)
    return void 0;
  const files = new Map(want.has("review") ? tei.review : []);
  const diagnostics = [...tei.diagnostics];
  const reused = ["tei", ...want.has("review") ? ["review"] : []];
  let pages;
  for (const output of ["html", "pdf"]) {
    if (!want.has(output))
      continue;
    const entry = store.get(output, renderKey(output, tei.tei, render));
    if (!entry)
      return void 0;
    for (const [path, data] of entry.files)
      files.set(path, data);
    diagnostics.push(...entry.diagnostics);
    if (entry.pages !== void 0)
      pages = entry.pages;
    reused.push(output);
  }
  return { tei: tei.tei, files, diagnostics, reused, ...pages !== void 0 ? { pages } : {} };
}
function lazyEdition(id, make) {
  let model;
  const get = () => model ??= make();
  return new Proxy({ id }, {
    get: (_t, key) => key === "id" ? id : Reflect.get(get(), key),
    has: (_t, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d ? { ...d, configurable: true } : void 0;
    }
  });
}

// dist/pipeline/progress.js
function staged(on, stage, work) {
  if (!on)
    return work();
  on({ stage, phase: "start" });
  const t0 = performance.now();
  const result = work();
  if (result instanceof Promise) {
    return result.then((value) => {
      on({ stage, phase: "end", ms: performance.now() - t0 });
      return value;
    });
  }
  on({ stage, phase: "end", ms: performance.now() - t0 });
  return result;
}

// dist/pipeline/render.js
var buildOutputs = ["tei", "review", "html", "pdf"];
var htmlFolder = "html";
var looks = (o) => ({ ...o.overrides ? { overrides: o.overrides } : {}, ...o.lang ? { lang: o.lang } : {} });
var utf8 = (text) => typeof text === "string" ? new TextEncoder().encode(text) : text;
async function startPrint(tei, options = {}) {
  const { teiToTypst, setPdf, setPdfOnThread } = await import("./pdf-PGIMVBVL.js");
  if (options.threads === false) {
    const made = setPdf(await teiToTypst(tei, { paper: "a4", onWorkerThread: false, ...looks(options) }));
    return { pdf: Promise.resolve(made) };
  }
  const pdf = teiToTypst(tei, { paper: "a4", onWorkerThread: true, ...looks(options) }).then(setPdfOnThread);
  pdf.catch(() => void 0);
  await new Promise((next) => setImmediate(next));
  const [{ releaseThreads }, { releaseTypstThread }] = await Promise.all([import("./xslt-threads-EIROVQ6R.js"), import("./typst-thread-56P6GMCM.js")]);
  return { pdf, release: () => (releaseThreads(), releaseTypstThread()) };
}
async function renderEdition(tei, edition, options) {
  const files = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const want = options.outputs;
  if (want.has("review")) {
    const { renderReview } = await import("./annotate-3PV4OIAM.js");
    const report = renderReview(edition);
    files.set("review.md", utf8(`${report.markdown}
`));
    files.set("review.json", utf8(report.json));
  }
  if (want.has("html")) {
    const { renderHtmlFiles } = await import("./html-LVIUZMM6.js");
    const site = await renderHtmlFiles(tei, looks(options));
    for (const [path, text] of site.files)
      files.set(`${htmlFolder}/${path}`, utf8(text));
    diagnostics.push(...site.diagnostics);
  }
  let pages;
  if (want.has("pdf")) {
    const pdf = await (options.printPdf ?? (await startPrint(tei, { ...options, threads: options.printThreads !== false })).pdf);
    files.set(`${edition.id}.pdf`, pdf.pdf);
    diagnostics.push(...pdf.diagnostics);
    pages = pdf.pages;
  }
  return { files, diagnostics, ...pages !== void 0 ? { pages } : {} };
}

export {
  teiKey,
  renderKey,
  wholeFromCache,
  lazyEdition,
  staged,
  buildOutputs,
  htmlFolder,
  startPrint,
  renderEdition
};
