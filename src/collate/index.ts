/**
 * The collator: tokenise → normalise → align → analyse → serialise, each stage a module of its
 * own and usable on its own.
 */
export * from './types.js';
export { tokenize } from './tokenize.js';
export { normalizeText, normalizeTokens, normalizers, defaultNormalizeOptions, type Normalizer } from './normalize.js';
export { alignWitnesses, type AlignmentTable } from './align.js';
export { analyse, classifyReading, strongestType, variantSeverity } from './analyse.js';
export { collate, resolveOptions, siglumPattern } from './collate.js';
export { toTei, type TeiOptions } from './serialize-tei.js';
export { toTable, type TableOptions } from './serialize-table.js';
export { toJson, toJsonValue } from './serialize-json.js';
export { collateParagraph, type ParagraphCollation, type ParagraphOptions, type ParagraphSegment } from './paragraph.js';
export { correspondingLines, type LinePair } from './lines.js';
