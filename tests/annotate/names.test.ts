import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import type { AnnotationRules } from '../../src/annotate/data.js';
import type { Block, Paragraph } from '../../src/model/block.js';
import type { NameNode } from '../../src/model/inline.js';
import type { Register } from '../../src/model/register.js';
import { forEachInline } from '../../src/model/walk.js';
import { LineWriter, div, editionOf, orgs, para, periodicals, persons, places, witnessText } from './build.js';

const registers: Register[] = [
  persons({
    trotsky: ['Trotsky', 'L. Trotsky'],
    sedova: ['N.I. Trotsky', 'Natalia Trotsky'],
    stalin: ['Stalin'],
    zinoviev: ['Zinoviev'],
    marx: ['Marx'],
    'berman-yurin': ['Berman-Yurin', 'Berman-Yurins'],
    'fritz-david': ['Fritz David'],
    smirnov: ['I.N. Smirnov', 'Smirnov'],
    'm-lurie': ['M. Lurie', 'Moishe Lurie', '~Lurie'],
    'n-lurie': ['N. Lurie', 'Nathan Lurie', '~Lurie'],
    kirov: ['Kirov'],
    zhdanov: ['Zhdanov'],
    mrachkovsky: ['Mrachkovsky', '!Mrachliovsky'],
  }),
  places({ paris: ['Paris'], gorky: ['Gorky'], moscow: ['Moscow'], 'hotel-bristol': ['Hotel Bristol'] }),
  orgs({ 'gorky-institute': ['Gorky Pedagogical Institute'], 'left-opposition': ['Left Opposition'] }),
  periodicals({ 'echo-de-paris': ['Echo de Paris'], humanite: ['L’Humanité'] }),
];

const noRules: AnnotationRules = { exclusions: [], decisions: [] };

/** Annotates divisions and returns every name node with its text and the edition. */
function run(body: ReturnType<typeof div>[], rules: AnnotationRules = noRules) {
  const edition = annotate(editionOf(body, registers), { corrections: [], rules, unknownNames: false });
  const names: Array<{ text: string; ref?: string; nameType: string; cert?: string; review?: boolean; node: NameNode }> = [];
  forEachInline(edition.body as Block[], (n) => {
    if (n.kind === 'name') names.push({ text: witnessText(n.children), ...(n.ref ? { ref: n.ref } : {}), nameType: n.nameType, ...(n.cert ? { cert: n.cert } : {}), ...(n.review ? { review: true } : {}), node: n });
  });
  return { edition, names };
}

const oneLine = (s: string) => {
  const w = new LineWriter();
  return [div('ch1', [para('p1', [w.text(s)])])];
};

const pairs = (names: ReturnType<typeof run>['names']) => names.map((n) => [n.text, n.ref ?? null]);

describe('name matching', () => {
  it('tags whole words only: no person inside Trotskyist, Stalinist, Zinovievist or Marxism', () => {
    const { names } = run(oneLine('The Trotskyist and Zinovievist groups, Stalinist amalgams and Marxism; but Trotsky, Stalin, Zinoviev and Marx.'));
    expect(pairs(names)).toEqual([
      ['Trotsky', '#trotsky'],
      ['Stalin', '#stalin'],
      ['Zinoviev', '#zinoviev'],
      ['Marx', '#marx'],
    ]);
  });

  it('takes the longest form first: "Echo de Paris", "N.I. Trotsky", "Gorky Pedagogical Institute"', () => {
    const { names } = run(oneLine('the Echo de Paris says so; N.I. Trotsky wrote to Paris; he taught at the Gorky Pedagogical Institute in Gorky.'));
    expect(names.map((n) => [n.text, n.ref, n.nameType])).toEqual([
      ['Echo de Paris', '#echo-de-paris', 'periodical'],
      ['N.I. Trotsky', '#sedova', 'person'],
      ['Paris', '#paris', 'place'],
      ['Gorky Pedagogical Institute', '#gorky-institute', 'org'],
      ['Gorky', '#gorky', 'place'],
    ]);
  });

  it('handles possessives with curly and straight apostrophes, and plurals listed as forms', () => {
    const { names } = run(oneLine("Trotsky’s letter, Trotsky's son, Stalin and all his Berman-Yurins, L'Humanité and L’Humanité"));
    expect(pairs(names)).toEqual([
      ['Trotsky', '#trotsky'],
      ['Trotsky', '#trotsky'],
      ['Stalin', '#stalin'],
      ['Berman-Yurins', '#berman-yurin'],
      ["L'Humanité", '#humanite'],
      ['L’Humanité', '#humanite'],
    ]);
  });

  it('splits hyphenated pairs of names but keeps a hyphenated name whole', () => {
    const { names } = run(oneLine('another Kirov-Zhdanov, and Berman-Yurin—Fritz David'));
    expect(pairs(names)).toEqual([
      ['Kirov', '#kirov'],
      ['Zhdanov', '#zhdanov'],
      ['Berman-Yurin', '#berman-yurin'],
      ['Fritz David', '#fritz-david'],
    ]);
  });

  it('finds a name split across a line break, with the line start inside the tag', () => {
    const w = new LineWriter();
    const body = [div('ch1', [para('p1', [w.text('met with I.N.'), w.lb(), w.text('Smirnov in Berlin and Fritz'), w.lb(), w.text('David')])])];
    const { names } = run(body);
    expect(pairs(names)).toEqual([
      ['I.N.\nSmirnov', '#smirnov'],
      ['Fritz\nDavid', '#fritz-david'],
    ]);
    expect(names[0]!.node.children.map((c) => c.kind)).toEqual(['text', 'lb', 'text']);
    // The tag's source runs from the first character on line 1 to the last on line 2.
    expect(names[0]!.node.src[0]!.start.line).toBe(1);
    expect(names[0]!.node.src[0]!.end.line).toBe(2);
  });

  it('finds a name interrupted by a note marker, and keeps the note inside the tag', () => {
    const w = new LineWriter();
    const body = [div('ch1', [para('p1', [w.text('sent by Berman-'), w.note('49'), w.text('Yurin and others [50] to Moscow')])])];
    const { names } = run(body);
    expect(pairs(names)).toEqual([
      ['Berman-[49]Yurin', '#berman-yurin'],
      ['Moscow', '#moscow'],
    ]);
    expect(names[0]!.node.children.map((c) => c.kind)).toEqual(['text', 'note', 'text']);
  });

  it('leaves a note marker that follows a name outside the tag', () => {
    const w = new LineWriter();
    const body = [div('ch1', [para('p1', [w.text('said Trotsky'), w.note('7'), w.text(' later')])])];
    const { edition } = run(body);
    const children = (edition.body[0]!.blocks[0] as Paragraph).children;
    expect(children.map((c) => c.kind)).toEqual(['text', 'name', 'note', 'text']);
  });

  it('does not tag inside labels', () => {
    const w = new LineWriter();
    const body = [div('ch1', [para('p1', [{ kind: 'label', children: [w.text('Stalin')] }, w.text(' and Stalin')])])];
    const { names } = run(body);
    expect(names).toHaveLength(1);
  });

  it('skips a form in a context an exclusion rule names', () => {
    const rules: AnnotationRules = {
      exclusions: [{ id: 'generic', form: 'Hotel Bristol', before: '\\b[Aa]\\s+', reason: 'any hotel of that name' }],
      decisions: [],
    };
    const { names } = run(oneLine('he stayed at the Hotel Bristol; every city has a Hotel Bristol.'), rules);
    expect(pairs(names)).toEqual([['Hotel Bristol', '#hotel-bristol']]);
  });

  it('links an erroneous form with cert="medium" and sends it to review when no correction applies', () => {
    const { names, edition } = run(oneLine('Mrachliovsky hears a report'));
    expect(names.map((n) => [n.text, n.ref, n.cert, n.review])).toEqual([['Mrachliovsky', '#mrachkovsky', 'medium', true]]);
    expect(edition.review.filter((r) => r.rule !== "editorial-decision").map((r) => [r.rule, r.proposal])).toEqual([['name-error-form', 'correct to “Mrachkovsky”']]);
  });
});

describe('shared forms: the two Luries', () => {
  it('reads a bare "Lurie" as the nearest explicit mention in its section, ignoring quoted speakers', () => {
    const w = new LineWriter();
    const body = [
      div('s3', [
        para('p1', [w.text('N. Lurie describes it: “In 1932 Moishe Lurie told me to leave.”')]),
        para('p2', [w.text('In Moscow, Lurie met a certain Konstant.')]),
      ]),
      div('s5', [para('p3', [w.text('With M. Lurie, through Ruth Fischer. Later Lurie wrote.')])]),
    ];
    const { names, edition } = run(body);
    expect(names.filter((n) => n.nameType === 'person').map((n) => [n.text, n.ref, n.cert ?? 'high'])).toEqual([
      ['N. Lurie', '#n-lurie', 'high'],
      ['Moishe Lurie', '#m-lurie', 'high'],
      ['Lurie', '#n-lurie', 'medium'],
      ['M. Lurie', '#m-lurie', 'high'],
      ['Lurie', '#m-lurie', 'medium'],
    ]);
    expect(edition.review.filter((r) => r.rule === 'name-nearest-explicit')).toHaveLength(2);
  });

  it('sends a bare "Lurie" with no explicit mention in its section to review, untagged by a link', () => {
    const w = new LineWriter();
    const body = [div('s1', [para('p1', [w.text('N. Lurie arrived.')])]), div('s2', [para('p2', [w.text('Lurie left.')])])];
    const { names, edition } = run(body);
    const bare = names.find((n) => n.text === 'Lurie')!;
    expect(bare.ref).toBeUndefined();
    expect(bare.review).toBe(true);
    expect(bare.nameType).toBe('person');
    const item = edition.review.find((r) => r.rule === 'name-ambiguous')!;
    expect(item.text).toBe('Lurie');
    expect(item.file).toBe('a.txt');
    expect(item.at?.start.line).toBe(1);
  });
});

describe('register data problems', () => {
  it('warns when two entries share a form that is not marked ambiguous, and treats it as ambiguous', () => {
    const edition = annotate(editionOf([], [persons({ a: ['Smith'], b: ['Smith'] })]), { corrections: [], rules: noRules, unknownNames: false });
    expect(edition.diagnostics.map((d) => d.rule)).toContain('register-shared-form');
  });
});
