import type { Inline } from '../model/inline.js';
import type { Block } from '../model/block.js';
import { attrs, pointer, pointers, type XMLBuilder } from './xml.js';
import type { TeiContext } from './context.js';

const nameElement = { person: 'persName', place: 'placeName', org: 'orgName', periodical: 'title' } as const;

/** Writes a run of inline content into `parent`. */
export function writeInlines(parent: XMLBuilder, run: readonly Inline[], ctx: TeiContext, writeBlocks: (p: XMLBuilder, b: readonly Block[]) => void): void {
  for (const node of run) {
    switch (node.kind) {
      case 'text':
        parent.txt(node.value);
        break;
      case 'ed':
        parent.txt(node.value);
        break;
      case 'lb':
        for (const l of node.lines) {
          const rend = [...(l.indent ? [`indent-${l.indent}`] : []), ...(l.trailing ? [`trailing-${l.trailing}`] : [])].join(' ');
          parent.ele('lb', { edRef: pointer(l.wit), n: String(l.line), ...(node.wrap ? { type: 'wrap' } : {}), ...(rend ? { rend } : {}) });
        }
        break;
      case 'verse': {
        // One milestone per number as printed, naming the witnesses that print it there.
        const byNumber = new Map<string, string[]>();
        for (const m of node.marks) byNumber.set(m.n, [...(byNumber.get(m.n) ?? []), m.wit]);
        for (const [n, wits] of byNumber) parent.ele('milestone', { unit: 'verse', n, edRef: pointers(wits) });
        break;
      }
      case 'label':
        writeInlines(parent.ele('label'), node.children, ctx, writeBlocks);
        break;
      case 'note': {
        const note = parent.ele(
          'note',
          attrs({
            'xml:id': node.id,
            n: node.n,
            place: node.place ?? 'foot',
            type: node.noteType,
            subtype: node.n !== undefined && node.markerText === undefined && node.place !== 'inline' ? 'unanchored' : undefined,
            resp: pointer(node.resp),
            cert: node.cert,
          }),
        );
        writeBlocks(note, node.blocks);
        break;
      }
      case 'name': {
        const el = parent.ele(
          nameElement[node.nameType],
          attrs({
            level: node.nameType === 'periodical' ? 'j' : undefined,
            type: node.signature ? 'signature' : undefined,
            ref: node.ref ? pointer(node.ref) : undefined,
            cert: node.ref ? node.cert : (node.cert ?? 'unknown'),
          }),
        );
        writeInlines(el, node.children, ctx, writeBlocks);
        break;
      }
      case 'date': {
        const el = parent.ele(
          'date',
          attrs({ when: node.when, notBefore: node.notBefore, notAfter: node.notAfter, from: node.from, to: node.to, cert: node.cert }),
        );
        writeInlines(el, node.children, ctx, writeBlocks);
        break;
      }
      case 'choice': {
        const choice = parent.ele('choice');
        writeInlines(choice.ele('sic'), node.sic, ctx, writeBlocks);
        const id = ctx.nextId('corr');
        choice.ele('corr', attrs({ 'xml:id': id, resp: pointer(node.resp), cert: node.cert, source: node.source })).txt(node.corr);
        if (node.reason) ctx.corrections.push({ target: id, resp: node.resp, reason: node.reason });
        break;
      }
      case 'supplied':
        parent.ele('supplied', attrs({ reason: node.reason, resp: pointer(node.resp), source: pointer(node.source) })).txt(node.value);
        break;
      case 'gap': {
        const gap = parent.ele('gap', attrs({ reason: node.reason, unit: node.unit, quantity: node.quantity, resp: pointer(node.resp) }));
        if (node.desc) gap.ele('desc').txt(node.desc);
        break;
      }
      case 'bibl':
        writeInlines(parent.ele('bibl'), node.children, ctx, writeBlocks);
        break;
      case 'q':
        writeInlines(parent.ele('q'), node.children, ctx, writeBlocks);
        break;
      case 'hi':
        writeInlines(parent.ele('hi', { rend: node.rend }), node.children, ctx, writeBlocks);
        break;
      case 'castPart':
        writeInlines(parent.ele(node.part), node.children, ctx, writeBlocks);
        break;
      case 'mark':
        parent.ele('metamark', { function: node.function }).txt(node.value);
        break;
      case 'title':
        writeInlines(parent.ele('title', attrs({ level: node.level, ref: node.ref ? pointer(node.ref) : undefined })), node.children, ctx, writeBlocks);
        break;
      case 'app': {
        const app = parent.ele('app', attrs({ 'xml:id': node.id, type: node.variantType, corresp: node.corresp?.length ? pointers(node.corresp) : undefined }));
        for (const r of node.readings) {
          const el = app.ele(r.lemma ? 'lem' : 'rdg', attrs({ wit: pointers(r.wit), type: r.variantType }));
          writeInlines(el, r.children, ctx, writeBlocks);
          if (r.blocks) writeBlocks(el, r.blocks);
        }
        break;
      }
      case 'variation':
        throw new Error('a passage with differing copies reached the TEI writer uncollated: the collate stage must run first');
    }
  }
}
