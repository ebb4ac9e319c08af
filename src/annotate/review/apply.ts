import { createHash } from 'node:crypto';
import { applyEdits, modify, parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { RegisterKind } from '../../model/register.js';
import type { ReviewAction, ReviewItem } from '../../model/review.js';
import { addEntry, addForm } from '../../registers/edit.js';

/**
 * A stable id for a review item: what kind of proposal it is, a readable slug of its text, and
 * four hex digits of a hash of the proposal itself (so two proposals for one text differ).
 * The same proposal gets the same id in every build, wherever it is built.
 */
export function reviewId(prefix: string, text: string, key: string): string {
  const slug =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s?\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x';
  const hash = createHash('sha256').update(`${prefix}\u0000${text}\u0000${key}`).digest('hex').slice(0, 4);
  return `${prefix}-${slug}-${hash}`;
}

/** A data file an accepted or rejected item may change: where it is and how to name it. */
export interface DataFile {
  readonly path: string;
  readonly display: string;
}

/** The edition's data files, as the config names them. */
export interface EditionDataFiles {
  readonly registers: Partial<Record<RegisterKind, DataFile>>;
  readonly corrections?: DataFile;
  readonly rules?: DataFile;
}

/** A file's new content, to be written whole. */
export interface FileChange {
  readonly file: DataFile;
  readonly text: string;
}

/** Why an action cannot be applied: the message the CLI prints. */
export class ReviewApplyError extends Error {}

const formatting = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** Appends a value to an array property of a JSON data file (comments kept), creating the array if needed. */
export function appendToJsonArray(text: string, key: string, value: unknown): string {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const exists = tree ? findNodeAtLocation(tree, [key]) : undefined;
  const edits = exists ? modify(text, [key, -1], value, { formattingOptions: formatting }) : modify(text, [key], [value], { formattingOptions: formatting });
  return applyEdits(text, edits);
}

function need(file: DataFile | undefined, what: string, key: string): DataFile {
  if (!file) throw new ReviewApplyError(`the edition config names no ${what} file; add "${key}" to the config to record this decision`);
  return file;
}

/** What accepting an item changes, computed from the current text of the files (read by `read`). */
export function acceptChanges(action: ReviewAction, files: EditionDataFiles, read: (file: DataFile) => string): FileChange[] {
  switch (action.kind) {
    case 'add-register-entry': {
      const file = need(files.registers[action.register], `${action.register} register`, `registers.${action.register}`);
      return [{ file, text: addEntry(read(file), action.register, action.xml, file.display) }];
    }
    case 'add-register-form': {
      const file = need(files.registers[action.register], `${action.register} register`, `registers.${action.register}`);
      return [{ file, text: addForm(read(file), action.register, action.entryId, action.form, action.formType, file.display) }];
    }
    case 'add-correction': {
      const file = need(files.corrections, 'corrections', 'annotation.corrections');
      return [{ file, text: appendToJsonArray(read(file), 'corrections', action.correction) }];
    }
    case 'record-decision': {
      const file = need(files.rules, 'annotation rules', 'annotation.rules');
      return [{ file, text: appendToJsonArray(read(file), 'decisions', { form: action.form, decision: action.decision, reason: action.reason }) }];
    }
  }
}

/** What rejecting an item changes: the rejection is recorded so the item is not proposed again. */
export function rejectChanges(item: ReviewItem & { id: string }, reason: string, files: EditionDataFiles, read: (file: DataFile) => string): FileChange[] {
  const file = need(files.rules, 'annotation rules', 'annotation.rules');
  return [{ file, text: appendToJsonArray(read(file), 'rejections', { id: item.id, rule: item.rule, text: item.text, reason }) }];
}
