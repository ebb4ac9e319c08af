import { resolve } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { CompiledSchema } from './compiled-schema.js';
import { checkPointers } from './edition/pointers.js';
import { defaultEditionRulesFile, loadEditionRules, readEditionRules } from './edition/rules.js';
import { checkText } from './input.js';
import { RngChecker, type RngFinding } from './relaxng/check.js';
import { DerivativeChecker } from './relaxng/derivative.js';
import { runsEditionRules, runsTeiSchematron, type RuleSet } from './rule-sets.js';
import { runSchematron } from './schematron/run.js';
import { parseXml, type ParsedXml } from './xml/dom.js';
import { checkXmlIds } from './xml-ids.js';
import { scanXml, type ScannedXml } from './xml/scan.js';
import { syntaxDiagnostics } from './xml/syntax.js';

export interface ValidateTextOptions {
  readonly rules: RuleSet;
  /** Edition rules file (ISO Schematron); default tei/edition-rules.sch. */
  readonly editionRulesFile?: string;
  /**
   * `all` (default); `rng` well-formedness, RELAX NG and xml:ids only; `rules` the Schematron
   * rules only (silent on what `rng` reports). Two processes can then share a file's work.
   */
  readonly part?: 'all' | 'rng' | 'rules';
  /** Deepest nesting read (default 1000: see ReadLimits); deeper input is refused with one error. */
  readonly maxDepth?: number;
  /** Refuse a root other than TEI's `TEI` or `teiCorpus` with one clear error (when the schema is tei_all). */
  readonly requireTei?: boolean;
  /**
   * The edition rules' closed lists (witnesses, note types and responsibilities, register ids)
   * from the edition's data, as a build gives them; without them the rules take them from the
   * TEI itself and the toolkit's own note types.
   */
  readonly ruleParameters?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Validates one document held in memory: well-formedness, RELAX NG (when a schema is given),
 * unique xml:ids, then the chosen Schematron rules. The text is parsed once; the RELAX NG
 * walker rides along with the DOM builder (no DOM is built when no Schematron runs).
 */
export function validateText(schema: CompiledSchema | undefined, text: string, displayName: string, options: ValidateTextOptions): Diagnostic[] {
  const part = options.part ?? 'all';
  const safe = checkText(text, displayName);
  if (!safe.ok) return part === 'rules' ? [] : safe.diagnostics;
  const tei = schema !== undefined && runsTeiSchematron(options.rules);
  const edition = runsEditionRules(options.rules);
  const needDom = part !== 'rng' && (tei || edition);
  if (part === 'rules' && !needDom) return [];
  const rng = schema && part !== 'rules' ? new DerivativeChecker(schema.grammar) : undefined;
  const limits = { ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }), requireTei: options.requireTei === true };
  const dom = needDom ? parseXml(text, rng, limits) : undefined;
  const parsed: ScannedXml = dom ?? scanXml(text, rng, limits);
  if (parsed.syntaxErrors.length > 0) return part === 'rules' ? [] : syntaxDiagnostics(parsed, displayName);
  const out: Diagnostic[] = [];
  if (part !== 'rules') {
    for (const f of rng && schema ? rngFindings(rng, schema, text, limits) : []) {
      out.push(error({ message: f.message, rule: f.rule, stage: 'validate', file: displayName, ...parsed.lines.at(f.offset) }));
    }
    out.push(...checkXmlIds(parsed.xmlIds, parsed.lines, displayName));
  }
  if (dom) {
    if (tei && schema) out.push(...runSchematron(schema.schematron, dom, displayName, `the schema ${schema.name}`));
    if (edition) out.push(...editionDiagnostics(dom, displayName, options.editionRulesFile, options.ruleParameters));
  }
  return out;
}

/**
 * The derivative engine decides most files alone; a file it refuses or cannot decide is read
 * again by salve, whose findings (every error, each with its place and message) are reported.
 */
function rngFindings(fast: DerivativeChecker, schema: CompiledSchema, text: string, limits: Parameters<typeof scanXml>[2]): RngFinding[] {
  if (fast.verdict() === 'valid') return [];
  const salve = new RngChecker(schema.grammar);
  scanXml(text, salve, limits);
  return salve.finish(text.length);
}

/**
 * The edition rules as a build runs them (pipeline/read.ts readRules): the toolkit's default,
 * then the edition's own file where it names another with other text.
 */
export function editionDiagnostics(parsed: ParsedXml, displayName: string, rulesFile?: string, parameters?: Readonly<Record<string, readonly string[]>>): Diagnostic[] {
  const own = rulesFile !== undefined && resolve(rulesFile) !== defaultEditionRulesFile ? rulesFile : undefined;
  const files = own !== undefined && readEditionRules(own) !== readEditionRules(defaultEditionRulesFile) ? [defaultEditionRulesFile, own] : [rulesFile ?? defaultEditionRulesFile];
  return [...checkPointers(parsed, displayName), ...files.flatMap((f) => runSchematron(loadEditionRules(f), parsed, displayName, 'the edition rules', parameters))];
}
