import type { Block, Division, Figure, Quote } from '../model/block.js';
import type { Inline } from '../model/inline.js';
import { writeInlines } from './inline.js';
import { attrs, pointer, pointers, type XMLBuilder } from './xml.js';
import type { TeiContext } from './context.js';

const headType = { title: 'title', subtitle: 'sub', subheading: undefined, division: undefined } as const;

/**
 * Writes blocks (and, through them, their inline content) into `parent`. Inside a reading
 * (`inReading`) a heading is a `label`, since TEI readings may hold paragraphs but not heads.
 */
export function writeBlocks(parent: XMLBuilder, blocks: readonly Block[], ctx: TeiContext, inReading = false): void {
  const inl = (el: XMLBuilder, run: readonly Inline[]) => writeInlines(el, run, ctx, (p, b) => writeBlocks(p, b, ctx));
  for (const block of blocks) {
    switch (block.kind) {
      case 'div':
        writeDivision(parent, block, ctx);
        break;
      case 'p':
        inl(parent.ele('p', attrs({ 'xml:id': block.id })), block.children);
        break;
      case 'head':
        if (inReading) inl(parent.ele('label', attrs({ type: block.headType === 'subtitle' ? 'sub' : 'head', 'xml:id': block.id })), block.children);
        else inl(parent.ele('head', attrs({ type: headType[block.headType], 'xml:id': block.id })), block.children);
        break;
      case 'quote':
        writeQuote(parent, block, ctx);
        break;
      case 'list': {
        const cast = block.listType === 'cast';
        const list = parent.ele(cast ? 'castList' : 'list', attrs({ 'xml:id': block.id, type: block.ordered ? 'ordered' : undefined }));
        for (const item of block.items) inl(list.ele(cast ? 'castItem' : 'item', attrs({ 'xml:id': item.id, n: item.n })), item.children);
        break;
      }
      case 'dialogue':
        for (const s of block.speeches) {
          const sp = parent.ele('sp', attrs({ 'xml:id': s.id, who: s.who ? pointer(s.who) : undefined }));
          inl(sp.ele('speaker'), s.speaker);
          inl(sp.ele('p'), s.children);
        }
        break;
      case 'epigraph': {
        const epigraph = parent.ele('epigraph', attrs({ 'xml:id': block.id }));
        const holder = block.bibl.length ? epigraph.ele('cit') : epigraph;
        writeBlocks(holder.ele('quote'), block.blocks, ctx);
        if (block.bibl.length) inl(holder.ele('bibl'), block.bibl);
        break;
      }
      case 'break':
        inl(parent.ele('ab', attrs({ type: 'sectionBreak', 'xml:id': block.id })), block.children);
        break;
      case 'fw':
        inl(
          parent.ele('fw', attrs({ type: block.fwType, place: block.fwType === 'header' ? 'top' : 'bottom', 'xml:id': block.id })),
          block.children,
        );
        break;
      case 'lg': {
        // One stanza is the poem itself; several are lg inside the poem's lg.
        const poem = parent.ele('lg', attrs({ type: block.stanzas.length > 1 ? 'poem' : undefined, 'xml:id': block.id }));
        for (const lines of block.stanzas) {
          const holder = block.stanzas.length > 1 ? poem.ele('lg', { type: 'stanza' }) : poem;
          for (const l of lines) inl(holder.ele('l', attrs({ 'xml:id': l.id })), l.children);
        }
        break;
      }
      case 'sp': {
        const sp = parent.ele('sp', attrs({ 'xml:id': block.id, who: block.who ? pointer(block.who) : undefined }));
        if (block.speaker.length > 0) inl(sp.ele('speaker'), block.speaker);
        for (const part of block.parts) inl(sp.ele(part.kind), part.children);
        break;
      }
      case 'stage':
        inl(parent.ele('stage', attrs({ 'xml:id': block.id })), block.children);
        break;
      case 'opener':
      case 'closer': {
        const el = parent.ele(block.kind, attrs({ 'xml:id': block.id }));
        for (const part of block.parts) {
          if (part.kind === 'address') inl(el.ele('address').ele('addrLine'), part.children);
          else inl(el.ele(part.kind), part.children);
        }
        break;
      }
      case 'letter':
        writeBlocks(parent.ele('floatingText', attrs({ type: 'letter', 'xml:id': block.id })).ele('body'), block.blocks, ctx);
        break;
      case 'postscript':
        writeBlocks(parent.ele('postscript', attrs({ 'xml:id': block.id })), block.blocks, ctx);
        break;
      case 'figure':
        writeFigure(parent, block, ctx);
        break;
      case 'app': {
        const app = parent.ele('app', attrs({ 'xml:id': block.id, type: block.variantType }));
        for (const r of block.readings) writeBlocks(app.ele(r.lemma ? 'lem' : 'rdg', attrs({ wit: pointers(r.wit) })), r.blocks, ctx, true);
        for (const d of block.details ?? []) app.ele('witDetail', { wit: pointers(d.wit), type: d.type }).txt(d.text);
        break;
      }
    }
  }
}

/** A quotation; with its printed source a `cit`, as a signed document a `floatingText`. */
function writeQuote(parent: XMLBuilder, q: Quote, ctx: TeiContext): void {
  const inl = (el: XMLBuilder, run: readonly Inline[]) => writeInlines(el, run, ctx, (p, b) => writeBlocks(p, b, ctx));
  if (q.quoteType === 'document') {
    const body = parent.ele('floatingText', attrs({ type: 'document', 'xml:id': q.id })).ele('body');
    writeBlocks(body, q.blocks, ctx);
    if (q.signed) inl(body.ele('closer').ele('signed'), q.signed);
    return;
  }
  if (q.bibl) {
    const cit = parent.ele('cit', attrs({ type: 'block', 'xml:id': q.id }));
    writeBlocks(cit.ele('quote'), q.blocks, ctx);
    inl(cit.ele('bibl'), q.bibl);
    return;
  }
  writeBlocks(parent.ele('quote', attrs({ 'xml:id': q.id })), q.blocks, ctx);
}

/**
 * An illustration: its caption as `head` (further paragraphs of it as `p`), the marks of the
 * transcription's convention ("[Illustration:", "]") as `metamark`, so a reader of the edition
 * sees the caption and `extract` still gives the marks back.
 */
/** Whether a part of a figure holds words, not only the marks of the convention ("[Illustration:" alone on its line). */
const hasWords = (run: readonly Inline[]): boolean => run.some((n) => n.kind === 'text' ? /[\p{L}\p{N}]/u.test(n.value) : n.kind !== 'label' && n.kind !== 'lb');

function writeFigure(parent: XMLBuilder, fig: Figure, ctx: TeiContext): void {
  const el = parent.ele('figure', attrs({ type: 'illustration', 'xml:id': fig.id }));
  // A part with marks only ("[Illustration:" over a blank line, a closing "]" alone) belongs to
  // the caption beside it, so that the caption's first words are the figure's head.
  const parts: Inline[][] = [];
  fig.parts.forEach((run, k) => {
    const words = hasWords(run);
    if (parts.length > 0 && (!words || (k === 1 && !hasWords(parts[0]!)))) parts[parts.length - 1]!.push(...run);
    else parts.push([...run]);
  });
  parts.forEach((run, k) => {
    const holder = el.ele(k === 0 ? 'head' : 'p');
    let pending: Inline[] = [];
    const flush = () => {
      if (pending.length) writeInlines(holder, pending, ctx, (p, b) => writeBlocks(p, b, ctx));
      pending = [];
    };
    for (const node of run) {
      if (node.kind !== 'label') {
        pending.push(node);
        continue;
      }
      flush();
      writeInlines(holder.ele('metamark', { function: 'illustration' }), node.children, ctx, (p, b) => writeBlocks(p, b, ctx));
    }
    flush();
  });
}

export function writeDivision(parent: XMLBuilder, div: Division, ctx: TeiContext): void {
  const el = parent.ele('div', attrs({ type: div.divType, subtype: div.subtype, n: div.n, 'xml:id': div.id, resp: div.resp ? pointer(div.resp) : undefined }));
  writeBlocks(el, div.blocks, ctx);
}
