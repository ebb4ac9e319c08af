import type { Diagnostic } from '../../diagnostics/index.js';
import type { EditionRulesText } from '../edition/check.js';
import type { RuleSet } from '../rule-sets.js';

/** A build's edition rules, run on its TEI after the RELAX NG share (see checkEditionRules). */
export interface EditionCheckRequest {
  /** The rules file, or the rules already read (the toolkit's and the edition's own). */
  readonly rules?: string | readonly EditionRulesText[];
  /** The rules' closed lists from the edition's config, header and registers. */
  readonly parameters: Readonly<Record<string, readonly string[]>>;
}

/** What the CLI asks the validator process for (as JSON on its stdin). */
export interface SnapshotRequest {
  /** Files to read by path, or texts already in memory (a build's own TEI: `text`, no reading). */
  readonly files: readonly { readonly path: string; readonly file: string; readonly text?: string }[];
  readonly rules: RuleSet;
  readonly maxFileBytes: number;
  readonly maxDepth: number;
  readonly requireTei: boolean;
  /** Which share of the work this process does (see ValidateTextOptions.part). */
  readonly part: 'all' | 'rng' | 'rules';
  /** Also the edition rules on each file, answered apart (a build's check stage, off its main thread). */
  readonly edition?: EditionCheckRequest;
}

/** What it answers (as JSON on its stdout). */
export interface SnapshotResponse {
  readonly results: readonly { readonly file: string; readonly diagnostics: readonly Diagnostic[]; readonly edition?: readonly Diagnostic[] }[];
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
