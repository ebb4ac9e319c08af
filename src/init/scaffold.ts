import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { transliterate } from 'transliteration';
import { EditionError, error } from '../diagnostics/index.js';
import { editorReadme } from './editor-readme.js';
import { emptyRegister, registerKinds } from './registers.js';
import { scaffoldWords } from './scaffold-words.js';
import { languageCodeProblem } from '../model/language-code.js';

/** One witness as `init` is given it: the siglum the editors use and the file's bytes. */
export interface ScaffoldWitness {
  /** The siglum as printed in the apparatus (free text: "1818", "Ms. B", "Q1"). */
  readonly siglum: string;
  /** Name of the source file (only its last part is kept). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ScaffoldInput {
  readonly title: string;
  readonly author: string;
  readonly witnesses: readonly ScaffoldWitness[];
  /** Siglum of the base witness (default: the first). */
  readonly base?: string;
  /** Language of the text (BCP 47, default "en"). */
  readonly language?: string;
  /** When the work was written (ISO year or date), if known. */
  readonly workDate?: string;
  /** The date of this edition, ISO (init passes today's date; fixed afterwards, so builds repeat). */
  readonly date: string;
  /** The `$schema` reference written into the config, for editor completion. */
  readonly schemaRef?: string;
}

/** Files of a new edition, relative to its folder, and what the config says. */
export interface Scaffold {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  readonly configFile: string;
}

/**
 * A lower-case XML name made of the letters and digits of a text ("Ms. B" → "ms-b"); letters of
 * other scripts are transliterated ("Война и мир" → "voyna-i-mir", with the transliteration
 * package's tables), so that a title in Greek or Cyrillic names its files.
 */
export function slug(text: string, fallback: string): string {
  const s = text
    .replace(/(?:[^\p{Script=Latin}\P{L}]\p{M}*)+/gu, (run) => ` ${transliterate(run)} `)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => ({ œ: 'oe', æ: 'ae', ß: 'ss' })[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  if (s === '') return fallback;
  return /^[a-z]/.test(s) ? s : `${fallback}-${s}`;
}

/** The language's name in English, from the ICU data Node.js carries (deterministic). */
function languageName(ident: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(ident) ?? ident;
  } catch {
    return ident;
  }
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function refuse(message: string, hint: string): never {
  throw new EditionError([error({ message, rule: 'init-input', stage: 'config', hint })]);
}

/**
 * The files of a new edition made from plain-text witnesses: the config (with `$schema` for
 * completion in an editor), the header data, the registers (the author as the first person),
 * the witnesses copied byte for byte, and a README for the editors. It decides nothing about
 * the book beyond what it is told: every sentence it writes is a placeholder the README
 * names. Pure: the caller reads the witnesses and writes the files.
 */
export function scaffoldEdition(input: ScaffoldInput): Scaffold {
  if (input.witnesses.length === 0) refuse('an edition needs at least one witness', 'give --witness SIGLUM=FILE once per witness');
  const sigla = input.witnesses.map((w) => w.siglum.trim());
  sigla.forEach((s, i) => {
    if (s === '') refuse(`witness ${i + 1} has an empty siglum`, 'write --witness SIGLUM=FILE');
    if (sigla.indexOf(s) !== i) refuse(`the siglum "${s}" is given twice`, 'give each witness its own siglum');
  });
  const base = input.base ?? sigla[0]!;
  if (!sigla.includes(base)) refuse(`the base "${base}" is not one of the sigla (${sigla.join(', ')})`, 'name the base witness by its siglum');

  const id = slug(input.title, 'edition');
  const authorId = slug(input.author, 'person');
  const language = input.language ?? 'en';
  const notACode = languageCodeProblem(language);
  if (notACode) refuse(`--language ${notACode}`, 'give the language of the text as its code, as xml:lang writes it');
  const say = scaffoldWords(language);
  const files = new Map<string, string | Uint8Array>();

  const used = new Set<string>();
  const witnesses = input.witnesses.map((w, i) => {
    let name = basename(w.fileName);
    if (extname(name) === '') name = `${name}.txt`;
    if (used.has(name)) name = `${slug(sigla[i]!, 'wit')}-${name}`;
    used.add(name);
    files.set(`witnesses/${name}`, w.bytes);
    return {
      siglum: sigla[i]!,
      file: `witnesses/${name}`,
      title: say.witnessTitle(sigla[i]!),
      provenance: say.provenance(basename(w.fileName)),
      sha256: createHash('sha256').update(w.bytes).digest('hex'),
    };
  });

  const config = {
    ...(input.schemaRef ? { $schema: input.schemaRef } : {}),
    id,
    header: 'header.json',
    witnesses,
    base,
    registers: Object.fromEntries(registerKinds.map((k) => [k.kind, `registers/${k.kind}.xml`])),
    output: { tei: `tei/${id}.xml`, dir: 'output' },
  };
  files.set('edition.config.json', json(config));

  const header = {
    title: input.title,
    author: { name: input.author, ref: `#${authorId}` },
    responsibilities: [{ id: 'editor', resp: say.editedBy, name: say.editors, kind: 'org' }],
    edition: say.edition,
    publisher: say.editors,
    licence: { target: 'https://creativecommons.org/licenses/by/4.0/', text: say.licence },
    date: input.date,
    sources: witnesses.map((w) => ({ id: `source-${slug(w.siglum, 'wit')}`, label: say.label(w.title, w.provenance) })),
    principles: {
      normalization: [say.normalization],
    },
    language: { ident: language, name: languageName(language) },
    ...(input.workDate ? { workDate: { when: input.workDate, text: input.workDate } } : {}),
  };
  files.set('header.json', json(header));

  for (const k of registerKinds) {
    files.set(`registers/${k.kind}.xml`, emptyRegister(k.kind, input.title, k.kind === 'persons' ? { id: authorId, name: input.author } : undefined));
  }
  files.set('README.md', editorReadme({ title: input.title, configFile: 'edition.config.json', teiFile: config.output.tei, id }));
  return { files, configFile: 'edition.config.json' };
}
