import stringWidth from 'string-width';
import type { Collation, Place } from './types.js';

export interface TableOptions {
  /** Width of the terminal (default 100). */
  readonly width?: number;
  /** Widest cell before its text wraps (default 30). */
  readonly cellWidth?: number;
  /** Agreement longer than this many words is shown as its first and last words (default 8). */
  readonly agreementWords?: number;
  /** A reading longer than this many words is shown as its first and last words (default 40). */
  readonly readingWords?: number;
}

const EMPTY = '–';
const SEP = ' │ ';

/** Wraps text at spaces so no line is wider than `width` (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && stringWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

/** The first and last words of a long text, and how many were left out. */
function abridge(text: string, limit: number, say: boolean): string {
  const words = text.split(' ');
  if (words.length <= limit) return text;
  const half = Math.max(1, Math.floor(limit / 2));
  const gap = say ? ` … [${words.length - 2 * half} more words] … ` : ' … ';
  return `${words.slice(0, half).join(' ')}${gap}${words.slice(-half).join(' ')}`;
}

/** The text of each witness at a place; long agreement and long readings are abridged. */
function cellsOf(c: Collation, place: Place, agreementWords: number, readingWords: number): string[] {
  return c.witnesses.map((w) => {
    const reading = place.readings.find((r) => r.witnesses.includes(w.siglum));
    const text = reading?.text ?? '';
    if (text === '') return EMPTY;
    return place.kind === 'agreement' ? abridge(text, agreementWords, false) : abridge(text, readingWords, true);
  });
}

/**
 * A plain-text alignment table for a terminal: one row per witness, one column per place
 * (variant places headed by their id and type), wrapped into bands that fit the width, then a
 * list of the transpositions. It is a view: long stretches are abridged (the TEI and JSON
 * formats carry everything).
 */
export function toTable(c: Collation, options: TableOptions = {}): string {
  const width = options.width ?? 100;
  const cellWidth = options.cellWidth ?? 30;
  const agreementWords = options.agreementWords ?? 8;
  const readingWords = options.readingWords ?? 40;
  const labels = c.witnesses.map((w) => w.siglum);
  const labelWidth = Math.max(...labels.map((l) => stringWidth(l)), 1);
  const columns = c.places.map((place) => {
    const head = place.kind === 'variant' ? [place.id!, place.type ?? ''] : ['', ''];
    const cells = cellsOf(c, place, agreementWords, readingWords).map((t) => wrap(t, cellWidth));
    const w = Math.max(...head.map((h) => stringWidth(h)), ...cells.flat().map((l) => stringWidth(l)), 1);
    return { head, cells, width: w };
  });
  const out: string[] = [];
  let i = 0;
  while (i < columns.length) {
    // One band: as many places as fit the width (at least one).
    let used = labelWidth;
    let j = i;
    while (j < columns.length && (j === i || used + SEP.length + columns[j]!.width <= width)) {
      used += SEP.length + columns[j]!.width;
      j++;
    }
    const band = columns.slice(i, j);
    const row = (label: string, parts: string[]): string => `${pad(label, labelWidth)}${SEP}${parts.join(SEP)}`.trimEnd();
    if (out.length > 0) out.push('');
    for (const h of [0, 1]) {
      if (band.some((col) => col.head[h] !== '')) out.push(row('', band.map((col) => pad(col.head[h]!, col.width))));
    }
    out.push(`${'─'.repeat(labelWidth)}─┼─${band.map((col) => '─'.repeat(col.width)).join('─┼─')}`);
    labels.forEach((label, w) => {
      const height = Math.max(...band.map((col) => col.cells[w]!.length));
      for (let l = 0; l < height; l++) {
        out.push(row(l === 0 ? label : '', band.map((col) => pad(col.cells[w]![l] ?? '', col.width))));
      }
    });
    i = j;
  }
  if (c.transpositions.length > 0) {
    out.push('', 'Transpositions:');
    const placesOf = (from: number, to: number): string =>
      c.places
        .filter((p) => p.kind === 'variant' && p.from < to && p.to > from)
        .map((p) => p.id)
        .join(', ');
    for (const t of c.transpositions) {
      const [a, b] = t.sides;
      const words = a.tokens.filter((tok) => tok.witness === a.witnesses[0]).map((tok) => tok.text).join(' ');
      out.push(`  ${t.id}: “${words}” ${a.witnesses.join(' ')} at ${placesOf(a.from, a.to)} ↔ ${b.witnesses.join(' ')} at ${placesOf(b.from, b.to)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
