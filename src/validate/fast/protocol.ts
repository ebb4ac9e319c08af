import type { Diagnostic } from '../../diagnostics/index.js';
import type { RuleSet } from '../rule-sets.js';

/** What the CLI asks the validator process for (as JSON on its stdin). */
export interface SnapshotRequest {
  /** Files to read by path, or texts already in memory (a build's own TEI: `text` or `textFile`, no checks of a file read). */
  readonly files: readonly {
    readonly path: string;
    readonly file: string;
    readonly text?: string;
    /** A text in memory, handed over in a temporary file rather than through the pipe (see runInSnapshot). */
    readonly textFile?: string;
  }[];
  readonly rules: RuleSet;
  readonly maxFileBytes: number;
  readonly maxDepth: number;
  readonly requireTei: boolean;
  /** The edition rules' closed lists from the edition's data (see ValidateTextOptions.ruleParameters). */
  readonly ruleParameters?: Readonly<Record<string, readonly string[]>>;
  /** Which share of the work this process does (see ValidateTextOptions.part). */
  readonly part: 'all' | 'rng' | 'rules';
}

/** What it answers (as JSON on its stdout). */
export interface SnapshotResponse {
  readonly results: readonly { readonly file: string; readonly diagnostics: readonly Diagnostic[] }[];
  readonly notices: readonly Diagnostic[];
}

/** Environment variables that tell the snapshot builder what to load. */
export const snapshotEnv = {
  name: 'TEI_EDITION_SNAPSHOT_SCHEMA_NAME',
  sha256: 'TEI_EDITION_SNAPSHOT_SCHEMA_SHA256',
  grammar: 'TEI_EDITION_SNAPSHOT_GRAMMAR',
  schematron: 'TEI_EDITION_SNAPSHOT_SCHEMATRON',
  rules: 'TEI_EDITION_SNAPSHOT_RULES',
} as const;
