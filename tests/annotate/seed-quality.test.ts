import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/model/block.js';
import type { DateNode, NameNode } from '../../src/model/inline.js';
import { forEachInline } from '../../src/model/walk.js';
import { root, seedEdition } from './seed.js';
import { witnessText } from './build.js';

interface Tag {
  kind: 'name' | 'date';
  wit: string;
  line: number;
  column: number;
  text: string;
  value: Record<string, string | null>;
}

/** Every name and date tag of the annotated seed edition, once per witness that carries it. */
function allTags(): Tag[] {
  const { annotated } = seedEdition();
  const tags: Tag[] = [];
  forEachInline([...annotated.front, ...annotated.body] as Block[], (n) => {
    if (n.kind !== 'name' && n.kind !== 'date') return;
    const value =
      n.kind === 'name'
        ? { type: (n as NameNode).nameType, ref: (n as NameNode).ref ?? null }
        : Object.fromEntries((['when', 'notBefore', 'notAfter', 'from', 'to'] as const).filter((k) => (n as DateNode)[k] !== undefined).map((k) => [k, (n as DateNode)[k]!]));
    for (const s of n.src) tags.push({ kind: n.kind, wit: s.wit, line: s.start.line, column: s.start.column, text: witnessText(n.children), value });
  });
  return tags;
}

const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'annotate', name), 'utf8')) as T;

describe('annotation quality on the seed edition', () => {
  it('is at least 98 % precise on a fixed random sample of 120 tags checked by hand', () => {
    const sample = fixture<{ items: Array<{ wit: string; line: number; column: number; text: string; kind: string; expected: Record<string, string | null> }> }>('precision-sample.json');
    expect(sample.items.length).toBeGreaterThanOrEqual(100);
    const tags = allTags();
    let present = 0;
    let correct = 0;
    const wrong: string[] = [];
    for (const item of sample.items) {
      const tag = tags.find((t) => t.wit === item.wit && t.line === item.line && t.column === item.column && t.text === item.text && t.kind === item.kind);
      if (!tag) continue;
      present++;
      if (JSON.stringify(tag.value) === JSON.stringify(item.expected)) correct++;
      else wrong.push(`${item.wit}:${item.line}:${item.column} “${item.text}” ${JSON.stringify(tag.value)} ≠ ${JSON.stringify(item.expected)}`);
    }
    // The sample must still describe the tagger: a tag that vanished is neither right nor wrong.
    expect(present / sample.items.length, 'tags of the sample no longer produced: redraw and recheck the sample').toBeGreaterThanOrEqual(0.95);
    expect(correct / present, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('recalls at least 95 % of the person, place and date mentions of three chapters annotated by hand', () => {
    const gold = fixture<{ witness: string; lines: Array<{ line: number; mentions: Array<[string, 'person' | 'place' | 'date', string | Record<string, string>]> }> }>('recall-gold.json');
    const tags = allTags().filter((t) => t.wit === gold.witness);
    const byLine = new Map<number, Tag[]>();
    for (const t of tags) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
    const totals: Record<string, { all: number; found: number; missed: string[] }> = {};
    for (const { line, mentions } of gold.lines) {
      const pool = [...(byLine.get(line) ?? [])];
      for (const [text, type, value] of mentions) {
        const t = (totals[type] ??= { all: 0, found: 0, missed: [] });
        t.all++;
        const k = pool.findIndex((tag) =>
          type === 'date'
            ? tag.kind === 'date' && tag.text === text && JSON.stringify(tag.value) === JSON.stringify(value)
            : tag.kind === 'name' && tag.text === text && tag.value.type === type && tag.value.ref === `#${value as string}`,
        );
        if (k === -1) {
          t.missed.push(`${line}: “${text}” ${JSON.stringify(value)}`);
          continue;
        }
        t.found++;
        pool.splice(k, 1);
      }
    }
    expect(Object.keys(totals).sort()).toEqual(['date', 'person', 'place']);
    for (const [type, t] of Object.entries(totals)) {
      expect(t.all, type).toBeGreaterThan(50);
      expect(t.found / t.all, `${type}: missed\n${t.missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
