// Tokenising and normalising, on text from the edition's witnesses.
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize, defaultNormalizeOptions } from '../../src/collate/index.js';
import { collateStrings, columnsOf } from './helpers.js';

describe('tokenize', () => {
  it('keeps words, numbers and each punctuation mark as tokens, with their places', () => {
    const text = '(“Remove Stalin”)\n\nTrotsky’s re-election, i.e., 13.2.2005 … April 16,1917...';
    const tokens = tokenize('B', text, { line: 5, column: 1, offset: 200 });
    expect(tokens.map((t) => t.text)).toEqual([
      '(', '“', 'Remove', 'Stalin', '”', ')',
      'Trotsky’s', 're-election', ',', 'i', '.', 'e', '.', ',', '13.2.2005', '…', 'April', '16,1917', '...',
    ]);
    expect(tokens.map((t) => t.kind).slice(0, 3)).toEqual(['punct', 'punct', 'word']);
    const trotsky = tokens[6]!;
    expect([trotsky.witness, trotsky.line, trotsky.column, trotsky.offset, trotsky.end]).toEqual(['B', 7, 1, 19, 28]);
    expect(tokens[5]!.ws).toBe('\n\n');
  });

  it('counts columns from the excerpt’s start column on its first line', () => {
    const tokens = tokenize('A', 'one two\nthree', { line: 3, column: 10, offset: 50 });
    expect(tokens.map((t) => [t.text, t.line, t.column])).toEqual([
      ['one', 3, 10],
      ['two', 3, 14],
      ['three', 4, 1],
    ]);
  });
});

describe('normalize', () => {
  it('ignores case, quote and dash styles and invisible characters by default', () => {
    expect(normalizeText('“Remove Stalin”')).toBe('"remove stalin"');
    expect(normalizeText('Trotsky’s')).toBe("trotsky's");
    expect(normalizeText('1927–1928')).toBe('1927-1928');
    expect(normalizeText('re\u00ADelect')).toBe('reelect');
    expect(normalizeText('Cafe\u0301')).toBe('café');
  });

  it('each option can be turned off or on', () => {
    const o = defaultNormalizeOptions;
    expect(normalizeText('Stalin', { ...o, case: false })).toBe('Stalin');
    expect(normalizeText('“x”', { ...o, quotes: false })).toBe('“x”');
    expect(normalizeText('a—b', { ...o, dashes: false })).toBe('a—b');
    expect(normalizeText('re\u00ADelect', { ...o, whitespace: false })).toBe('re\u00ADelect');
    expect(normalizeText('re-elect', { ...o, punctuation: true })).toBe('reelect');
    expect(normalizeText('Trotsky’s', { ...o, punctuation: true })).toBe('trotskys');
    expect(normalizeText('—', { ...o, punctuation: true })).toBe('-');
  });
});

// The Heart Sutra's closing mantra (Xuanzang's version, 7th century; public domain) as the
// Taishō prints it and as the Song, Yuan and Ming editions read it (CBETA's apparatus to T251).
describe('tokenize and collate text written without spaces', () => {
  it('each Chinese or Japanese character is a token; Latin and Korean words stay whole', () => {
    const tokens = tokenize('A', '揭帝　揭帝　般羅揭帝，Gate gate');
    expect(tokens.map((t) => t.text)).toEqual(['揭', '帝', '揭', '帝', '般', '羅', '揭', '帝', '，', 'Gate', 'gate']);
    expect(tokens[1]!.ws).toBe('　'); // the ideographic space is whitespace, kept with its token
    expect(tokenize('A', 'いつれの御時にか').map((t) => t.text)).toEqual([...'いつれの御時にか']);
    expect(tokenize('A', '한국어 문장').map((t) => t.text)).toEqual(['한국어', '문장']);
  });

  it('a variant of one character is that character, not its clause', () => {
    const c = collateStrings(['揭帝揭帝，般羅揭帝，般羅僧揭帝，菩提僧莎訶', '揭諦揭諦，波羅揭諦，波羅僧揭諦，菩提薩婆訶']);
    const differing = columnsOf(c).filter(([a, b]) => a !== b);
    expect(differing).toEqual([['帝', '諦'], ['帝', '諦'], ['般', '波'], ['帝', '諦'], ['般', '波'], ['帝', '諦'], ['僧', '薩'], ['莎', '婆']]);
  });
});
