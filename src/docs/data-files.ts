import type { ZodTypeAny } from 'zod';
import { correctionsFile, rulesFile } from '../annotate/data.js';
import { editionConfig } from '../config/schema.js';
import { headerData } from '../model/header.js';
import { interventionsFile, overridesFile, tableOfContentsFile } from '../structure/data-files.js';

/** A data file an edition can have, with the schema that validates it when it is read. */
export interface DataFileDoc {
  /** Name of the reference page and of the JSON Schema file (kebab-case). */
  readonly name: string;
  readonly title: string;
  /** Where the config names it ("" for the config itself). */
  readonly configKey: string;
  /** What it is for, in a few sentences (Markdown). */
  readonly about: string;
  readonly schema: ZodTypeAny;
}

/**
 * Every JSON data file of an edition, in the order an editor meets them. The reference pages
 * (docs/reference/) and JSON Schemas (schema/) are generated from this list, so they say what
 * the toolkit checks and nothing else.
 */
export const dataFiles: readonly DataFileDoc[] = [
  {
    name: 'edition-config',
    title: 'The edition config (edition.config.json)',
    configKey: '',
    about:
      'Names everything an edition is made of: its witnesses, the base witness, the data files below, the registers and where the outputs go. Every path in it is relative to the config file. `tei-edition init` writes a first one; its `$schema` key lets an editor (VS Code and others) complete and check the keys as you type.',
    schema: editionConfig,
  },
  {
    name: 'header',
    title: 'Header data',
    configKey: 'header',
    about: 'The facts of the TEI header: title, author, who edited and encoded, licence, the printed sources, the editorial principles, the language and the date of the work.',
    schema: headerData,
  },
  {
    name: 'structure-overrides',
    title: 'Structure overrides',
    configKey: 'structure.overrides',
    about: 'Where the structure rules cannot tell from the plain text what a block is, the editors say so here, per witness, with the reason.',
    schema: overridesFile,
  },
  {
    name: 'table-of-contents',
    title: 'Table of contents (supplied titles)',
    configKey: 'structure.tableOfContents',
    about: 'Chapter titles a witness has lost, restored from another source; they are marked as supplied in the edition.',
    schema: tableOfContentsFile,
  },
  {
    name: 'interventions',
    title: 'Interventions (editorial notes and gaps)',
    configKey: 'structure.interventions',
    about: 'Editorial notes and gaps the editors add at given places of a witness.',
    schema: interventionsFile,
  },
  {
    name: 'corrections',
    title: 'Corrections',
    configKey: 'annotation.corrections',
    about: 'Transcription errors of the witnesses and their corrections; the edition keeps the witness reading in `sic` and prints the correction.',
    schema: correctionsFile,
  },
  {
    name: 'annotation-rules',
    title: 'Annotation rules and decisions',
    configKey: 'annotation.rules',
    about: 'Contexts in which a register form is not a mention of its entry, and the editors\' decisions about capitalised words that are not names.',
    schema: rulesFile,
  },
];
