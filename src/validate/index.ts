/**
 * The validation stage: RELAX NG (salve), the Schematron embedded in the schema and the edition
 * rules (fontoxpath), with positions, on any TEI file.
 */
export { unsupportedNotices } from './notices.js';
export { validateFiles, type FileResult, type ValidateFilesOptions, type ValidationRun } from './validate-files.js';
export { validateText, type ValidateTextOptions } from './validate-text.js';
export { checkEditionRules } from './edition/check.js';
export { compileSchema, type CompiledSchema } from './compiled-schema.js';
export { chooseSchema, loadSchemaSource, teiAllHint, type SchemaSource } from './schema-source.js';
export { readValidationInput, checkText, defaultMaxFileBytes } from './input.js';
export { checkDoctype, type DoctypeProblem } from './doctype.js';
export { ruleSets, type RuleSet } from './rule-sets.js';
export { defaultEditionRulesFile, loadEditionRules } from './edition/rules.js';
