/**
 * The body of a standalone collation in TEI (parallel segmentation), written so that every
 * witness can be given back byte for byte (see docs/tei-conventions.md, "Standalone collation"):
 * - text outside `app` is every witness's; a reading's text is its witnesses';
 * - `<lb edRef="#W" n="k"/>` starts line k of witness W only; where the other witnesses have a
 *   space, the space written just before the `lb` is not W's (wrapping is not a variant);
 * - an `ab` is a paragraph all witnesses break at the same place; a paragraph break of some
 *   witnesses only is `<milestone unit="paragraph" edRef="#W"/>` beside their `lb`s;
 * - spacing that is neither a space nor line breaks (double spaces, tabs, spaces at a line end)
 *   is kept in a small `app[@type='whitespace']`, which no one counts as a variant.
 */
import type { create } from 'xmlbuilder2';
import type { Collation, Place, PlaceReading, Token } from './types.js';

type XMLBuilder = ReturnType<typeof create>;

const onlyBreaks = /^\n+$/;
/** Line breaks, then the next line's indentation (no space before a break, so none is taken for the shared one). */
const indentedBreak = /^\n+[^\S\n]+$/;
const paragraphBreak = /\n[^\S\n]*\n/;

interface Gap {
  readonly siglum: string;
  readonly ws: string;
}

/** Writes the body's blocks and apparatus; `idPrefix` keeps app ids apart from sigla. */
export class BodyWriter {
  private ab: XMLBuilder | undefined;
  private readonly line = new Map<string, number>();
  private readonly sigla: readonly string[];
  /** Spacing before the next app that differs between witnesses: each reading starts with its own. */
  private pending: Map<string, string> | undefined;

  constructor(
    private readonly c: Collation,
    private readonly body: XMLBuilder,
    private readonly idPrefix: string,
  ) {
    this.sigla = c.witnesses.map((w) => w.siglum);
    for (const s of this.sigla) this.line.set(s, 1);
  }

  /** Writes every place; the body holds at least one `ab`. */
  write(): void {
    const block = this.block();
    for (const s of this.sigla) this.ele(block, 'lb', { edRef: `#${s}`, n: '1' });
    this.gap(block, this.c.witnesses.map((w) => ({ siglum: w.siglum, ws: w.text.slice(0, w.tokens[0]?.offset ?? w.text.length) })), true);
    this.c.places.forEach((place, i) => {
      if (place.kind === 'variant') this.app(place);
      else this.agreement(place, this.c.places[i + 1]?.kind === 'variant');
    });
    this.txt(this.body, '\n    ');
    this.flush();
  }

  private block(): XMLBuilder {
    if (!this.ab) {
      this.txt(this.body, '\n      ');
      this.ab = this.ele(this.body, 'ab');
    }
    return this.ab;
  }

  private tokensOf(place: Place, siglum: string): Token[] {
    const w = this.sigla.indexOf(siglum);
    const out: Token[] = [];
    for (let col = place.from; col < place.to; col++) {
      const t = this.c.columns[col]!.cells[w];
      if (t) out.push(t);
    }
    return out;
  }

  /** Every witness has the same tokens here; a gap that is a paragraph break in all of them starts a new `ab`. */
  private agreement(place: Place, appFollows: boolean): void {
    const tokens = this.sigla.map((s) => this.tokensOf(place, s));
    const n = tokens[0]!.length;
    for (let j = 0; j < n; j++) {
      let block = this.block();
      this.txt(block, tokens[0]![j]!.text);
      const gaps = this.sigla.map((s, i) => ({ siglum: s, ws: tokens[i]![j]!.ws }));
      if (j === n - 1 && appFollows && this.isOdd(gaps, false)) {
        // "hills" + ", or" against "hills" + " or": the space goes with the readings.
        this.pending = new Map(gaps.map((g) => [g.siglum, g.ws]));
        return;
      }
      const shared = gaps.every((g) => paragraphBreak.test(g.ws));
      if (shared) {
        this.ab = undefined;
        block = this.block();
      }
      this.gap(block, gaps, shared);
    }
  }

  /** A reading's tokens with each witness's own spacing after them. */
  private reading(parent: XMLBuilder, place: Place, witnesses: readonly string[]): void {
    const tokens = witnesses.map((s) => this.tokensOf(place, s));
    for (let j = 0; j < tokens[0]!.length; j++) {
      this.txt(parent, tokens[0]![j]!.text);
      this.gap(
        parent,
        witnesses.map((s, i) => ({ siglum: s, ws: tokens[i]![j]!.ws })),
        false,
      );
    }
  }

  private app(place: Place): void {
    const attrs: Record<string, string> = { 'xml:id': `${this.idPrefix}${place.id!}` };
    if (place.type) attrs['type'] = place.type;
    if (place.corresp && place.corresp.length > 0) attrs['corresp'] = place.corresp.map((id) => `#${this.idPrefix}${id}`).join(' ');
    const app = this.ele(this.block(), 'app', attrs);
    const base = this.c.options.base;
    // Readings that normalise alike form a group; a group of one is a plain reading.
    const done = new Set<PlaceReading>();
    for (const r of place.readings) {
      if (done.has(r)) continue;
      const group = r.text === '' ? [r] : place.readings.filter((q) => q.text !== '' && q.norm === r.norm);
      group.forEach((q) => done.add(q));
      // A group's type, when its readings share one (a group holding the lemma has none).
      const shared = group.every((q) => q.type !== undefined && q.type === group[0]!.type) ? group[0]!.type : undefined;
      const parent = group.length === 1 ? app : this.ele(app, 'rdgGrp', shared ? { type: shared } : {});
      for (const q of group) {
        const el = this.ele(parent, q.witnesses.includes(base) ? 'lem' : 'rdg', {
          wit: q.witnesses.map((s) => `#${s}`).join(' '),
          ...(q.type ? { type: q.type } : {}),
        });
        const pending = this.pending;
        if (pending) this.gap(el, q.witnesses.map((s) => ({ siglum: s, ws: pending.get(s)! })), false);
        this.reading(el, place, q.witnesses);
      }
    }
    this.pending = undefined;
  }

  private canonical(gaps: readonly Gap[], start: boolean): string {
    return start || gaps.every((g) => g.ws === '' || onlyBreaks.test(g.ws)) ? '' : ' ';
  }

  /** Spacing that only a whitespace app can keep. */
  private isOdd(gaps: readonly Gap[], start: boolean): boolean {
    const canonical = this.canonical(gaps, start);
    return gaps.some((g) => g.ws !== canonical && !onlyBreaks.test(g.ws));
  }

  /**
   * The whitespace after a token in several witnesses. `start`: at the start of a block, where
   * no space is shared.
   */
  private gap(parent: XMLBuilder, gaps: readonly Gap[], start: boolean): void {
    const canonical = this.canonical(gaps, start);
    // The same line breaks and indentation in every witness (verse): lines, then the indent.
    const first = gaps[0]!.ws;
    if (indentedBreak.test(first) && gaps.every((g) => g.ws === first)) {
      const indent = first.replace(/^\n+/, '');
      for (const g of gaps) for (let i = 0; i < first.length - indent.length; i++) this.lb(parent, g.siglum);
      if (indent !== '') this.txt(parent, indent);
      return;
    }
    if (this.isOdd(gaps, start)) {
      const app = this.ele(parent, 'app', { type: 'whitespace' });
      const forms = new Map<string, string[]>();
      for (const g of gaps) forms.set(g.ws, [...(forms.get(g.ws) ?? []), g.siglum]);
      for (const [ws, sigla] of forms) {
        const rdg = this.ele(app, 'rdg', { wit: sigla.map((s) => `#${s}`).join(' ') });
        ws.split('\n').forEach((part, i) => {
          if (i > 0) for (const s of sigla) this.lb(rdg, s);
          if (part !== '') this.txt(rdg, part);
        });
      }
      return;
    }
    if (canonical !== '') this.txt(parent, canonical);
    for (const g of gaps) {
      if (g.ws === canonical) continue;
      if (!start && paragraphBreak.test(g.ws)) this.ele(parent, 'milestone', { unit: 'paragraph', edRef: `#${g.siglum}` });
      for (let i = 0; i < g.ws.length; i++) this.lb(parent, g.siglum);
    }
  }

  /** Text is gathered and written as one node when an element follows (a node per token is slow). */
  private pendingParent: XMLBuilder | undefined;
  private pendingText = '';

  private txt(parent: XMLBuilder, text: string): void {
    if (this.pendingParent !== parent) this.flush();
    this.pendingParent = parent;
    this.pendingText += text;
  }

  private flush(): void {
    if (this.pendingParent && this.pendingText !== '') this.pendingParent.txt(this.pendingText);
    this.pendingParent = undefined;
    this.pendingText = '';
  }

  private ele(parent: XMLBuilder, name: string, attrs: Record<string, string> = {}): XMLBuilder {
    this.flush();
    return parent.ele(name, attrs);
  }

  private lb(parent: XMLBuilder, siglum: string): void {
    const n = this.line.get(siglum)! + 1;
    this.line.set(siglum, n);
    this.ele(parent, 'lb', { edRef: `#${siglum}`, n: String(n) });
  }
}
