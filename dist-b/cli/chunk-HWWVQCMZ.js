import {
  scanXml
} from "./chunk-56R55J5G.js";
import {
  defaultMaxDepth
} from "./chunk-ZKZ6LJFI.js";
import {
  readFault
} from "./chunk-X6JB4JQU.js";
import {
  firstInvalidUtf8
} from "./chunk-U4WJMERX.js";
import {
  isXmlName,
  notAnXmlName
} from "./chunk-DLRF2HJA.js";
import {
  LineIndex
} from "./chunk-T54CWHVJ.js";
import {
  EditionError,
  error,
  info,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/io/intake.js
import { open } from "node:fs/promises";

// dist/validate/doctype.js
function checkDoctype(text) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  for (; ; ) {
    while (i < text.length && isSpace(text.charCodeAt(i)))
      i++;
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i + 2);
      if (end < 0)
        return void 0;
      i = end + 2;
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0)
        return void 0;
      i = end + 3;
    } else
      break;
  }
  if (!text.startsWith("<!DOCTYPE", i))
    return void 0;
  const start = i;
  i += "<!DOCTYPE".length;
  let subsetStart = -1;
  let subsetEnd = -1;
  let quote = "";
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote)
        quote = "";
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "[" && subsetStart < 0) {
      subsetStart = i + 1;
      subsetEnd = subsetEndFrom(text, subsetStart);
      i = subsetEnd;
    } else if (c === ">")
      break;
  }
  const head = text.slice(start, subsetStart < 0 ? i : subsetStart);
  const subset = subsetStart < 0 ? "" : text.slice(subsetStart, subsetEnd);
  if (/<!ENTITY/i.test(subset)) {
    const names = [...subset.matchAll(/<!ENTITY\s+(%\s+)?([^\s>]+)/gi)].map((m) => `${m[1] ? "%" : ""}${m[2]}`);
    const external = /<!ENTITY[^>]*\s(SYSTEM|PUBLIC)\s/i.test(subset);
    return {
      rule: "doctype-entities",
      offset: start,
      message: `the DOCTYPE declares ${names.length === 1 ? "the entity" : `${names.length} entities`} ${names.slice(0, 5).join(", ")}${external ? " (some load external files or URLs)" : ""}; entity declarations are refused before parsing, since expanding them can exhaust memory (billion laughs) or read files and URLs nobody named`
    };
  }
  const externalId = /^<!DOCTYPE\s+[^\s[>]+\s+(SYSTEM|PUBLIC)\s+(["'])([^"']*)\2/i.exec(head);
  if (externalId) {
    return {
      rule: "doctype-external",
      offset: start,
      message: `the DOCTYPE names an external DTD (${externalId[1]} "${externalId[3]}"); the toolkit reads no file or URL but the ones it is given`
    };
  }
  if (subset.trim() !== "") {
    return {
      rule: "doctype-subset",
      offset: start,
      message: "the DOCTYPE has an internal subset; its declarations (default attributes, entities) are not applied, so the file is refused"
    };
  }
  return void 0;
}
function subsetEndFrom(text, from) {
  let quote = "";
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote)
        quote = "";
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0)
        return text.length;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "]")
      return i;
  }
  return text.length;
}
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;

// dist/validate/xml/syntax.js
function syntaxDiagnostics(parsed, displayName, stage = "validate") {
  let syntax = 0;
  return parsed.syntaxErrors.map((e) => {
    const place = { stage, file: displayName, ...parsed.lines.at(e.offset) };
    if (e.rule !== void 0 && e.rule !== "xml-syntax")
      return error({ message: e.message, rule: e.rule, ...place, ...e.hint ? { hint: e.hint } : {} });
    const first = syntax++ === 0;
    return (first ? error : warning)({
      message: first ? `not well-formed XML: ${e.message}` : `(after the first syntax error) ${e.message}`,
      rule: "xml-syntax",
      ...place,
      ...first ? { hint: "nothing else is checked until the file is well-formed" } : {}
    });
  });
}

// dist/io/intake.js
var defaultIntakeLimits = { maxBytes: 32 * 1024 * 1024, maxDepth: defaultMaxDepth, maxBlockChars: 64 * 1024 };
var blockElements = /* @__PURE__ */ new Set(["p", "ab", "l", "head", "note", "item", "cell", "quote", "said", "label", "bibl", "fw", "seg", "lem", "rdg"]);
function blockMeter() {
  let open2 = 0;
  let chars = 0;
  let start = 0;
  const longest = { chars: 0, offset: 0, name: "", opening: "" };
  let name = "";
  let opening = "";
  const handler = {
    startElement: (tag) => {
      if (!blockElements.has(tag.local))
        return;
      if (open2++ === 0)
        [chars, start, name, opening] = [0, tag.offset, tag.local, ""];
    },
    text: (t) => {
      if (open2 === 0)
        return;
      chars += t.length;
      if (opening.length < 40)
        opening = `${opening}${t}`.replace(/\s+/g, " ").trimStart().slice(0, 40);
    },
    endElement: (_uri, local) => {
      if (!blockElements.has(local) || --open2 > 0)
        return;
      if (chars > longest.chars)
        Object.assign(longest, { chars, offset: start, name, opening });
    }
  };
  return { handler, longest };
}
function longestBlock(text) {
  const meter = blockMeter();
  scanXml(text, meter.handler, { maxDepth: Number.MAX_SAFE_INTEGER });
  return meter.longest;
}
function blockTooLong(found, limit, where, shown, stage) {
  const n = (x) => x.toLocaleString("en");
  return error({
    message: `a <${found.name}> of ${n(found.chars)} characters (\u201C${found.opening.trimEnd()}\u2026\u201D) is longer than the renderers take (limit ${n(limit)}): their time grows with the square of a paragraph's length`,
    rule: "input-block-too-long",
    stage,
    file: shown,
    ...where,
    hint: "split it into paragraphs (in a witness, a blank line between them), or raise validation.maxBlockChars in the edition config"
  });
}
var limitsOf = (options) => ({ ...defaultIntakeLimits, ...options.limits });
async function readXmlInput(path, shown, options) {
  const { maxBytes } = limitsOf(options);
  const fail = (d) => ({ ok: false, diagnostics: [error({ ...d, stage: options.stage, file: shown })] });
  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    return { ok: false, diagnostics: [readFault(err, shown, options.stage)] };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      return fail({ message: "not a regular file", rule: "input-unreadable", hint: "name an XML file, not a folder or device" });
    if (stat.size > maxBytes)
      return fail(tooLarge(`the file has ${stat.size} bytes, more than the limit of ${maxBytes}`));
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes)
      return fail(tooLarge(`the file grew past the limit of ${maxBytes} bytes while being read`));
    const decoded = decodeXml(bytes);
    if ("problem" in decoded)
      return fail({ message: decoded.problem, rule: "input-encoding", ...decoded.place, hint: "save the file as UTF-8" });
    const checked = checkXmlProlog(decoded.text, shown, options.stage);
    if (!checked.ok)
      return checked;
    const notes = decoded.from ? [info({ message: `read as ${decoded.from}; the text is handled as Unicode and written as UTF-8`, rule: "input-decoded", stage: options.stage, file: shown })] : [];
    return { ok: true, text: decoded.text, notes };
  } catch (err) {
    return { ok: false, diagnostics: [readFault(err, shown, options.stage)] };
  } finally {
    await handle.close();
  }
}
var tooLarge = (message) => ({
  message,
  rule: "input-too-large",
  hint: "raise the limit with --max-bytes (or validation.maxFileBytes in the edition config) if the file is trusted"
});
function checkXmlProlog(text, shown, stage) {
  const problem = checkDoctype(text);
  if (!problem)
    return { ok: true, text, notes: [] };
  return {
    ok: false,
    diagnostics: [
      error({
        message: problem.message,
        rule: problem.rule,
        stage,
        file: shown,
        ...new LineIndex(text).at(problem.offset),
        hint: "remove the DOCTYPE (TEI needs none) or expand the entities yourself in a trusted tool"
      })
    ]
  };
}
function checkXmlTree(text, shown, options) {
  const { maxDepth, maxBlockChars } = limitsOf(options);
  const meter = blockMeter();
  const scanned = scanXml(text, meter.handler, { maxDepth, requireTei: options.requireTei === true });
  if (scanned.syntaxErrors.length === 0 && meter.longest.chars > maxBlockChars) {
    return { ok: false, diagnostics: [blockTooLong(meter.longest, maxBlockChars, scanned.lines.at(meter.longest.offset), shown, options.stage)] };
  }
  if (scanned.syntaxErrors.length === 0) {
    const bad = scanned.xmlIds.find((x) => !isXmlName(x.id.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "")));
    if (bad === void 0)
      return { ok: true, text, notes: [] };
    return {
      ok: false,
      diagnostics: [
        error({ message: notAnXmlName(bad.id), rule: "xml-id-invalid", stage: options.stage, file: shown, ...scanned.lines.at(bad.offset), hint: "give the element an XML name as its id (and update the pointers to it)" })
      ]
    };
  }
  return { ok: false, diagnostics: syntaxDiagnostics(scanned, shown, options.stage).filter((d) => d.severity === "error").slice(0, 1) };
}
async function takeXmlFile(path, shown, options) {
  const read = await readXmlInput(path, shown, options);
  if (!read.ok)
    return read;
  const tree = checkXmlTree(read.text, shown, options);
  return tree.ok ? read : tree;
}
function acceptedOrThrow(intake) {
  if (!intake.ok)
    throw new EditionError(intake.diagnostics);
  return { text: intake.text, notes: intake.notes };
}
function decodeXml(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254)
    return strict("utf-16le", bytes.subarray(2), "UTF-16LE (byte-order mark)");
  if (bytes[0] === 254 && bytes[1] === 255)
    return strict("utf-16be", bytes.subarray(2), "UTF-16BE (byte-order mark)");
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  if (bytes[start] === 0 || bytes[start + 1] === 0) {
    return { problem: "the file starts with a NUL byte: UTF-16 without a byte-order mark, or not a text file" };
  }
  const head = Buffer.from(bytes.subarray(start, start + 200)).toString("latin1");
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const label = declared?.toLowerCase() ?? "utf-8";
  const wrongUtf16 = label.startsWith("utf-16");
  if (label !== "utf-8" && label !== "utf8" && !wrongUtf16)
    return strict(label, bytes.subarray(start), `${declared} (the encoding its XML declaration names)`);
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad === -1) {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
    return wrongUtf16 ? { text, from: `UTF-8 (its XML declaration says ${declared}, but UTF-16 needs a byte-order mark)` } : { text };
  }
  const before = new TextDecoder("utf-8").decode(body.subarray(0, bad));
  return {
    problem: `the bytes are not valid UTF-8 (byte 0x${body[bad].toString(16).padStart(2, "0")} at byte offset ${bad + start})`,
    place: new LineIndex(before).at(before.length)
  };
}
function strict(label, bytes, from) {
  let decoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { problem: `the XML declaration names the encoding "${label}", which is not one this toolkit can decode` };
  }
  try {
    return { text: decoder.decode(bytes), from };
  } catch {
    return { problem: `the bytes are not valid ${from}` };
  }
}
function deepest(text) {
  let depth = 0;
  let max = 0;
  let at = 0;
  scanXml(text, {
    startElement: (tag) => {
      if (++depth > max)
        [max, at] = [depth, tag.offset];
    },
    text: () => void 0,
    endElement: () => void depth--
  }, { maxDepth: Number.MAX_SAFE_INTEGER });
  return { depth: max, ...new LineIndex(text).at(at) };
}

export {
  syntaxDiagnostics,
  defaultIntakeLimits,
  longestBlock,
  blockTooLong,
  readXmlInput,
  checkXmlProlog,
  checkXmlTree,
  takeXmlFile,
  acceptedOrThrow,
  decodeXml,
  deepest
};
