import type { Span } from './position.js';

/** One thing an editor should decide, with the rule that raised it and where it is. */
export interface ReviewItem {
  readonly rule: string;
  readonly message: string;
  readonly text: string;
  readonly at?: Span;
  readonly file?: string;
  /** What the toolkit proposes, if anything. */
  readonly proposal?: string;
}
