import {
  lineColumnAt
} from "./chunk-T54CWHVJ.js";
import {
  error,
  warning
} from "./chunk-J2IIOPIV.js";

// dist/ingest/decode.js
function firstInvalidUtf8(bytes) {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let lo = 128;
    let hi = 191;
    if (b >= 194 && b <= 223)
      need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224)
        lo = 160;
      if (b === 237)
        hi = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240)
        lo = 144;
      if (b === 244)
        hi = 143;
    } else
      return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0)
        return i;
      const min = k === 1 ? lo : 128;
      const max = k === 1 ? hi : 191;
      if (c < min || c > max)
        return i;
    }
    i += need + 1;
  }
  return -1;
}
var forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
var suspiciousControls = /[\u007F-\u009F]/g;
var hex = (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function decodeWitness(bytes, file) {
  const diagnostics = [];
  const fail = (d) => ({ text: "", hadBom: false, lineEnding: "lf", diagnostics: [d] });
  if (bytes.length === 0) {
    return fail(error({ message: "the witness is empty", rule: "ingest-empty", stage: "ingest", file, hint: "check that the right file is named in the config" }));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(error({
      message: `the witness looks like a binary file (NUL byte at byte offset ${nul})`,
      rule: "ingest-binary",
      stage: "ingest",
      file,
      hint: "witnesses must be plain text in UTF-8"
    }));
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    return fail(error({
      message: `invalid UTF-8 at byte offset ${bad} (byte 0x${bytes[bad].toString(16).padStart(2, "0")})`,
      rule: "ingest-invalid-utf8",
      stage: "ingest",
      file,
      ...lineColumnAt(before, before.length),
      hint: "convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) or fix the byte"
    }));
  }
  let text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  const hadBom = text.charCodeAt(0) === 65279;
  if (hadBom)
    text = text.slice(1);
  const crlf = text.includes("\r\n");
  const bare = crlf ? /(?<!\r)\n/.exec(text) : null;
  if (bare) {
    const at = (i) => lineColumnAt(text, i).line;
    diagnostics.push(error({
      message: `mixed line endings: CRLF (first at line ${at(text.indexOf("\r\n"))}) and LF alone (first at line ${at(bare.index)})`,
      rule: "ingest-mixed-line-endings",
      stage: "ingest",
      file,
      ...lineColumnAt(text, bare.index),
      hint: "convert the file to one kind of line ending throughout (dos2unix or unix2dos) and record its new checksum in the config"
    }));
  }
  if (crlf)
    text = text.replace(/\r\n/g, "\n");
  const lone = text.indexOf("\r");
  if (lone !== -1) {
    diagnostics.push(error({
      message: "carriage return without a line feed",
      rule: "ingest-lone-cr",
      stage: "ingest",
      file,
      ...lineColumnAt(text, lone),
      hint: "use LF or CRLF line endings throughout"
    }));
  }
  for (const m of text.matchAll(forbiddenInXml)) {
    diagnostics.push(error({
      message: `control character ${hex(m[0])} cannot be carried by XML`,
      rule: "ingest-control-char",
      stage: "ingest",
      file,
      ...lineColumnAt(text, m.index),
      hint: "delete it or replace it with the character it stands for"
    }));
    if (diagnostics.length > 50)
      break;
  }
  for (const m of text.matchAll(suspiciousControls)) {
    diagnostics.push(warning({
      message: `C1 control character ${hex(m[0])}, probably left by a bad conversion`,
      rule: "ingest-c1-control",
      stage: "ingest",
      file,
      ...lineColumnAt(text, m.index)
    }));
    if (diagnostics.length > 100)
      break;
  }
  return { text, hadBom, lineEnding: crlf ? "crlf" : "lf", diagnostics };
}

export {
  firstInvalidUtf8,
  decodeWitness
};
