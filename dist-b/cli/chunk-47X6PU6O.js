import {
  setAuthority
} from "./chunk-6Q2N5OIY.js";
import {
  registerRecords
} from "./chunk-FHX7AUZT.js";
import {
  error
} from "./chunk-J2IIOPIV.js";

// dist/registers/authority.js
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
var authorities = {
  viaf: { pattern: /^[1-9]\d{0,21}$/, uri: /^https?:\/\/(?:www\.)?viaf\.org\/viaf\/(\d+)\/?$/ },
  gnd: { pattern: /^(?:1[0123]?\d{7}[0-9X]|[47]\d{6}-\d|[1-9]\d{0,7}-[0-9X]|3\d{7}[0-9X])$/, uri: /^https?:\/\/d-nb\.info\/gnd\/([0-9X-]+)\/?$/ },
  wikidata: { pattern: /^Q[1-9]\d*$/, uri: /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[1-9]\d*)$/ },
  geonames: { pattern: /^[1-9]\d{0,9}$/, uri: /^https?:\/\/(?:sws\.|www\.)?geonames\.org\/(\d+)(?:\/.*)?$/ }
};
var authorityTypes = Object.keys(authorities);
var typeOf = { persons: "person", places: "place", orgs: "organisation", bibls: "periodical" };
function exportCsv(registers) {
  const rows = registers.flatMap((r) => registerRecords(r).map((e) => ({
    id: e.id,
    register: r.kind,
    type: typeOf[r.kind],
    name: e.name.replace(/\s*\([^)]*\)\s*$/, ""),
    forms: e.forms.filter((f) => f.type !== "reg").map((f) => f.text).join(" | "),
    description: e.description ?? "",
    ...Object.fromEntries(authorityTypes.map((t) => [t, e.authorities.find((a) => a.type === t)?.value ?? ""]))
  })));
  return stringify(rows, { header: true, columns: ["id", "register", "type", "name", "forms", "description", ...authorityTypes], record_delimiter: "unix" });
}
function normaliseId(type, value) {
  const v = value.trim();
  const m = authorities[type].uri.exec(v);
  return m ? m[1] : v;
}
function importCsv(csv, file, registers) {
  const diagnostics = [];
  const problem = (line, message, hint) => diagnostics.push({ ...error({ message, rule: "authority-invalid", stage: "annotate", file, ...hint ? { hint } : {} }), line });
  let rows;
  try {
    rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (err) {
    problem(1, `not a CSV file this command can read: ${err.message}`, "export with `registers export --format csv`, reconcile in OpenRefine, and export the project as CSV");
    return { changed: /* @__PURE__ */ new Map(), set: 0, diagnostics };
  }
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  if (!columns.includes("id"))
    problem(1, 'the CSV has no "id" column', "keep the id column of the exported file");
  const used = authorityTypes.filter((t) => columns.includes(t));
  if (used.length === 0)
    problem(1, `the CSV has none of the columns ${authorityTypes.join(", ")}`, "name the column of reconciled ids after its authority");
  if (diagnostics.length > 0)
    return { changed: /* @__PURE__ */ new Map(), set: 0, diagnostics };
  const entryKind = /* @__PURE__ */ new Map();
  const current = /* @__PURE__ */ new Map();
  for (const { register } of registers) {
    for (const e of registerRecords(register)) {
      entryKind.set(e.id, register.kind);
      for (const a of e.authorities)
        if (authorityTypes.includes(a.type))
          current.set(`${a.type}:${a.value}`, e.id);
    }
  }
  const wanted = [];
  rows.forEach((row, k) => {
    const line = k + 2;
    const id = row.id ?? "";
    if (!entryKind.has(id)) {
      problem(line, `no register entry has the id "${id}"`, "keep the id column as exported");
      return;
    }
    for (const type of used) {
      const raw = row[type] ?? "";
      if (raw === "")
        continue;
      const value = normaliseId(type, raw);
      if (!authorities[type].pattern.test(value)) {
        problem(line, `${type} id "${raw}" of #${id} is not of the form of ${type} ids`, type === "wikidata" ? "a Wikidata id is Q followed by digits" : void 0);
        continue;
      }
      wanted.push({ id, type, value, line });
    }
  });
  const owner = new Map(current);
  for (const w of wanted)
    for (const [key, id] of owner)
      if (id === w.id && key.startsWith(`${w.type}:`))
        owner.delete(key);
  for (const w of wanted) {
    const key = `${w.type}:${w.value}`;
    const other = owner.get(key);
    if (other !== void 0 && other !== w.id)
      problem(w.line, `${w.type} id ${w.value} is given to both #${other} and #${w.id}`, "one authority record names one entry; check which is right");
    else
      owner.set(key, w.id);
  }
  if (diagnostics.length > 0)
    return { changed: /* @__PURE__ */ new Map(), set: 0, diagnostics };
  const texts = new Map(registers.map(({ register, text }) => [register.kind, { text, file: register.file }]));
  let set = 0;
  for (const w of wanted) {
    const kind = entryKind.get(w.id);
    const t = texts.get(kind);
    const before = t.text;
    t.text = setAuthority(t.text, kind, w.id, w.type, w.value, t.file);
    if (t.text !== before)
      set++;
  }
  const changed = /* @__PURE__ */ new Map();
  for (const { register, text } of registers) {
    const now = texts.get(register.kind).text;
    if (now !== text)
      changed.set(register.kind, now);
  }
  return { changed, set, diagnostics };
}
function checkAuthorities(registers) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const r of registers) {
    for (const e of registerRecords(r)) {
      for (const a of e.authorities) {
        if (!authorityTypes.includes(a.type))
          continue;
        if (!authorities[a.type].pattern.test(a.value)) {
          out.push(error({ message: `#${e.id}: ${a.type} id "${a.value}" is not of the form of ${a.type} ids`, rule: "authority-invalid", stage: "annotate", file: r.file }));
        }
        const key = `${a.type}:${a.value}`;
        const other = seen.get(key);
        if (other && other !== e.id)
          out.push(error({ message: `${a.type} id ${a.value} is given to both #${other} and #${e.id}`, rule: "authority-duplicate", stage: "annotate", file: r.file }));
        seen.set(key, e.id);
      }
    }
  }
  return out;
}

export {
  authorities,
  authorityTypes,
  exportCsv,
  normaliseId,
  importCsv,
  checkAuthorities
};
