import { frameStart } from '../structure/transcription-conventions.js';

/** What a library's header says of the book it frames. */
export interface CatalogueFacts {
  readonly title?: string;
  readonly author?: string;
  /** BCP 47 code of the language it names ("English" → "en"). */
  readonly language?: string;
}

/** Language names in English → their two-letter codes, from the platform's own names (Intl). */
let codes: Map<string, string> | undefined;
function languageCode(name: string): string | undefined {
  if (!codes) {
    codes = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) for (const b of letters) {
      const code = a + b;
      const shown = names.of(code);
      if (shown && !codes.has(shown.toLowerCase())) codes.set(shown.toLowerCase(), code);
    }
  }
  return codes.get(name.trim().toLowerCase());
}

/**
 * The title, author and language a Project Gutenberg e-text's header gives ("Title: …",
 * "Author: …", "Language: English"), read above its "*** START OF …" line only; a field that
 * runs on to indented lines is joined. Nothing when the text has no such header.
 */
export function catalogueFacts(text: string): CatalogueFacts {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const start = lines.findIndex((l) => frameStart.test(l));
  if (start === -1) return {};
  const field = (name: string): string | undefined => {
    const at = lines.slice(0, start).findIndex((l) => new RegExp(`^${name}:\\s*\\S`, 'u').test(l));
    if (at === -1) return undefined;
    const parts = [lines[at]!.slice(name.length + 1).trim()];
    for (let k = at + 1; k < start && /^\s+\S/u.test(lines[k]!) && !/^\s*\S+:\s/u.test(lines[k]!); k++) parts.push(lines[k]!.trim());
    return parts.join(' ');
  };
  const title = field('Title');
  const author = field('Author');
  const language = field('Language');
  const code = language ? languageCode(language) : undefined;
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(code ? { language: code } : {}) };
}
