import stringWidth from 'string-width';
import type { Collation, Place, Token, VariantType } from './types.js';

export interface TableOptions {
  /** Width of the terminal (default 100). */
  readonly width?: number;
  /** Widest cell before its text wraps (default 30). */
  readonly cellWidth?: number;
  /** Agreement longer than this many words is shown as its first and last words (default 8). */
  readonly agreementWords?: number;
  /** A reading longer than this many words is shown as its first and last words (default 40). */
  readonly readingWords?: number;
  /** Variant classes shown as agreement (the base witness's text); default: the collation's `hide`. */
  readonly hide?: readonly VariantType[];
}

/** An empty reading: a sign no witness text is taken for (a dash could be the text's own). */
const EMPTY = '∅';
/** A paragraph break inside a cell. */
const PARAGRAPH = '¶';
const paragraphBreak = /\n[^\S\n]*\n/;
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

/** The first and last words of a long text, and how many words and paragraph breaks were left out. */
function abridge(text: string, limit: number, say: boolean): string {
  const words = text.split(' ');
  if (words.length <= limit) return text;
  const half = Math.max(1, Math.floor(limit / 2));
  const middle = words.slice(half, -half);
  const breaks = middle.filter((w) => w === PARAGRAPH).length;
  const count = middle.length - breaks;
  const gap = say || breaks > 0 ? ` … [${say ? `${count} more words` : ''}${say && breaks > 0 ? ', ' : ''}${breaks > 0 ? `${breaks} ${PARAGRAPH}` : ''}] … ` : ' … ';
  return `${words.slice(0, half).join(' ')}${gap}${words.slice(-half).join(' ')}`;
}

/** Tokens as the table shows them: a space between them, ¶ where the witness breaks a paragraph. */
const show = (tokens: readonly Token[]): string =>
  tokens.map((t, i) => t.text + (i === tokens.length - 1 ? '' : paragraphBreak.test(t.ws) ? ` ${PARAGRAPH} ` : t.ws !== '' ? ' ' : '')).join('');

/** The text of each witness at a place; long agreement and long readings are abridged. */
function cellsOf(c: Collation, place: Place, shownAs: 'agreement' | 'variant', agreementWords: number, readingWords: number): string[] {
  const tokensOf = (w: number): Token[] => {
    const out: Token[] = [];
    for (let col = place.from; col < place.to; col++) {
      const t = c.columns[col]!.cells[w];
      if (t) out.push(t);
    }
    return out;
  };
  const base = tokensOf(Math.max(0, c.witnesses.findIndex((x) => x.siglum === c.options.base)));
  const words = (ts: readonly Token[]) => ts.map((t) => t.text).join(' ');
  return c.witnesses.map((_, i) => {
    // Shown as agreement: each witness's own tokens (its paragraph breaks), the base's where a
    // hidden variant makes them differ.
    const own = tokensOf(i);
    const tokens = shownAs === 'variant' || words(own) === words(base) ? own : base;
    // A paragraph break after the place's last token is shown where it falls.
    const last = tokens[tokens.length - 1];
    const text = show(tokens) + (last && paragraphBreak.test(last.ws) ? ` ${PARAGRAPH}` : '');
    if (text === '') return EMPTY;
    return shownAs === 'agreement' ? abridge(text, agreementWords, false) : abridge(text, readingWords, true);
  });
}

/**
 * A plain-text alignment table for a terminal: a legend, one row per witness, one column per
 * place (variant places headed by their id and type; ∅ for an empty reading, ¶ for a paragraph
 * break; hidden classes read as agreement), wrapped into bands that fit the width, then a list of
 * the transpositions. It is a view: long stretches are abridged (the TEI and JSON
 * formats carry everything).
 */
export function toTable(c: Collation, options: TableOptions = {}): string {
  const width = options.width ?? 100;
  const cellWidth = options.cellWidth ?? 30;
  const agreementWords = options.agreementWords ?? 8;
  const readingWords = options.readingWords ?? 40;
  const hide = new Set(options.hide ?? c.options.hide);
  const labels = c.witnesses.map((w) => w.siglum);
  const labelWidth = Math.max(...labels.map((l) => stringWidth(l)), 1);
  // A hidden class reads as agreement: the base witness's text, joined with the agreement beside it.
  const shown: { place: Place; as: 'agreement' | 'variant' }[] = [];
  for (const place of c.places) {
    const as = place.kind === 'variant' && !(place.type && hide.has(place.type) && !place.transpositions) ? 'variant' : 'agreement';
    const prev = shown[shown.length - 1];
    if (as === 'agreement' && prev?.as === 'agreement') prev.place = { ...prev.place, to: place.to };
    else shown.push({ place, as });
  }
  const columns = shown.map(({ place, as }) => {
    const head = as === 'variant' ? [place.id!, place.type ?? ''] : ['', ''];
    const cells = cellsOf(c, place, as, agreementWords, readingWords).map((t) => wrap(t, cellWidth));
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
  out.unshift(`${EMPTY} no text in this witness   ${PARAGRAPH} paragraph break${hide.size > 0 ? `   hidden: ${[...hide].join(', ')}` : ''}`, '');
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
