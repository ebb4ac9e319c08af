import {
  cachePaths,
  readCached,
  writeCached
} from "./chunk-OCAMLG6D.js";
import {
  loadSchemaSource
} from "./chunk-NN5TPWIK.js";
import {
  extractSchematron,
  markUnsupported,
  prepareSchematron
} from "./chunk-6X4NNZP2.js";
import "./chunk-ZKZ6LJFI.js";
import "./chunk-YJAXDVXE.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/validate/relaxng/convert.js
import { readFile } from "node:fs/promises";
import salve from "salve";

// dist/validate/relaxng/datatype-fixes.js
import salveErrors from "salve/lib/salve/datatypes/errors.js";
import salveXmlschema from "salve/lib/salve/datatypes/xmlschema.js";
var applied = false;
function fixSalveDatatypes() {
  if (applied)
    return;
  applied = true;
  const { xmlschema } = salveXmlschema;
  const { ValueError } = salveErrors;
  const hyphens = { gMonthDay: "--", gDay: "---", gMonth: "--" };
  for (const [name, prefix] of Object.entries(hyphens)) {
    const type = xmlschema.types[name];
    if (!type)
      continue;
    const original = type.disallows.bind(type);
    type.disallows = (value, params) => {
      const v = value.trim();
      if (!v.startsWith(prefix) || v.startsWith(`${prefix}-`))
        return [new ValueError(`not a valid ${name}`)];
      return original(v.slice(prefix.length), params);
    };
  }
}

// dist/validate/relaxng/lazy-choice.js
import salveBase from "salve/lib/salve/patterns/base.js";
import salveChoice from "salve/lib/salve/patterns/choice.js";
import salveEmpty from "salve/lib/salve/patterns/empty.js";
import salveNames from "salve/lib/salve/name_patterns.js";
var { InternalFireEventResult, isAttributeEvent } = salveBase;
var { Choice } = salveChoice;
var { Empty } = salveEmpty;
var { Name } = salveNames;
var stockNewWalker = Choice.prototype.newWalker;
var indexKey = /* @__PURE__ */ Symbol("tei-edition lazy choice");
var minAlternatives = 8;
var isChoice = (p) => typeof p === "object" && p !== null && Object.getPrototypeOf(p) === Choice.prototype;
function alternativesOf(choice) {
  const out = [];
  const links = [];
  const stack = [choice];
  while (stack.length > 0) {
    const p = stack.pop();
    if (p instanceof Empty)
      return null;
    if (isChoice(p)) {
      if (p !== choice)
        links.push(p);
      stack.push(p.patB, p.patA);
    } else {
      out.push(p);
    }
  }
  if (out.length < minAlternatives)
    return null;
  for (const link of links)
    if (link[indexKey] === void 0)
      link[indexKey] = null;
  return out;
}
function indexOf(choice) {
  let index = choice[indexKey];
  if (index !== void 0)
    return index;
  index = null;
  const alternatives = choice.hasAttrs() ? null : alternativesOf(choice);
  if (alternatives) {
    const byTag = /* @__PURE__ */ new Map();
    const anyTag = [];
    const text = [];
    alternatives.forEach((alt, i) => {
      let wild = false;
      let takesText = false;
      for (const ev of alt.newWalker().possible()) {
        if (ev.name === "text")
          takesText = true;
        if (ev.name !== "enterStartTag")
          continue;
        const np = ev.namePattern;
        if (np !== void 0 && np instanceof Name && np.ns !== void 0 && np.name !== void 0) {
          const key = `${np.ns} ${np.name}`;
          const list = byTag.get(key) ?? [];
          if (list[list.length - 1] !== i)
            list.push(i);
          byTag.set(key, list);
        } else {
          wild = true;
        }
      }
      if (wild)
        anyTag.push(i);
      if (takesText)
        text.push(i);
    });
    const fresh = stockNewWalker.call(choice);
    index = { alternatives, byTag, anyTag, text, canEnd: fresh.canEnd, canEndAttribute: fresh.canEndAttribute };
  }
  choice[indexKey] = index;
  return index;
}
function onlyCandidate(index, name, params) {
  if (name === "enterStartTag") {
    if (index.anyTag.length > 0)
      return void 0;
    const list = index.byTag.get(`${params[0]} ${params[1]}`);
    return list?.length === 1 ? list[0] : void 0;
  }
  if (name === "text" && /\S/.test(params[0] ?? ""))
    return index.text.length === 1 ? index.text[0] : void 0;
  return void 0;
}
var LazyChoiceWalker = class _LazyChoiceWalker {
  el;
  index;
  mode;
  inner;
  canEnd;
  canEndAttribute;
  ended = false;
  constructor(el, index, mode = "fresh", inner, flags) {
    this.el = el;
    this.index = index;
    this.mode = mode;
    this.inner = inner;
    this.canEnd = flags?.canEnd ?? index.canEnd;
    this.canEndAttribute = flags?.canEndAttribute ?? index.canEndAttribute;
    this.ended = flags?.ended ?? false;
  }
  /** From here on, salve's own walker (fresh, as salve would have built it) does the work. */
  salve() {
    if (this.mode === "fresh") {
      this.inner = stockNewWalker.call(this.el);
      this.mode = "salve";
    }
    return this.inner;
  }
  sync() {
    this.canEnd = this.inner.canEnd;
    this.canEndAttribute = this.inner.canEndAttribute;
  }
  fireEvent(name, params, nameResolver) {
    if (this.mode === "fresh" && !this.ended) {
      const only = onlyCandidate(this.index, name, params);
      if (only !== void 0) {
        const walker = this.index.alternatives[only].newWalker();
        const result2 = walker.fireEvent(name, params, nameResolver);
        if (result2.matched) {
          this.mode = "single";
          this.inner = walker;
          this.canEnd = walker.canEnd;
          return result2;
        }
      }
    }
    if (this.mode === "single") {
      if (this.ended || isAttributeEvent(name))
        return new InternalFireEventResult(false);
      const result2 = this.inner.fireEvent(name, params, nameResolver);
      if (!result2.matched)
        return new InternalFireEventResult(false, result2.errors);
      this.canEnd = this.inner.canEnd;
      return result2;
    }
    if (this.ended)
      return new InternalFireEventResult(false);
    const result = this.salve().fireEvent(name, params, nameResolver);
    this.sync();
    return result;
  }
  end() {
    if (this.mode === "salve")
      return this.inner.end();
    if (this.canEnd) {
      this.ended = true;
      return false;
    }
    if (this.mode === "single")
      return this.ended ? false : this.inner.end();
    return this.salve().end();
  }
  endAttributes() {
    if (this.mode === "salve")
      return this.inner.endAttributes();
    if (this.canEndAttribute)
      return false;
    if (this.mode === "single")
      return this.ended ? false : this.inner.endAttributes();
    return this.salve().endAttributes();
  }
  possible() {
    if (this.mode === "single")
      return this.ended ? /* @__PURE__ */ new Set() : this.inner.possible();
    if (this.ended)
      return /* @__PURE__ */ new Set();
    return this.salve().possible();
  }
  possibleAttributes() {
    if (this.mode === "single")
      return this.ended ? /* @__PURE__ */ new Set() : this.inner.possibleAttributes();
    if (this.ended)
      return /* @__PURE__ */ new Set();
    return this.salve().possibleAttributes();
  }
  clone() {
    return new _LazyChoiceWalker(this.el, this.index, this.mode, this.inner?.clone(), {
      canEnd: this.canEnd,
      canEndAttribute: this.canEndAttribute,
      ended: this.ended
    });
  }
};
var installed = false;
function installLazyChoice() {
  if (installed)
    return;
  installed = true;
  Choice.prototype.newWalker = function newWalker() {
    const index = indexOf(this);
    return index ? new LazyChoiceWalker(this, index) : stockNewWalker.call(this);
  };
}

// dist/validate/relaxng/convert.js
fixSalveDatatypes();
installLazyChoice();
async function convertSchema(source) {
  let result;
  try {
    result = await salve.convertRNGToPattern(source.url, {
      createManifest: false,
      manifestHashAlgorithm: "SHA-256",
      resourceLoader: new ScopedLoader(source)
    });
  } catch (err) {
    if (err instanceof EditionError)
      throw err;
    throw new EditionError([
      error({
        message: `the schema ${source.name} cannot be used: ${err instanceof Error ? err.message : String(err)}`,
        rule: "schema-invalid",
        stage: "validate",
        hint: "check it with jing, or use an official tei_all.rng"
      })
    ]);
  }
  return { grammar: result.pattern, json: salve.writeTreeToJSON(result.simplified, 3) };
}
function grammarFromJson(json) {
  return salve.readTreeFromJSON(json);
}
var ScopedLoader = class {
  source;
  constructor(source) {
    this.source = source;
  }
  async load(url) {
    if (url.href === this.source.url.href) {
      const text2 = this.source.text;
      return { url, getText: async () => text2 };
    }
    const base = new URL(".", this.source.url);
    if (!url.href.startsWith(base.href)) {
      throw new EditionError([
        error({
          message: `the schema ${this.source.name} includes ${url.href}, outside its own directory; it is not read`,
          rule: "schema-include-refused",
          stage: "validate",
          hint: "put the included schemas next to the main one"
        })
      ]);
    }
    const text = url.protocol === "file:" ? await readFile(url, "utf8") : await (await fetch(url, { signal: AbortSignal.timeout(6e4) })).text();
    return { url, getText: async () => text };
  }
};

// dist/validate/compiled-schema.js
async function compileSchema(schema, options = {}) {
  const source = await loadSchemaSource(schema, options.cwd);
  return compileSource(source, options.cacheDir);
}
async function compileSource(source, cacheDir) {
  const paths = cachePaths(source.sha256, cacheDir);
  const [grammarJson, schematronJson] = await Promise.all([readCached(paths.grammar), readCached(paths.schematron)]);
  if (grammarJson !== void 0 && schematronJson !== void 0) {
    try {
      const schematron2 = JSON.parse(schematronJson);
      return {
        name: source.name,
        sha256: source.sha256,
        grammar: grammarFromJson(grammarJson),
        schematron: prepareSchematron(schematron2, false),
        from: "cache",
        cacheFiles: paths
      };
    } catch {
    }
  }
  const { grammar, json } = await convertSchema(source);
  const schematron = markUnsupported(extractSchematron(source.text, source.name));
  const written = await writeCached(paths.grammar, json) && await writeCached(paths.schematron, JSON.stringify(schematron));
  return {
    name: source.name,
    sha256: source.sha256,
    grammar,
    schematron: prepareSchematron(schematron, false),
    from: "conversion",
    cacheFiles: written ? paths : void 0
  };
}
export {
  cachePaths,
  compileSchema,
  compileSource
};
