import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { annotate, renderReview } from '../../src/annotate/index.js';
import type { Block } from '../../src/model/block.js';
import { forEachInline } from '../../src/model/walk.js';
import { run } from '../../src/cli/main.js';
import { LineWriter, div, editionOf, para, persons, places } from './build.js';
import { root, seedEdition } from './seed.js';

describe('ids of proposed entries', () => {
  it('keeps a ruler\'s number with the name before it (The Federalist No. 6 names "Louis XIV" and "Charles V.")', () => {
    const w = new LineWriter();
    const body = [div('ch1', [para('p1', [w.text('The war began under Louis XIV, as the wars of Charles V. had begun, and Louis XIV ended it.')])])];
    const edition = annotate(editionOf(body, [persons({}), places({})]), { corrections: [], rules: { exclusions: [], decisions: [] } });
    const ids = edition.review.filter((i) => i.rule === 'name-unknown').map((i) => [i.text, i.action?.kind === 'add-register-entry' ? i.action.entryId : undefined]);
    expect(ids).toEqual(expect.arrayContaining([['Louis XIV', 'louis-xiv']]));
    expect(ids.map(([, id]) => id)).not.toContain('xiv');
  });
});

describe('unknown names and near misses', () => {
  const registers = [persons({ zhdanov: ['Zhdanov'], trotsky: ['Trotsky'] }), places({ gorky: ['Gorky'] })];
  const body = () => {
    const w = new LineWriter();
    return [
      div('ch1', [
        para('p1', [w.text('Olberg left for Corky, where Trotsky had never been. Why assassinate Zhdonov, asked Ruth Fischer?')]),
        para('p2', [w.text('The Trotskyist press and the French press wrote of Kerensky.')]),
      ]),
    ];
  };

  it('proposes each new name once, typed with its evidence, with its mentions and a register entry; near misses and decisions apart', () => {
    const edition = annotate(editionOf(body(), registers), {
      corrections: [],
      rules: { exclusions: [], decisions: [{ form: 'Kerensky', decision: 'not-entity', reason: 'a test decision' }] },
    });
    const of = (rule: string, text: string) => edition.review.find((i) => i.rule === rule && i.text === text);
    const fischer = of('name-unknown', 'Ruth Fischer')!;
    expect(fischer.details).toEqual(expect.arrayContaining(['type: person']));
    expect(fischer.action).toMatchObject({ kind: 'add-register-entry', register: 'persons', entryId: 'fischer' });
    expect(fischer.action?.kind === 'add-register-entry' && fischer.action.xml).toContain('<persName type="form">Ruth Fischer</persName>');
    expect(fischer.id).toMatch(/^entity-ruth-fischer-[0-9a-f]{4}$/);
    expect(of('name-unknown', 'Olberg')?.action).toMatchObject({ kind: 'add-register-entry', register: 'persons' });
    expect(of('name-near-miss', 'Corky')?.action).toEqual({
      kind: 'add-correction',
      correction: { sic: 'Corky', corr: 'Gorky', reason: 'transcription error: 1 letter(s) from the register form “Gorky”', cert: 'medium', expect: 1 },
    });
    expect(of('name-near-miss', 'Zhdonov')?.proposal).toBe('correct to “Zhdanov” (#zhdanov)');
    expect(of('name-decided', 'Kerensky')?.proposal).toBe('not-entity: a test decision');
    // Tagged names, words derived from names and common words opening a sentence are not proposed.
    const proposed = edition.review.filter((i) => i.rule === 'name-unknown').map((i) => i.text);
    for (const t of ['Trotsky', 'Trotskyist', 'Why', 'The', 'French']) expect(proposed).not.toContain(t);
    for (const i of edition.review.filter((x) => x.rule.startsWith('name-'))) {
      expect(i.file).toBe('a.txt');
      expect(i.at?.start.line).toBeGreaterThan(0);
    }
  });

  it('types bodies, places and periodicals from their words and context, and filters fragments and derived words', () => {
    const w = new LineWriter();
    const text =
      'Comrade Kotolynov spoke for the Leningrad Center in Kiev. The newspaper Nachalo and the Danish government replied. ' +
      'Kotolynov was arrested. The Menshevik press wrote in February of the Politburo.';
    const edition = annotate(editionOf([div('ch1', [para('p1', [w.text(text)])])], [places({ leningrad: ['Leningrad'] })]), { corrections: [], rules: { exclusions: [], decisions: [] } });
    const typed = Object.fromEntries(
      edition.review.filter((i) => i.rule === 'name-unknown').map((i) => [i.text, (i.details ?? []).find((d) => d.startsWith('type: '))?.slice(6)]),
    );
    expect(typed).toMatchObject({ Kotolynov: 'person', 'Leningrad Center': 'org', Kiev: 'place', Nachalo: 'periodical', 'Danish government': 'org', Politburo: 'org' });
    expect(edition.review.find((i) => i.text === 'Kotolynov' && i.rule === 'name-unknown')?.places).toHaveLength(2);
    expect(Object.keys(typed)).not.toEqual(expect.arrayContaining(['Menshevik']));
    expect(Object.keys(typed)).not.toContain('February');
    expect(Object.keys(typed)).not.toContain('Leningrad');
  });

  it('proposes a register name followed by -s as a deliberate plural, never as a correction, and a name seen several times near a register form as another entity', () => {
    const w = new LineWriter();
    const text = 'All the Vyshinskys of the world agree. Fedorov spoke; Fedorov was shot; Fedotov was not.';
    const edition = annotate(editionOf([div('ch1', [para('p1', [w.text(text)])])], [persons({ vyshinsky: ['Vyshinsky'], fedotov: ['Fedotov'] })]), {
      corrections: [],
      rules: { exclusions: [], decisions: [] },
    });
    const plural = edition.review.find((i) => i.text === 'Vyshinskys')!;
    expect(plural.rule).toBe('name-plural');
    expect(plural.action).toEqual({ kind: 'add-register-form', register: 'persons', entryId: 'vyshinsky', form: 'Vyshinskys', formType: 'plural' });
    expect(edition.review.some((i) => i.text === 'Vyshinskys' && i.action?.kind === 'add-correction')).toBe(false);
    const fedorov = edition.review.filter((i) => i.text === 'Fedorov');
    expect(fedorov.map((i) => i.rule)).toEqual(['name-unknown']);
    expect(fedorov[0]!.message).toContain('close to “Fedotov” (#fedotov) but occurs 2 times, so it is proposed as another entity');
  });

  it('renders a deterministic report in which every item names its rule and place', () => {
    const edition = annotate(editionOf(body(), registers), { corrections: [], rules: { exclusions: [], decisions: [] } });
    const a = renderReview(edition);
    const b = renderReview(annotate(editionOf(body(), registers), { corrections: [], rules: { exclusions: [], decisions: [] } }));
    expect(a).toEqual(b);
    expect(a.markdown).toContain('## 1. Names in no register: proposed entries');
    expect(a.markdown).toMatch(/- \*\*Corky\*\* `near-corky-[0-9a-f]{4}`: “Corky” \(once\) is 1 edit\(s\) from “Gorky”/);
    expect(a.markdown).toContain('<persName type="form">Ruth Fischer</persName>');
    const json = JSON.parse(a.json) as { counts: Record<string, number>; items: Array<{ rule: string; line?: number; file?: string; id?: string; action?: unknown }> };
    expect(json.counts['name-near-miss']).toBe(2);
    for (const i of json.items.filter((x) => x.rule.startsWith('name-'))) {
      expect(i.file).toBe('a.txt');
      expect(i.line).toBe(1);
    }
    for (const i of json.items.filter((x) => x.id !== undefined)) expect(i.action).toBeDefined();
  });
});

describe('the review report of the seed edition', () => {
  it('lists every capitalised name that no tag covers (unknown, near miss, or decided with a reason)', () => {
    const { annotated } = seedEdition();
    const covered = new Map<string, Array<[number, number]>>();
    forEachInline([...annotated.front, ...annotated.body] as Block[], (n) => {
      if (n.kind === 'name' || n.kind === 'date') for (const s of n.src) covered.set(s.wit, [...(covered.get(s.wit) ?? []), [s.start.offset, s.end.offset]]);
    });
    const listed = annotated.review.filter((i) => ['name-unknown', 'name-near-miss', 'name-decided', 'name-filtered', 'name-plural'].includes(i.rule));
    for (const w of annotated.witnesses) {
      const text = readFileSync(join(root, w.file), 'utf8');
      const lower = new Set(readFileSync(join(root, annotated.witnesses[0]!.file), 'utf8').match(/\p{Ll}+/gu));
      // An oracle that sees only the raw text: a capitalised word inside a sentence that the
      // witnesses never write in lower case, outside every tag, is a name the report must list.
      const missing: string[] = [];
      for (const m of text.matchAll(/(?<![\p{L}\p{N}’'.-])\p{Lu}[\p{L}]*/gu)) {
        const word = m[0];
        const at = m.index!;
        if (word === 'I' || lower.has(word.toLowerCase())) continue;
        if (/(?:^|\n|[.!?:]|\[\d+\])[\s“”‘’"()[\]]*$/u.test(text.slice(Math.max(0, at - 8), at))) continue;
        if ((covered.get(w.siglum) ?? []).some(([a, b]) => at >= a && at < b)) continue;
        // Text the witnesses share is reported once, where the base witness has it.
        const here = (i: (typeof listed)[number]) =>
          [...(i.places ?? []).map((p) => p.at), ...(i.at ? [i.at] : [])].some((s) => s.wit === w.id && s.start.offset <= at && at < s.end.offset);
        const shared = (i: (typeof listed)[number]) => w.id !== annotated.base && i.text.includes(word);
        if (!listed.some((i) => here(i) || shared(i))) {
          missing.push(`${w.file}:${text.slice(0, at).split('\n').length}: “${word}”`);
        }
      }
      expect(missing).toEqual([]);
    }
    // For the seed, every such word has been decided or accepted into a register (the governments, by `review accept`): nothing is left unknown.
    expect(annotated.review.filter((i) => i.rule === 'name-unknown').map((i) => i.text)).toEqual([]);
    for (const d of annotated.review.filter((i) => i.rule === 'name-decided')) expect(d.message).toMatch(/^(adjective|movement|event|work|office|abbreviation|generic|not-entity): ./);
  });

  it('is written by the review command, on stdout and as review.md / review.json', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'review-cmd-'));
    try {
      const code = await run(['node', 'tei-edition', 'review', '--config', 'tests/fixtures/annotate/edition.config.json', '--out', dir], {
        stdout: (s) => out.push(s),
        stderr: (s) => err.push(s),
        cwd: root,
      });
      expect(code).toBe(0);
      const md = out.join('');
      expect(md).toContain('# Review report: red-book');
      expect(md).toContain('name-nearest-explicit');
      expect(md).toContain('witnesses/red-book-part2-sph-compilation.txt:214:');
      expect(readFileSync(join(dir, 'review.md'), 'utf8')).toBe(md);
      const json = JSON.parse(readFileSync(join(dir, 'review.json'), 'utf8')) as { items: unknown[] };
      expect(json.items.length).toBeGreaterThan(100);
      expect(err.join('')).toContain('wrote ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown output format with a usage error', async () => {
    const err: string[] = [];
    const code = await run(['node', 'tei-edition', 'review', '--config', 'tests/fixtures/annotate/edition.config.json', '--format', 'yaml'], {
      stdout: () => undefined,
      stderr: (s) => err.push(s),
      cwd: root,
    });
    expect(code).toBe(2);
    expect(err.join('')).toContain('--format must be markdown or json');
  });
});
