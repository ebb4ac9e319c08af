import type { RegisterRecord } from '../../registers/types.js';
import { femaleApposition, femaleTitles, maleApposition, maleTitles } from '../discover/lexicon.js';
import { givenName, type Sex } from './given-names.js';

/**
 * Guarded linking: what the words around a person's name say of who it is (the given name or
 * initials before it, a title, an apposition), compared with what the register says of the
 * entry (its regularised name and forms, its sex). A conflict means another person of the
 * same surname: the mention is not linked, and goes to review with the conflict named.
 */

export type { Sex } from './given-names.js';

/** What a mention's surroundings tell of the person. */
export interface MentionCues {
  /** Given name or initials printed just before the form, and where they start. */
  readonly prefix?: { text: string; start: number; given?: string; initials: string[] };
  readonly sex?: { value: Sex; why: string };
}

const particle = String.raw`(?:(?:de|du|des|von|van|der|den|di|da|del|della|dos|das)\s+|d['’])?`;
const prefixPattern = new RegExp(String.raw`(?:^|[^\p{L}.])((?:\p{Lu}\.\s?){1,3}|\p{Lu}\p{Ll}+)\s+${particle}$`, 'u');
/**
 * A title before the name, then given name or initials, then a nobiliary particle ("Madame de
 * Vernon", "le comte d’Arcy", "Frau von Lindner"): the particle stands between a title and
 * the surname in French, German, Dutch, Italian, Spanish and Portuguese names.
 */
const titlePattern = new RegExp(String.raw`(?:^|[^\p{L}])(\p{L}\p{Ll}*)\.?\s+(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}\p{Ll}+\s+)?${particle}$`, 'u');

/**
 * The title of a set (`Madame`), as printed: French prints titles in small letters in running
 * text ("madame de Vernon"). Short words are taken only with their capital ("miss" is a verb).
 */
const titleIn = (titles: ReadonlySet<string>, word: string): boolean =>
  titles.has(word) || (word.length >= 5 && /^\p{Ll}/u.test(word) && titles.has(word[0]!.toUpperCase() + word.slice(1)));

/**
 * Reads the cues before and after a person's form at [start, end) of a text. `known` tells
 * whether a word is a given name of some register entry (the register knows names the
 * tagger's lexicon does not).
 */
export function mentionCues(text: string, start: number, end: number, known: (word: string) => boolean): MentionCues {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  let prefix: MentionCues['prefix'];
  const m = prefixPattern.exec(before);
  if (m) {
    const word = m[1]!;
    const at = start - (before.length - before.lastIndexOf(word));
    if (/\./.test(word)) prefix = { text: word, start: at, initials: [...word.matchAll(/\p{Lu}/gu)].map((x) => x[0]) };
    else if (!maleTitles.has(word) && !femaleTitles.has(word) && (known(word) || givenName(word).first)) {
      prefix = { text: word, start: at, given: word, initials: [word[0]!] };
    }
  }
  let sex: MentionCues['sex'];
  const title = titlePattern.exec(before)?.[1];
  if (title && titleIn(femaleTitles, title)) sex = { value: 'F', why: `the title “${title}”` };
  else if (title && titleIn(maleTitles, title)) sex = { value: 'M', why: `the title “${title}”` };
  else if (femaleApposition.test(after)) sex = { value: 'F', why: `“${femaleApposition.exec(after)![0].replace(/^,?\s+/, '')}” after the name` };
  else if (maleApposition.test(after)) sex = { value: 'M', why: `“${maleApposition.exec(after)![0].replace(/^,?\s+/, '')}” after the name` };
  else if (prefix?.given) {
    const g = givenName(prefix.given).sex;
    if (g) sex = { value: g, why: `the given name “${prefix.given}”` };
  }
  return { ...(prefix ? { prefix } : {}), ...(sex ? { sex } : {}) };
}

/** Given names and initials the register gives an entry (from its regularised name and forms). */
export function entryNames(record: RegisterRecord, surname: string): { given: Set<string>; initials: Set<string> } {
  const given = new Set<string>();
  const initials = new Set<string>();
  for (const f of record.forms) {
    const words = f.text.split(/\s+/);
    if (words.length < 2 || words.at(-1) !== surname) continue;
    for (const w of words.slice(0, -1)) {
      if (/\./.test(w)) {
        const letters = [...w.matchAll(/\p{Lu}/gu)].map((x) => x[0]);
        if (letters[0]) initials.add(letters[0]);
      } else if (/^\p{Lu}\p{Ll}+$/u.test(w)) {
        given.add(w);
        initials.add(w[0]!);
      }
    }
  }
  return { given, initials };
}

/** The sex the register gives (`@sex` or `sex`), else the one its given names imply. */
export function entrySex(record: RegisterRecord, given: ReadonlySet<string>): Sex | undefined {
  if (record.sex) return record.sex;
  const sexes = new Set([...given].map((g) => givenName(g).sex).filter((s): s is Sex => s !== undefined));
  return sexes.size === 1 ? [...sexes][0] : undefined;
}

/** A conflict between a mention and an entry, named for the review report; undefined when none. */
export function conflictOf(cues: MentionCues, record: RegisterRecord, surname: string): { conflict?: string; unverified?: string } {
  const names = entryNames(record, surname);
  const p = cues.prefix;
  if (p) {
    const first = p.initials[0]!;
    if (names.initials.size > 0 && !names.initials.has(first)) {
      return { conflict: `“${p.text}” does not fit #${record.id} (${record.name})` };
    }
    if (p.given && names.given.size > 0 && !names.given.has(p.given)) {
      return { unverified: `the given name “${p.given}” is not in #${record.id} (${[...names.given].join(', ')}), though it has the same initial` };
    }
    if (names.initials.size === 0) return { unverified: `the register gives #${record.id} no given name or initials to check “${p.text}” against` };
  }
  const sex = entrySex(record, names.given);
  if (cues.sex && sex && cues.sex.value !== sex) {
    return { conflict: `${cues.sex.why} says ${cues.sex.value === 'F' ? 'a woman' : 'a man'}, but #${record.id} (${record.name}) is ${sex === 'F' ? 'a woman' : 'a man'}` };
  }
  return {};
}
