import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/model/block.js';
import type { Correction, NameNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { registerRecords } from '../../src/registers/load.js';
import { root, seedEdition } from './seed.js';
import { witnessText } from './build.js';

const files: Record<string, string> = {
  A: 'witnesses/red-book-part2-sph-compilation.txt',
  B: 'witnesses/red-book-ch11-etol.txt',
};
const raw = Object.fromEntries(Object.entries(files).map(([w, f]) => [w, readFileSync(join(root, f), 'utf8')]));

interface Tag {
  node: NameNode;
  text: string;
}
function names(): Tag[] {
  const { annotated } = seedEdition();
  const out: Tag[] = [];
  forEachInline([...annotated.front, ...annotated.body] as Block[], (n) => {
    if (n.kind === 'name') out.push({ node: n, text: witnessText(n.children) });
  });
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+');

/**
 * An oracle independent of the model: every register form counted in the raw witness files,
 * leftmost-longest, whole words, with one regular expression. It never sees the structure
 * stage, the run flattening or the wrapping.
 */
function rawCounts(): Map<string, Map<string, number>> {
  const { annotated } = seedEdition();
  const formOwner = new Map<string, string>();
  for (const r of annotated.registers) {
    for (const e of registerRecords(r)) {
      for (const f of e.forms) {
        if (f.type === 'reg') continue;
        const known = formOwner.get(f.text);
        formOwner.set(f.text, known && known !== e.id ? [known, e.id].sort().join('|') : e.id);
      }
    }
  }
  const forms = [...formOwner.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const counts = new Map<string, Map<string, number>>();
  for (const [wit, text] of Object.entries(raw)) {
    const perWit = new Map<string, number>();
    for (const m of text.matchAll(re)) {
      const owner = formOwner.get([...formOwner.keys()].find((f) => new RegExp(`^${escape(f)}$`, 'u').test(m[0]))!)!;
      perWit.set(owner, (perWit.get(owner) ?? 0) + 1);
    }
    counts.set(wit, perWit);
  }
  return counts;
}

describe('names in the seed edition', () => {
  it('tags and links every occurrence of the 25 most frequent persons and the 10 most frequent places', () => {
    const tags = names();
    const counts = rawCounts();
    const linkedCount = (id: string, wit: string) => tags.filter((t) => t.node.ref === `#${id}` && t.node.src.some((s) => s.wit === wit)).length;
    const rank = (type: string) => {
      const freq = new Map<string, number>();
      for (const t of tags) if (t.node.nameType === type && t.node.ref) freq.set(t.node.ref.slice(1), (freq.get(t.node.ref.slice(1)) ?? 0) + 1);
      return [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    };
    const persons = rank('person').slice(0, 25);
    const places = rank('place').slice(0, 10);
    expect(persons).toEqual(expect.arrayContaining(['trotsky', 'stalin', 'zinoviev', 'kamenev', 'smirnov', 'holtzman', 'vyshinsky', 'olberg', 'dreitzer', 'mrachkovsky', 'berman-yurin', 'fritz-david', 'n-lurie', 'kirov', 'lenin']));
    expect(places).toEqual(expect.arrayContaining(['copenhagen', 'moscow', 'berlin', 'ussr']));
    for (const wit of Object.keys(raw)) {
      const c = counts.get(wit)!;
      for (const id of [...persons, ...places]) {
        // The two Luries share "Lurie": their links together must account for every occurrence.
        if (id === 'm-lurie' || id === 'n-lurie') continue;
        expect([id, wit, linkedCount(id, wit)]).toEqual([id, wit, c.get(id) ?? 0]);
      }
      const luries = (c.get('m-lurie') ?? 0) + (c.get('n-lurie') ?? 0) + (c.get('m-lurie|n-lurie') ?? 0);
      expect(linkedCount('m-lurie', wit) + linkedCount('n-lurie', wit)).toBe(luries);
    }
  });

  it('puts no name inside "Trotskyist", "Stalinist", "Zinovievist" or "Marxism"', () => {
    const tags = names();
    for (const [wit, text] of Object.entries(raw)) {
      const words = [...text.matchAll(/\p{L}*(?:Trotskyist|Stalinis|Zinovievist|Marxis)\p{L}*/gu)].map((m) => [m.index!, m.index! + m[0].length]);
      expect(words.length).toBeGreaterThan(wit === 'A' ? 40 : 0);
      for (const t of tags) {
        const s = t.node.src.find((x) => x.wit === wit);
        if (!s) continue;
        const inside = words.find(([a, b]) => s.end.offset > a! && s.start.offset < b!);
        expect(inside, `${t.text} at ${wit}:${s.start.line}`).toBeUndefined();
        // And in general: no tag starts or ends inside a word.
        expect(/[\p{L}\p{N}]/u.test(text[s.start.offset - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.start.offset]!)).toBe(false);
        expect(/[\p{L}\p{N}]/u.test(text[s.end.offset] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.end.offset - 1]!)).toBe(false);
      }
    }
  });

  it('resolves the two Luries as the text says', () => {
    const at = (line: number, text: string) =>
      names()
        .filter((t) => t.text === text && t.node.src[0]!.wit === 'A' && t.node.src[0]!.start.line === line)
        .map((t) => [t.node.ref, t.node.cert ?? 'high']);
    // The section on "Lurie No.1 and Lurie No.2": every bare Lurie is N. Lurie, who went to Moscow,
    // met Konstant, left for Cheliabinsk; the quoted "Moishe Lurie told me" does not count.
    expect(at(216, 'Lurie No.1')).toEqual([['#m-lurie', 'medium']]);
    expect(at(216, 'Lurie No.2')).toEqual([['#n-lurie', 'medium']]);
    expect(at(220, 'Moishe Lurie')).toEqual([['#m-lurie', 'high']]);
    for (const line of [222, 224, 226, 230]) {
      const bare = at(line, 'Lurie');
      expect(bare.length).toBeGreaterThan(0);
      for (const b of bare) expect(b).toEqual(['#n-lurie', 'medium']);
    }
    expect(at(232, 'M. Lurie')).toEqual([['#m-lurie', 'high']]);
    expect(at(232, 'N. Lurie')).toEqual([['#n-lurie', 'high']]);
    expect(at(265, 'Nathan Lurie')).toEqual([['#n-lurie', 'high']]);
    expect(at(341, 'M. Lurie')).toEqual([['#m-lurie', 'high']]);
    expect(at(460, 'M. Lurie')).toEqual([['#m-lurie', 'high'], ['#m-lurie', 'high']]);
  });

  it('tells N.I. Trotsky (Natalia Sedova) from Trotsky, and the Echo de Paris from Paris', () => {
    const tags = names();
    const line294 = tags.filter((t) => t.node.src[0]!.start.line === 294 && t.node.src[0]!.wit === 'A');
    expect(line294.find((t) => t.text === 'N.I. Trotsky')?.node.ref).toBe('#sedova');
    expect(tags.find((t) => t.text === 'Natalia Trotsky')?.node.ref).toBe('#sedova');
    const echo = tags.filter((t) => t.text === 'Echo de Paris');
    expect(echo.map((t) => t.node.ref)).toEqual(['#echo-de-paris', '#echo-de-paris', '#echo-de-paris']);
    expect(tags.filter((t) => t.node.ref === '#paris' && t.node.src[0]!.start.line === 491)).toEqual([]);
    expect(tags.find((t) => t.text === 'Gorky Pedagogical Institute')?.node.ref).toBe('#gorky-pedagogical-institute');
  });

  it('applies the five seed corrections, inside the name tag, with resp, source and reason', () => {
    const { annotated } = seedEdition();
    const found: Array<{ sic: string; corr: string; inName?: string; c: Correction }> = [];
    const visit = (blocks: readonly Block[]) =>
      forEachInline(blocks, (n) => {
        if (n.kind === 'name') for (const c of n.children) if (c.kind === 'choice') found.push({ sic: witnessText(c.sic), corr: c.corr, inName: n.ref, c });
      });
    visit([...annotated.front, ...annotated.body] as Block[]);
    const seeds: Array<[string, string, string]> = [
      ['Mrachliovsky', 'Mrachkovsky', '#mrachkovsky'],
      ['Reingoid', 'Reingold', '#reingold'],
      ['Ordkzonikidze', 'Ordzhonikidze', '#ordzhonikidze'],
      ['Vyshinky', 'Vyshinsky', '#vyshinsky'],
      ['Demark', 'Denmark', '#denmark'],
    ];
    for (const [sic, corr, ref] of seeds) {
      const hit = found.filter((f) => f.sic === sic);
      expect(hit.length, sic).toBe(1);
      expect(hit[0]!.corr).toBe(corr);
      expect(hit[0]!.inName).toBe(ref);
      expect(hit[0]!.c.resp).toBe('#editor');
      expect(hit[0]!.c.source).toBe(ref);
      expect(hit[0]!.c.reason).toMatch(/transcription error/);
    }
    // The note that both witnesses carry: one correction with a span in each.
    expect(found.find((f) => f.sic === 'Vyshinky')!.c.src.map((s) => s.wit).sort()).toEqual(['A', 'B']);
    expect(annotated.diagnostics.filter((d) => d.rule === 'correction-count')).toEqual([]);
  });
});

describe('speakers', () => {
  it('points each speech of the dialogue with the prosecutor to its speaker', () => {
    const { annotated } = seedEdition();
    const who: string[] = [];
    const walk = (blocks: readonly Block[]) => {
      for (const b of blocks) {
        if (b.kind === 'dialogue') for (const s of b.speeches) who.push(`${witnessText(s.speaker).trim()} ${s.who ?? '-'}`);
        if (b.kind === 'div' || b.kind === 'quote') walk(b.blocks);
      }
    };
    walk(annotated.body);
    expect(who).toEqual(['Vyshinsky: #vyshinsky', 'Smirnov: #smirnov', 'Vyshinsky: #vyshinsky', 'Smirnov: #smirnov']);
  });
});
