import { readHeading } from '../../structure/rules/headings.js';
import { castHeading } from '../../structure/cast-list.js';
import { createRequire } from 'node:module';
import type { Division } from '../../model/block.js';
import type { Inline } from '../../model/inline.js';
import type { Span } from '../../model/position.js';
import type { EditorialDecisions } from '../editorial.js';
import { BARRIER, flattenRun, type AtomText } from '../flatten.js';
import { isAnnotatable, locate, primarySpan, rewriteRuns } from '../runs.js';
import {
  citedName,
  derivedEndings,
  placeHeads,
  governmentHeads,
  monthsAndDays,
  orgHeads,
  partyBodies,
  periodicalCues,
  periodicalWords,
  personTitles,
  formsOfAddress,
  placeCues,
  placeEndings,
  surnameEndings,
  workCues,
  abbreviations,
  elidedEnding,
  exclamationWords,
  readingCues,
  wordPrefixes,
  languages,
  nationalityNoun,
} from './lexicon.js';

export type EntityType = 'person' | 'place' | 'org' | 'periodical' | 'work';

/** The evidence a play gives of a person: a role in its list of persons, a speaker's label. */
export const playCues = { role: 'a role in the list of persons', speaker: 'a speaker of the play' } as const;
export const entityTypes: readonly EntityType[] = ['person', 'place', 'org', 'periodical', 'work'];

/** A capitalised group no register form covered, with what its words and context say of its type. */
export interface Candidate {
  readonly text: string;
  readonly span?: Span;
  /** Points per type, and why (one reason per cue). */
  readonly scores: Readonly<Record<EntityType, number>>;
  readonly evidence: readonly string[];
  /** A few words around it, for the report. */
  readonly context: string;
  /** Filtered out (with why): a fragment, a derived word, a month. Listed, never proposed. */
  readonly filtered?: string;
  /** Filtered and not worth a line of the report (a sentence's first word), unless the editors decided it. */
  readonly quiet?: boolean;
  /** A lone word that opens a sentence or a speech and is followed by “!”, “,” or “?” (“Halloa, …!”, “Anna, come!”). */
  readonly opensAddress?: boolean;
}

interface Term {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

// compromise is loaded on first use: a build that makes no review report does not need it.
const require = createRequire(import.meta.url);
type Compromise = (text: string) => { json: (o: object) => Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }> };
let nlp: Compromise | undefined;
const tagger = (): Compromise => (nlp ??= require('compromise') as Compromise);

/** Loads the tagger and runs it once, ahead of its first text (the proposals thread's warm-up). */
export function warmTagger(): void {
  tagger()('The new committee met in the old town hall on a Monday.').json({ offset: true, terms: { offset: true } });
}

/** Tagged names, dates and corrections are read as their text (for the tagger) but never reported. */
const taggedText: AtomText = (node: Inline) => {
  switch (node.kind) {
    case 'name':
    case 'date':
    case 'title':
      return plain(node.children);
    case 'choice':
      return node.corr;
    default:
      return undefined;
  }
};

function plain(run: readonly Inline[]): string {
  return run
    .map((n) => (n.kind === 'text' ? n.value : n.kind === 'lb' ? ' ' : n.kind === 'choice' ? n.corr : n.kind === 'name' || n.kind === 'date' || n.kind === 'title' ? plain(n.children) : ''))
    .join('');
}

const upper = /^\p{Lu}/u;
/** Why a capitalised word of the dictionary with no cue of a name is not proposed. */
export const ordinaryWord = 'an ordinary word of the dictionary, with no cue of a name';
const speechVerbs = 'said|cried|replied|answered|asked|exclaimed|whispered|shouted|rejoined|murmured';
const speechVerbBefore = new RegExp(`\\b(${speechVerbs})\\s+$`, 'u');
const speechVerbAfter = new RegExp(`^\\s+(${speechVerbs})\\b`, 'u');
const initial = /^\p{Lu}$/u;
const particles = new Set(['de', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'di', 'da', 'del', 'dos', 'y', 'of', 'on', 'for', 'and']);
/** Compromise's tags of the words that open a sentence without belonging to a name after them. */
const sentenceWordTags = ['Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Possessive', 'QuestionWord', 'Modal', 'Auxiliary', 'Copula', 'Adverb', 'Verb'];
// A word opens a sentence: after a stop, a colon, a label or a barrier, or at the start.
// A dash after the stop still opens one ("Beautiful!—Great God!").
const sentenceStart = /(?:^|[.!?:;\uFFFC]|\[\d+\])[\s“”‘’"()[\]—–]*$/u;
/** Whether a sentence opens at `at` of `text` (the few characters before it are enough). */
const opensSentenceAt = (text: string, at: number): boolean => sentenceStart.test(text.slice(Math.max(0, at - 8), at));
const stopWords = /^(?:The|A|An|This|That|These|Those|His|Her|Their|Our|In|On|At|By|For|From|To|And|But|Of|With|As|If|It|No|Not|Yes|I|O|Oh|Enter|Re-enter|Exit|Exeunt|Manet|Manent)$/u;
// Filtered without a word in the report: a sentence's first word is capitalised by rule.
const commonWord = 'a common word (the text also writes it in lower case)';
const openingWord = 'a common word opening a sentence';
const quiet = new Set([commonWord, openingWord, 'initials alone']);
const zero = (): Record<EntityType, number> => ({ person: 0, place: 0, org: 0, periodical: 0, work: 0 });

/** [start, end) of the sentences of a text: a stop, closing quotes, space, then a capital or an opening quote. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?][”’"')\]]*\s+(?=[“"‘(\[]*\p{Lu})/gu)) {
    const to = m.index + m[0].length;
    out.push([from, to]);
    from = to;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/**
 * Terms of a text with compromise's tags and their offsets in it. Only the sentences `wanted`
 * are tagged: the tagger reads about 50 KB a second, and most sentences of an edition with
 * registers have every name tagged already.
 */
function terms(text: string, wanted: (from: number, to: number) => boolean): Term[] {
  const out: Term[] = [];
  for (const [from, to] of sentences(text)) if (wanted(from, to)) out.push(...sentenceTerms(text, from, to));
  return out;
}

/** compromise's terms of a text: where each starts, how long it is, its tags. */
type Tagged = ReadonlyArray<{ readonly start: number; readonly length: number; readonly tags: ReadonlySet<string> }>;

/**
 * The tagging of each sentence, by its text: it depends on nothing else, and the rebuild of a
 * watched edition after a correction meets all but a few of its sentences again (the proposals
 * thread is kept between builds). Each run keeps what it used, from its own run and the one
 * before, so that the memory held is about one edition's sentences.
 */
let taggedNow = new Map<string, Tagged>();
let taggedBefore = new Map<string, Tagged>();
/** The same tag sets are shared by many terms. */
const tagSets = new Map<string, ReadonlySet<string>>();
let taggerRuns = 0;
/** For tests: how many sentences compromise has tagged in this process. */
export const sentencesTagged = (): number => taggerRuns;

function tagged(slice: string): Tagged {
  let found = taggedNow.get(slice) ?? taggedBefore.get(slice);
  if (!found) {
    taggerRuns++;
    found = tagger()(slice)
      .json({ offset: true, terms: { offset: true } })
      .flatMap((sentence) =>
        sentence.terms.map((t) => {
          const key = t.tags.join(' ');
          let tags = tagSets.get(key);
          if (!tags) tagSets.set(key, (tags = new Set(t.tags)));
          return { start: t.offset.start, length: t.offset.length, tags };
        }),
      );
  }
  taggedNow.set(slice, found);
  return found;
}

function sentenceTerms(text: string, from0: number, to0: number): Term[] {
  const out: Term[] = [];
  // Marks of emphasis (“_The Courier_”, “*The Courier*”) are read as spaces: same offsets, clean words.
  const slice = text.slice(from0, to0).replaceAll(BARRIER, ' ').replace(/[_*]/g, ' ');
  for (const t of tagged(slice)) {
    const start = from0 + t.start;
    // compromise gives an initial without its full stop: the stop belongs to it.
    let end = start + t.length;
    // …and a dash after a word is no part of it ("Beautiful!—Great God!" is two groups), nor
    // the double hyphen plain text sets for one ("Anna--which").
    const dashHyphen = (k: number) => text[k] === '-' && (text[k - 1] === '-' || text[k + 1] === '-');
    while (end > start && (/[_*'‘’"“”()[\],.;:!?—–]/u.test(text[end - 1]!) || dashHyphen(end - 1)) && !(end - start === 2 && text[end - 1] === '.')) end--;
    const from = start + (/^(?:[_*'‘’"“”([]|-{2,})+/u.exec(text.slice(start, end))?.[0].length ?? 0);
    if (end <= from) continue;
    // The tagger keeps words joined by dashes as one term ("Beautiful!—Great"): each is a word.
    // Each word keeps none of the punctuation and quotation marks around the dash ("Anna,”—Paul").
    const piece = (a: number, b: number) => {
      while (b > a && /[_*'‘’"“”()[\],.;:!?]/u.test(text[b - 1]!)) b--;
      while (a < b && /[_*'‘’"“”([]/u.test(text[a]!)) a++;
      if (b > a) out.push({ text: text.slice(a, b), start: a, end: b, tags: t.tags });
    };
    let at = from;
    for (const dash of text.slice(from, end).matchAll(/[!?.,;:]*(?:[—–]+|-{2,})/gu)) {
      const cut = from + dash.index;
      if (cut > at) piece(at, cut);
      at = cut + dash[0].length;
    }
    if (at > from) {
      if (end > at) piece(at, end);
      continue;
    }
    out.push({ text: text.slice(from, end), start: from, end, tags: t.tags });
  }
  return out;
}

/** Groups of capitalised terms: joined by a space, a hyphen, the stop of an initial, or a particle between capitals. */
function groups(text: string, ts: readonly Term[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  const capital = (t: Term | undefined) => t !== undefined && upper.test(t.text) && !/\d/.test(t.text);
  for (let i = 0; i < ts.length; i++) {
    if (!capital(ts[i])) continue;
    let j = i;
    for (;;) {
      const a = ts[j]!;
      const gap = text.slice(a.end, ts[j + 1]?.start ?? a.end);
      const next = ts[j + 1];
      if (!next) break;
      if (capital(next) && (gap === ' ' || gap === '-' || gap === '' || /^s?['’] $/u.test(gap) || (initial.test(a.text) && /^\.\s?$/.test(gap)))) {
        j++;
        continue;
      }
      if (gap === ' ' && particles.has(next.text) && capital(ts[j + 2]) && text.slice(next.end, ts[j + 2]!.start) === ' ' && next.text !== 'and') {
        j += 2;
        continue;
      }
      break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/**
 * Finds the capitalised groups no register form covers and scores their type from compromise's
 * tags (given names, honorifics, countries, cities, organisations), the words around them
 * (titles and roles, prepositions of place, words that introduce a periodical or a work),
 * their own words (heads of bodies, surname endings, initials) and the edition's decisions.
 * Words the text also writes in lower case are common words where they open a sentence or
 * stand in a heading.
 */
export function findCandidates(
  edition: { front: readonly Division[]; body: readonly Division[] },
  base: string,
  decisions: EditorialDecisions,
  /** Whether a lower-case word is an ordinary word of the language (a dictionary's). */
  isWord: (lower: string) => boolean = () => false,
): Candidate[] {
  taggedBefore = taggedNow;
  taggedNow = new Map();
  const lowerSeen = new Set<string>();
  // Words the text capitalises inside a sentence, where only a name has a capital.
  const capitalInside = new Set<string>();
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx)) return run;
    const text = flattenRun(run, taggedText).text;
    for (const m of text.matchAll(/\p{L}+/gu)) {
      if (m[0][0] !== m[0][0]!.toUpperCase()) lowerSeen.add(m[0]);
      else if (!ctx.path.includes('head') && !opensSentenceAt(text, m.index)) capitalInside.add(m[0]);
    }
    return run;
  });
  const out: Candidate[] = [];
  rewriteRuns(edition, (run, ctx) => {
    if (!isAnnotatable(ctx) || !run.some((n) => n.kind === 'text')) return run;
    const flat = flattenRun(run, taggedText);
    const heading = ctx.path.includes('head');
    // A role in a play's list of persons, or a speaker's label, names a person.
    const role = ctx.path.includes('role') ? playCues.role : ctx.path.includes('speaker') ? playCues.speaker : undefined;
    // A heading's division label ("SCENE II.", "CHAPTER IV.") names no one: only its title is
    // read; so too in an entry of a list, where a table of contents repeats the headings.
    const label = heading || ctx.path.at(-1) === 'list' ? readHeading(flat.text.trimStart()) : undefined;
    const labelEnd = label ? (label.titleAt ?? flat.text.trimStart().length) + (flat.text.length - flat.text.trimStart().length) : 0;
    const covered = (start: number, end: number) => start < labelEnd || flat.pieces.some((p) => (p.kind === 'atom' || p.kind === 'barrier') && p.start < end && start < p.end);
    // Where a printed line starts, in verse (a verse line, or lines that nearly all open with a
    // capital), which capitalises a line's first word whatever it is; wrapped prose does not.
    const firstChar = (at: number) => at + (flat.text.slice(at).length - flat.text.slice(at).trimStart().length);
    const starts = flat.pieces.filter((p) => p.kind === 'space').map((p) => firstChar(p.end));
    const capitalStarts = starts.filter((at) => /\p{Lu}/u.test(flat.text[at] ?? '')).length;
    const verse = ctx.path.includes('l') || (starts.length >= 2 && capitalStarts >= 0.8 * starts.length);
    const lineStarts = new Set(verse ? [firstChar(0), ...starts] : []);
    const spoken = verse || ctx.path.includes('sp');
    if (![...flat.text.matchAll(/\p{Lu}\p{L}*/gu)].some((m) => !covered(m.index, m.index + m[0].length))) return run;
    // A sentence is worth tagging when a capitalised word outside the tags is more than the
    // ordinary word that opens it.
    const wanted = (from: number, to: number) =>
      [...flat.text.slice(from, to).matchAll(/\p{Lu}\p{L}*/gu)].some((m) => {
        const at = from + m.index;
        if (covered(at, at + m[0].length)) return false;
        const opening = opensSentenceAt(flat.text, at);
        const lower = m[0].toLowerCase();
        return !(opening && (lowerSeen.has(lower) || isWord(lower)));
      });
    const ts = terms(flat.text, wanted).filter((t) => !covered(t.start, t.end));
    for (const g of groups(flat.text, ts)) {
      let first = g.from;
      const last = g.to;
      // "The", "A" opening a group belong to the sentence, not the name.
      let lastKept = last;
      while (first < lastKept && stopWords.test(ts[first]!.text)) first++;
      // A word of the language with a capital only because it opens a line of verse, or a
      // sentence of verse or of a speech ("When Orsino comes", "Good Tomkins, take this paper"),
      // is not the name's.
      const opensAt = (k: number) => lineStarts.has(ts[k]!.start) || (spoken && opensSentenceAt(flat.text, ts[k]!.start));
      const common = (t: Term) => {
        const lower = t.text.replace(/['’]s$/u, '').toLowerCase();
        return (lowerSeen.has(lower) || isWord(lower)) && !['FirstName', 'Person', 'Place', 'Organization'].some((x) => t.tags.has(x)) && !personTitles.has(t.text);
      };
      // In prose too, a word of the language's closed classes, a verb or an adverb that opens a
      // sentence ("When Anna came", "Either Paul, or …") is not the name's; an adjective may be
      // ("Little Britain", "Old Bailey").
      // So is a word of the language with a verb run into it ("Here’s Miss Anna", "That’s John").
      const opensProse = (k: number) =>
        opensSentenceAt(flat.text, ts[k]!.start) &&
        ((sentenceWordTags.some((x) => ts[k]!.tags.has(x)) && !ts[k]!.tags.has('Adjective')) || /['’](?:s|ll|ve|m|d|re)$/u.test(ts[k]!.text));
      while (first < lastKept && common(ts[first]!) && (opensAt(first) || opensProse(first))) first++;
      // (and what joined it to the name: "Soul of Rome" leaves "Rome")
      while (first < lastKept && (/^\p{Ll}/u.test(ts[first]!.text) || stopWords.test(ts[first]!.text))) first++;
      while (lastKept > first && stopWords.test(ts[lastKept]!.text)) lastKept--;
      // Adjectives before a name describe it ("the American Darwinist John Smith", "Poor Anna", "Dear Paul").
      // (or a title with a name after it: "Dear Miss Anna", not "Prime Minister")
      const personAfter = (k: number) => ts.slice(k + 1, lastKept + 1).some((t, i) => t.tags.has('FirstName') || t.tags.has('Person') || (personTitles.has(t.text) && k + 1 + i < lastKept));
      while (
        first < lastKept &&
        // a hyphenated compound ("Anglo-Catholic") is one word
        flat.text.slice(ts[first]!.end, ts[first + 1]!.start) === ' ' &&
        !ts[first]!.tags.has('FirstName') &&
        (derivedEndings.test(ts[first]!.text) || ts[first]!.tags.has('Demonym') || (isWord(ts[first]!.text.toLowerCase()) && !personTitles.has(ts[first]!.text) && personAfter(first)))
      ) {
        // Listed on its own, so that nothing capitalised is left out of the report silently.
        const t = ts[first]!;
        const span = primarySpan(locate(flat, t.start, t.end), base);
        out.push({ text: t.text, ...(span ? { span } : {}), scores: zero(), evidence: [], context: t.text, filtered: 'an adjective before a name' });
        first++;
      }
      // A title before the name is evidence, not part of it ("Captain Harris").
      const leading = first < lastKept && personTitles.has(ts[first]!.text) && !ts.slice(first + 1, lastKept + 1).every((t) => isWord(t.text.toLowerCase())) ? ts[first]!.text : undefined;
      if (leading) first++;
      const words = ts.slice(first, lastKept + 1);
      if (words.length === 1 && stopWords.test(words[0]!.text)) continue;
      let start = words[0]!.start;
      let end = words.at(-1)!.end;
      if (initial.test(words.at(-1)!.text) && flat.text[end] === '.') end++;
      const text = flat.text.slice(start, end).replace(/['’]s?$/u, '');
      end = start + text.length;
      if (text.length === 0) continue;
      const before = flat.text.slice(Math.max(0, start - 40), start).replace(/[_*]+$/u, '');
      const after = flat.text.slice(end, end + 40).replace(/^[_*,.]+(?=[\s,.])/u, '');
      const opensSentence = opensSentenceAt(flat.text, start);
      const scores = zero();
      const evidence: string[] = [];
      const add = (type: EntityType, points: number, why: string) => {
        scores[type] += points;
        evidence.push(why);
      };
      const tag = (name: string) => words.some((w) => w.tags.has(name));
      const lastWord = words.at(-1)!.text;
      let filtered: string | undefined;
      // What the words are on their own.
      if (words.every((w) => monthsAndDays.has(w.text) || monthsAndDays.has(w.text.replace(/s$/u, '')))) filtered = 'a month or a day of the week';
      // "Christmas Day", "Boxing Day": a day the calendar names, not a person's or a place's name.
      else if (words.length === 2 && words[1]!.tags.has('Date') && !tag('Person') && !tag('FirstName')) filtered = 'a day the calendar names';
      else if (words.every((w) => initial.test(w.text))) filtered = 'initials alone';
      else if (words.length === 1 && abbreviations.has(text) && flat.text[end] === '.') filtered = `an abbreviation (“${text}.”), not a name`;
      else if (words.length === 1 && elidedEnding.test(text)) filtered = 'a word with an elided ending (“feed’st”, “o’er”), not a name';
      else if (words.length === 1 && languages.has(text)) filtered = 'the name of a language';
      else if (words.length === 1 && nationalityNoun.test(text)) filtered = 'a man or woman of a nation (a common noun)';
      else if (words.length === 1 && (opensSentence || heading) && lowerSeen.has(text.toLowerCase()) && !tag('Person') && !tag('Place')) filtered = commonWord;
      else if (derivedEndings.test(lastWord) && !tag('Country') && !tag('City') && !tag('FirstName') && !orgHeads.has(lastWord) && !placeHeads.has(lastWord)) filtered = 'derived from a name (an adjective, a movement or its members)';
      else if (words.length === 1 && personTitles.has(text)) filtered = 'a title without a name';
      else if (heading && castHeading.test(text)) filtered = 'the heading of a list of persons';
      else if (text.split(/\s+/u).every((w) => formsOfAddress.has(w) || /^(?:Your|His|Her|Their)$/u.test(w))) filtered = 'a form of address (“her Ladyship”), not a name';
      // (An "adjective" the dictionary does not know in small letters is a name the tagger misread: "Tilly".)
      else if (words.length === 1 && (tag('Demonym') || (tag('Adjective') && !tag('ProperNoun') && isWord(text.toLowerCase())))) filtered = 'an adjective (of nationality)';
      else if (words.length === 1 && opensSentence && isWord(text.toLowerCase()) && !tag('Person') && !tag('Place') && !tag('Organization')) filtered = openingWord;
      // Person.
      const titleBefore = /(?:^|[\s(“])(\p{L}+)\.?\s+$/u.exec(before)?.[1];
      const theBefore = /\bthe\s+(\p{Ll}+)\s+$/u.exec(before)?.[1];
      if (titleBefore && personTitles.has(titleBefore)) add('person', 3, `after the title “${titleBefore}”`);
      else if (theBefore && personTitles.has(theBefore)) add('person', 3, `after “the ${theBefore}”`);
      if (leading) add('person', 3, `after the title “${leading}”`);
      if (words.length > 1 && words.slice(0, -1).some((w) => initial.test(w.text))) add('person', 3, 'initials before a surname');
      if (tag('FirstName') && words.length > 1) add('person', 3, 'a given name before a surname (compromise)');
      else if (tag('Person')) add('person', 2, 'a person’s name (compromise)');
      if (tag('Honorific')) add('person', 1, 'an honorific (compromise)');
      if (surnameEndings.test(lastWord) && !placeEndings.test(lastWord)) add('person', 1, `a surname ending (“${lastWord}”)`);
      if (/^['’]s\b/u.test(flat.text.slice(end))) add('person', 0.5, 'possessive');
      if (role) add('person', 4, role);
      // A speaker named in the narrative: "said Molly", "cried Tom", "Ann replied".
      const verbBefore = speechVerbBefore.exec(before)?.[1];
      const verbAfter = speechVerbAfter.exec(after)?.[1];
      if (verbBefore ?? verbAfter) add('person', 3, verbBefore ? `a speaker (after “${verbBefore}”)` : `a speaker (before “${verbAfter}”)`);
      // Place.
      if (tag('Country') || tag('City') || tag('Region')) add('place', 3, 'a country, city or region (compromise)');
      else if (tag('Place')) add('place', 2, 'a place (compromise)');
      if (placeCues.test(before) && !tag('Person')) add('place', 1.5, `after “${placeCues.exec(before)![0].trim()}”`);
      if (words.length > 1 && placeHeads.has(lastWord)) add('place', 4, `the head word “${lastWord}” names a place`);
      if (/\((?:now|today|formerly|then)\s+$/u.test(before)) add('place', 2, 'another name of a place, in brackets');
      if (placeEndings.test(lastWord)) add('place', 1, `a place-name ending (“${lastWord}”)`);
      // Organisation.
      if (words.length > 1 && orgHeads.has(lastWord)) add('org', 4, `the head word “${lastWord}” names a body`);
      if (partyBodies.has(text) && decisions.organisations.partyBodies) add('org', 4, 'a party or state body (editorial decision: organisations)');
      if (/^\p{Lu}{2,6}$/u.test(text) && !monthsAndDays.has(text) && !role) add('org', 2, 'an acronym');
      if (tag('Organization') && !tag('Person') && words.length > 1) add('org', 1, 'an organisation (compromise)');
      if (decisions.organisations.governments && governmentHeads.test(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '')) {
        // "the Danish government": the group is the government, an organisation.
        const head = /^\s+(\p{L}+)/u.exec(after)![0];
        end += head.length;
        add('org', 5, 'a government named by its country or party (editorial decision: organisations)');
        filtered = undefined;
      }
      // Periodical and work.
      if (periodicalCues.test(before)) add('periodical', 4, `after “${periodicalCues.exec(before)![0].trim()}”`);
      if (words.some((w) => periodicalWords.has(w.text))) add('periodical', 3, 'a word of periodical titles');
      const italic = /[_*]/.test(flat.text[start - 1] ?? '') && /^[,.;:]?[_*]/u.test(flat.text.slice(end, end + 2));
      const quoted = /[“"]$/u.test(before) && /^[”"]/u.test(flat.text.slice(end));
      if (workCues.test(before)) add('work', 4, `after “${workCues.exec(before)![0].trim()}”`);
      else if (readingCues.test(before)) add('work', 4, `after “${readingCues.exec(before)![0].trim()}” (a title read)`);
      if (italic) add('work', 2, 'set in italics (a title)');
      else if (quoted && words.length > 1) add('work', 1, 'in quotation marks (a title)');
      if (citedName.test(before) && /^[”"’']/u.test(after)) filtered = 'a name cited as a word (“the name …”), not a mention';
      // Ordinary words with capitals (a sentence's first word, a phrase set in title case) with no cue of a name.
      const strongest = Math.max(...Object.values(scores));
      if (!filtered && strongest < 3) filtered = notAName(words.map((w) => w.text), text, { opensSentence: opensSentence || heading, after: flat.text.slice(end), person: tag('Person'), named: tag('Place') || tag('Organization'), isWord, capitalInside });
      if (!filtered && words.every((w) => isWord(w.text.toLowerCase())) && !tag('FirstName') && !tag('Honorific') && !tag('Place') && strongest < 3) {
        filtered = (opensSentence || heading) && words.length === 1 ? openingWord : words.length > 1 ? 'ordinary words of the dictionary set with capitals (a phrase or a title), with no cue of a name' : ordinaryWord;
      }
      const finalText = flat.text.slice(start, end).replace(/['’]s?$/u, '');
      end = start + finalText.length;
      const span = primarySpan(locate(flat, start, end), base);
      const context = `${before.slice(-30)}[${finalText}]${flat.text.slice(end, end + 30)}`.replace(/\s+/g, ' ').replaceAll(BARRIER, '…');
      // (after a full stop, a dash or an opening quotation mark: not after a semicolon, as an
      // item of a list of places is: "Southwark, two; Blackfriars, three")
      const opensAddress = words.length === 1 && /(?:^|[.!?—“"‘])[\s“"‘]*$/u.test(flat.text.slice(Math.max(0, start - 8), start)) && /^[”’"']*[!,?]/u.test(flat.text.slice(end));
      out.push({ text: finalText, ...(span ? { span } : {}), scores, evidence, context, ...(filtered ? { filtered, ...(quiet.has(filtered) ? { quiet: true } : {}) } : {}), ...(opensAddress ? { opensAddress } : {}) });
      start = end;
    }
    return run;
  });
  return out;
}

/**
 * Capitalised words that are no name, though nothing in the tagger says so: an exclamation ("Beautiful!",
 * "Great God!"), a word made from a word opening a sentence or a line of verse ("Unthrifty"), and
 * a dictionary word the tagger takes for a given name where it opens a sentence ("Mark how…",
 * "Grant, if thou wilt") when the text never capitalises it inside a sentence.
 */
function notAName(
  words: readonly string[],
  text: string,
  at: { opensSentence: boolean; after: string; person: boolean; named: boolean; isWord: (lower: string) => boolean; capitalInside: ReadonlySet<string> },
): string | undefined {
  const single = words.length === 1;
  const dictionary = (w: string) => at.isWord(w.toLowerCase());
  if (!at.opensSentence) return undefined;
  if (/^[”’"']*!/u.test(at.after) && words.every(dictionary) && (words.some((w) => exclamationWords.has(w)) || !words.every((w) => at.capitalInside.has(w)))) {
    return 'an exclamation (“Beautiful!”, “Great God!”), not a name';
  }
  if (!single || at.capitalInside.has(text) || at.named) return undefined;
  const stem = text.toLowerCase().replace(wordPrefixes, '');
  if (!at.person && stem !== text.toLowerCase() && (at.isWord(stem) || at.isWord(stem.replace(/['’]d$/u, 'ed')))) return openingWord;
  if (at.person && dictionary(text)) return openingWord;
  return undefined;
}
