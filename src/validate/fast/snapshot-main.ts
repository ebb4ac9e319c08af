/**
 * The validator process: this module is bundled (esbuild) and run once by
 * `node --build-snapshot`, which loads salve, fontoxpath and the converted schema, compiles every
 * Schematron expression, and saves the heap. Later runs start from that heap
 * (`node --snapshot-blob`) and skip ~1 s of module loading, JSON parsing, grammar building and
 * XPath compilation. Requests come as JSON lines on stdin; results go as JSON lines on stdout.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import v8 from 'node:v8';
import type { CompiledSchema } from '../compiled-schema.js';
import { loadEditionRules } from '../edition/rules.js';
import { readValidationInput } from '../input.js';
import { unsupportedNotices } from '../notices.js';
import { grammarFromJson } from '../relaxng/convert.js';
import { prepareChoices } from '../relaxng/lazy-choice.js';
import { runsTeiSchematron } from '../rule-sets.js';
import type { SchematronSchema } from '../schematron/model.js';
import { prepareSchematron, warmSchematron } from '../schematron/run.js';
import { validateText } from '../validate-text.js';
import { snapshotEnv, type SnapshotRequest, type SnapshotResponse } from './protocol.js';

const need = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const schema: CompiledSchema = {
  name: need(snapshotEnv.name),
  sha256: need(snapshotEnv.sha256),
  grammar: grammarFromJson(readFileSync(need(snapshotEnv.grammar), 'utf8')),
  schematron: prepareSchematron(JSON.parse(readFileSync(need(snapshotEnv.schematron), 'utf8')) as SchematronSchema, false),
  from: 'cache',
  cacheFiles: undefined,
};
const editionRulesFile = need(snapshotEnv.rules);
warmSchematron(schema.schematron);
warmSchematron(loadEditionRules(editionRulesFile));
prepareChoices(schema.grammar);

/**
 * Requests come one per line (JSON has no raw newline), each answered by one line, in order,
 * until stdin ends: a one-off run sends one and ends it; a watched build keeps the process,
 * warm, for the next build's request.
 */
async function main(): Promise<void> {
  // A process started early (fast/process.ts prestart) that no run needed reads no line.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() !== '') process.stdout.write(`${JSON.stringify(await answer(JSON.parse(line) as SnapshotRequest))}\n`);
  }
}

async function answer(request: SnapshotRequest): Promise<SnapshotResponse> {
  const results: SnapshotResponse['results'][number][] = [];
  for (const { path, file, text, textFile } of request.files) {
    const given = textFile !== undefined ? readFileSync(textFile, 'utf8') : text;
    const input = given !== undefined ? { ok: true as const, text: given } : await readValidationInput(path, file, request.maxFileBytes);
    // A refused file is reported once, by the process doing the RELAX NG share.
    const refused = input.ok ? [] : request.part === 'rules' ? [] : input.diagnostics;
    const notes = input.ok && request.part !== 'rules' ? (input.notes ?? []) : [];
    const options = { rules: request.rules, editionRulesFile, part: request.part, maxDepth: request.maxDepth, requireTei: request.requireTei, ...(request.ruleParameters ? { ruleParameters: request.ruleParameters } : {}) };
    results.push({ file, diagnostics: input.ok ? [...notes, ...validateText(schema, input.text, file, options)] : refused });
  }
  const notices = request.part !== 'rng' && runsTeiSchematron(request.rules) ? unsupportedNotices(schema) : [];
  return { results, notices };
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  });
});
