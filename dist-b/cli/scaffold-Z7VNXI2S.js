import {
  TEI_NS,
  XmlElement
} from "./chunk-2MOXC7SH.js";
import {
  serializeDocument
} from "./chunk-JNV3NUDD.js";
import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/init/scaffold.js
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

// dist/init/editor-readme.js
function editorReadme(f) {
  return `# ${f.title}: a digital edition made with tei-edition

## Build it

\`\`\`
npx tei-edition build
\`\`\`

This reads \`${f.configFile}\` and writes the TEI edition (\`${f.teiFile}\`), the web edition
(\`output/html/index.html\`), the print edition (\`output/${f.id}.pdf\`) and the review report
(\`output/review.md\`): what the toolkit could not decide alone and proposes to you.

## What is here

| file | what it is |
|---|---|
| \`${f.configFile}\` | the edition: its witnesses, the base witness, its data files and outputs |
| \`header.json\` | the facts of the TEI header: title, author, who edited, licence, sources, principles |
| \`witnesses/\` | the plain-text witnesses, copied byte for byte; their checksums are in the config |
| \`registers/\` | the registers of persons, places, organisations and works (TEI), which the annotation links names to |

## What to do next

1. Describe the witnesses in \`${f.configFile}\` (\`title\`, \`provenance\`) and the edition in
   \`header.json\`: what \`init\` wrote there are placeholders. Check the licence.
2. Build, then read \`output/review.md\`. It lists, with file:line:col:
   - text the structure rules could only read as plain paragraphs,
   - names in no register, each with a proposed register entry,
   - suspected transcription errors, each with a proposed correction.
   Accept a proposal with \`npx tei-edition review accept ID\`, or record that you do not want it
   with \`npx tei-edition review reject ID\`; build again.
3. Where the rules misread the layout of the text, say so in a structure overrides file; where
   a witness has an error, in the corrections file. Both name the text they apply to, so they
   survive later changes of the witness.

The toolkit's documentation explains every key of the config and every data file
(docs/reference/), the plain-text conventions it recognises (docs/plain-text-conventions.md)
and how an edition is made from start to finish (docs/make-your-own-edition.md).
`;
}

// dist/init/registers.js
var registerKinds = [
  { kind: "persons", title: "persons", list: "listPerson" },
  { kind: "places", title: "places", list: "listPlace" },
  { kind: "orgs", title: "organisations", list: "listOrg" },
  { kind: "bibls", title: "periodicals and works", list: "listBibl" }
];
var indentAll = (el) => el.childNodes.length > 0 && Array.from(el.childNodes).every((k) => k.nodeType === 1);
function emptyRegister(kind, bookTitle, author) {
  const spec = registerKinds.find((k) => k.kind === kind);
  const tei = new XmlElement("TEI", {}, TEI_NS);
  const fileDesc = tei.ele("teiHeader").ele("fileDesc");
  fileDesc.ele("titleStmt").ele("title").txt(`Register of ${spec.title}: ${bookTitle}`);
  fileDesc.ele("publicationStmt").ele("p").txt("Part of the digital edition; maintained by its editors.");
  fileDesc.ele("sourceDesc").ele("p").txt("Compiled from the witnesses of the edition.");
  const list = tei.ele("standOff").ele(spec.list);
  if (author) {
    const person = list.ele("person", { "xml:id": author.id });
    person.ele("persName", { type: "reg" }).txt(author.name);
    person.ele("note").txt("Author of the work.");
  }
  return serializeDocument(tei, { indent: indentAll });
}

// dist/init/scaffold.js
function slug(text, fallback) {
  const s = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[œæß]/g, (c) => ({ \u0153: "oe", \u00E6: "ae", \u00DF: "ss" })[c] ?? c).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  if (s === "")
    return fallback;
  return /^[a-z]/.test(s) ? s : `${fallback}-${s}`;
}
function languageName(ident) {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(ident) ?? ident;
  } catch {
    return ident;
  }
}
var json = (value) => `${JSON.stringify(value, null, 2)}
`;
function refuse(message, hint) {
  throw new EditionError([error({ message, rule: "init-input", stage: "config", hint })]);
}
function scaffoldEdition(input) {
  if (input.witnesses.length === 0)
    refuse("an edition needs at least one witness", "give --witness SIGLUM=FILE once per witness");
  const sigla = input.witnesses.map((w) => w.siglum.trim());
  sigla.forEach((s, i) => {
    if (s === "")
      refuse(`witness ${i + 1} has an empty siglum`, "write --witness SIGLUM=FILE");
    if (sigla.indexOf(s) !== i)
      refuse(`the siglum "${s}" is given twice`, "give each witness its own siglum");
  });
  const base = input.base ?? sigla[0];
  if (!sigla.includes(base))
    refuse(`the base "${base}" is not one of the sigla (${sigla.join(", ")})`, "name the base witness by its siglum");
  const id = slug(input.title, "edition");
  const authorId = slug(input.author, "person");
  const language = input.language ?? "en";
  const files = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  const witnesses = input.witnesses.map((w, i) => {
    let name = basename(w.fileName);
    if (extname(name) === "")
      name = `${name}.txt`;
    if (used.has(name))
      name = `${slug(sigla[i], "wit")}-${name}`;
    used.add(name);
    files.set(`witnesses/${name}`, w.bytes);
    return {
      siglum: sigla[i],
      file: `witnesses/${name}`,
      title: `Witness ${sigla[i]}`,
      provenance: `Plain text from ${basename(w.fileName)}; describe here where it comes from (edition, copy, transcriber).`,
      sha256: createHash("sha256").update(w.bytes).digest("hex")
    };
  });
  const config = {
    ...input.schemaRef ? { $schema: input.schemaRef } : {},
    id,
    header: "header.json",
    witnesses,
    base,
    registers: Object.fromEntries(registerKinds.map((k) => [k.kind, `registers/${k.kind}.xml`])),
    output: { tei: `tei/${id}.xml`, dir: "output" }
  };
  files.set("edition.config.json", json(config));
  const header = {
    title: input.title,
    author: { name: input.author, ref: `#${authorId}` },
    responsibilities: [{ id: "editor", resp: "edited by", name: "The editors", kind: "org" }],
    edition: "Digital edition, first draft",
    publisher: "The editors",
    licence: {
      target: "https://creativecommons.org/licenses/by/4.0/",
      text: "The encoding and editorial matter are licensed under CC BY 4.0 (change this to the licence of your edition)."
    },
    date: input.date,
    sources: witnesses.map((w) => ({ id: `source-${slug(w.siglum, "wit")}`, label: `${w.title}: ${w.provenance}` })),
    principles: {
      normalization: ["The witnesses are transcribed as they stand; nothing is normalised in the text."]
    },
    language: { ident: language, name: languageName(language) },
    ...input.workDate ? { workDate: { when: input.workDate, text: input.workDate } } : {}
  };
  files.set("header.json", json(header));
  for (const k of registerKinds) {
    files.set(`registers/${k.kind}.xml`, emptyRegister(k.kind, input.title, k.kind === "persons" ? { id: authorId, name: input.author } : void 0));
  }
  files.set("README.md", editorReadme({ title: input.title, configFile: "edition.config.json", teiFile: config.output.tei, id }));
  return { files, configFile: "edition.config.json" };
}
export {
  scaffoldEdition,
  slug
};
