import type { Diagnostic } from '../diagnostics/index.js';
import { checkXmlProlog, defaultIntakeLimits, readXmlInput } from '../io/intake.js';

/** Largest file accepted by default (the intake's limit, the same for every command). */
export const defaultMaxFileBytes = defaultIntakeLimits.maxBytes;

export type InputResult = { ok: true; text: string; notes?: readonly Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads one file the user named through the toolkit's one intake (src/io/intake.ts): size
 * limit, decoding, DOCTYPE policy; the tree limits ride on the validator's own reading.
 */
export async function readValidationInput(path: string, displayName: string, maxBytes = defaultMaxFileBytes): Promise<InputResult> {
  const intake = await readXmlInput(path, displayName, { stage: 'validate', limits: { maxBytes } });
  if (!intake.ok) return { ok: false, diagnostics: [...intake.diagnostics] };
  return intake.notes.length > 0 ? { ok: true, text: intake.text, notes: intake.notes } : { ok: true, text: intake.text };
}

/** The same DOCTYPE policy for text already in memory (the build's own output, tests). */
export function checkText(text: string, displayName: string): InputResult {
  const checked = checkXmlProlog(text, displayName, 'validate');
  return checked.ok ? { ok: true, text } : { ok: false, diagnostics: [...checked.diagnostics] };
}
