import {
  overrideStrings,
  placingParseErrors,
  stylesheetWithOverrides
} from "./chunk-U6GPRRBF.js";
import {
  compiledStylesheet,
  stylesheetKey,
  transformShares,
  transformThreads,
  xsltDir
} from "./chunk-4I3R5V4J.js";
import "./chunk-56R55J5G.js";
import "./chunk-ZKZ6LJFI.js";
import "./chunk-YJAXDVXE.js";
import {
  writeOutputs
} from "./chunk-ZJLYYUJM.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/render/html/index.js
import { isAbsolute, join as join2, normalize, relative, sep } from "node:path";

// dist/render/html/assets.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var require2 = createRequire(import.meta.url);
function siteAssets() {
  const own = join(xsltDir, "html", "assets");
  return [
    { path: "assets/edition.css", data: readFileSync(join(own, "edition.css"), "utf8") },
    { path: "assets/edition.js", data: readFileSync(join(own, "edition.js"), "utf8") },
    { path: "assets/minisearch.js", data: minisearchBrowserBuild() }
  ];
}
function minisearchBrowserBuild() {
  const umd = join(dirname(require2.resolve("minisearch")), "..", "umd", "index.js");
  return readFileSync(umd, "utf8").replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
}

// dist/render/html/report.js
var marker = /<(?:span|div) class="tei-unhandled" data-tei-element="([^"]*)"/g;
var entities = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
var unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);
function unhandledElements(html) {
  return [...html.matchAll(marker)].map((m) => ({ element: unescape(m[1]) }));
}

// dist/render/html/search-index.js
import MiniSearch from "minisearch";
var searchOptions = {
  fields: ["title", "text", "names"],
  storeFields: ["url", "page", "kind", "title", "text"]
};
var searchGlobal = "TEI_EDITION_SEARCH";
function parseSearchDocs(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new EditionError([error({ message: `the stylesheet wrote invalid search documents: ${err.message}`, rule: "html-search-docs", stage: "render" })]);
  }
  const fields = ["id", "url", "page", "kind", "title", "text", "names"];
  if (!Array.isArray(data) || !data.every((d) => typeof d === "object" && d !== null && fields.every((f) => typeof d[f] === "string"))) {
    throw new EditionError([error({ message: "the stylesheet wrote search documents of the wrong shape", rule: "html-search-docs", stage: "render" })]);
  }
  return data;
}
function searchIndexScript(docs) {
  const index = new MiniSearch({ ...searchOptions, fields: [...searchOptions.fields], storeFields: [...searchOptions.storeFields] });
  const seen = /* @__PURE__ */ new Set();
  for (const d of docs) {
    if (seen.has(d.id)) {
      throw new EditionError([error({ message: `the stylesheet wrote the search key ${JSON.stringify(d.id)} twice`, rule: "html-search-docs", stage: "render" })]);
    }
    seen.add(d.id);
  }
  index.addAll(docs);
  return `window.${searchGlobal} = ${JSON.stringify({ options: searchOptions, index: index.toJSON() })};
`;
}

// dist/render/html/index.js
var pageShares = [
  ["index", "chapters"],
  ["registers", "editorial", "search"]
];
var largeTei = 512 * 1024;
var searchDocsHref = "search-docs.json";
async function renderHtmlFiles(tei, options = {}) {
  const threads = options.threads ?? (tei.length >= largeTei && transformThreads() > 1 ? 2 : 1);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new EditionError([error({ message: `threads must be a whole number of 1 or more, not ${threads}`, rule: "html-threads", stage: "render" })]);
  }
  const sef = options.overrides ? await stylesheetWithOverrides("html.xsl", options.overrides) : await htmlStylesheet();
  const params = {
    "show-unresolved": options.showUnresolved === true,
    "on-unhandled": options.onUnhandled ?? "render",
    "source-base": options.sourceBase ?? "",
    lang: options.lang ?? "",
    strings: overrideStrings(options.overrides)
  };
  const shares = threads > 1 ? pageShares.map((pages) => ({ ...params, pages })) : [params];
  const results = await placingParseErrors(tei, "html", () => transformShares(sef, tei, shares, threads));
  const documents = Object.assign({}, ...results.map((r) => r.documents));
  const docsJson = documents[searchDocsHref];
  if (docsJson === void 0) {
    throw new EditionError([error({ message: `the HTML stylesheet wrote no ${searchDocsHref}`, rule: "html-search-docs", stage: "render" })]);
  }
  const files = /* @__PURE__ */ new Map();
  for (const [href, text] of Object.entries(documents)) {
    if (href !== searchDocsHref)
      files.set(checkedPath(href), text);
  }
  files.set("assets/search-index.js", searchIndexScript(parseSearchDocs(docsJson)));
  for (const asset of siteAssets())
    files.set(asset.path, asset.data);
  const counts = /* @__PURE__ */ new Map();
  for (const [path, text] of files) {
    if (!path.endsWith(".html"))
      continue;
    for (const u of unhandledElements(text))
      counts.set(u.element, (counts.get(u.element) ?? 0) + 1);
  }
  const diagnostics = [...counts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([element, count]) => ({
    severity: "warning",
    message: `no rule renders <${element}> (${count} ${count === 1 ? "time" : "times"}); its text is shown by the generic rule`,
    rule: "html-unhandled-element",
    stage: "render",
    hint: "add a template for it in the edition's render overrides (html.xsl), or render with --on-unhandled fail to stop"
  }));
  const sorted = new Map([...files.keys()].sort().map((k) => [k, files.get(k)]));
  return { files: sorted, diagnostics };
}
async function renderHtml(tei, options) {
  const sourceBase = options.sourceBase ?? (options.sourceDir ? relativeBase(options.outDir, options.sourceDir) : "");
  const { files, diagnostics } = await renderHtmlFiles(tei, { ...options, sourceBase });
  writeOutputs(/* @__PURE__ */ new Map(), [{ dir: options.outDir, files }]);
  return { files: [...files.keys()], diagnostics };
}
function relativeBase(outDir, sourceDir) {
  const rel = relative(outDir, sourceDir).split(sep).join("/");
  return rel === "" ? "" : `${rel}/`;
}
var compiling = /* @__PURE__ */ new Map();
function htmlStylesheet() {
  const key = stylesheetKey(join2(xsltDir, "html.xsl"));
  let sef = compiling.get(key);
  if (!sef) {
    sef = compiledStylesheet("html.xsl");
    sef.catch(() => compiling.delete(key));
    compiling.set(key, sef);
  }
  return sef;
}
function checkedPath(href) {
  const path = normalize(href);
  if (href === "" || isAbsolute(path) || path.split(sep).includes("..") || /[\\:]/.test(href)) {
    throw new EditionError([error({ message: `the HTML stylesheet named an output outside the site: ${JSON.stringify(href)}`, rule: "html-output-path", stage: "render" })]);
  }
  return path.split(sep).join("/");
}
export {
  largeTei,
  renderHtml,
  renderHtmlFiles
};
