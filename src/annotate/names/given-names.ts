import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheRoot } from '../../io/cache-dir.js';
import { packageVersion } from '../../io/package-version.js';
import { temporaryPath } from '../../io/temp-files.js';

export type Sex = 'M' | 'F';
export interface GivenName {
  readonly first: boolean;
  readonly sex?: Sex;
}

const require = createRequire(import.meta.url);

interface CompromiseDoc {
  has(match: string): boolean;
}
interface Compromise {
  (text: string): CompromiseDoc;
  model(): { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } };
}

let nlp: Compromise | undefined;
const tagger = (): Compromise => (nlp ??= require('compromise') as Compromise);

/** What compromise's tagger says of a word as the first of "Word Smith". */
export function taggedGivenName(word: string): GivenName {
  const doc = tagger()(`${word} Smith`);
  const male = doc.has('#MaleName');
  const female = doc.has('#FemaleName');
  return { first: doc.has('#FirstName'), ...(male && !female ? { sex: 'M' as Sex } : female && !male ? { sex: 'F' as Sex } : {}) };
}

/** Title case: the only form the table answers for (the guard asks for no other). */
const titleCase = (lower: string): string => lower.charAt(0).toUpperCase() + lower.slice(1);

/**
 * The tagger's answer for every given name of its lexicon, made by the tagger itself. Only
 * lexicon words tagged FirstName (or a kind of it) can come out as given names: the tagger has
 * no rule that makes an unknown word one (tests/annotate/names/given-names.test.ts checks it
 * on every capitalised word of the example editions).
 */
export function buildGivenNameTable(): Record<string, GivenName> {
  const { lexicon, tagSet } = tagger().model().one;
  const isFirstName = (tag: string): boolean => tag === 'FirstName' || (tagSet[tag]?.parents ?? []).includes('FirstName');
  const table: Record<string, GivenName> = {};
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.includes(' ') || !(Array.isArray(tags) ? tags : [tags]).some(isFirstName)) continue;
    const answer = taggedGivenName(titleCase(word));
    if (answer.first || answer.sex) table[word] = answer;
  }
  return table;
}

let table: Record<string, GivenName> | undefined;

/**
 * Loading compromise costs about half a second of a build's main thread, only to learn whether
 * the words before persons' names are given names. The answers for its lexicon are made once,
 * kept in the toolkit's cache (keyed by compromise's version) and read in about a millisecond.
 */
function givenNameTable(): Record<string, GivenName> {
  if (table) return table;
  const file = join(cacheRoot(), 'names', `given-names-compromise-${packageVersion('compromise')}.json`);
  try {
    table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, GivenName>;
    return table;
  } catch {
    // not made yet (or unreadable): made now, below
  }
  table = buildGivenNameTable();
  const tmp = temporaryPath(file);
  try {
    mkdirSync(join(cacheRoot(), 'names'), { recursive: true });
    writeFileSync(tmp, JSON.stringify(table));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true }); // an unwritable cache: the next process makes the table again
  }
  return table;
}

const notGiven: GivenName = { first: false };

/** Whether a word is a given name (compromise's lexicon) and of which sex, when the lexicon says. */
export function givenName(word: string): GivenName {
  const lower = word.toLowerCase();
  if (word !== titleCase(lower) || lower.includes(' ')) return taggedGivenName(word);
  return givenNameTable()[lower] ?? notGiven;
}
