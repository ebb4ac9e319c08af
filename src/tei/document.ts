import { XmlElement } from './tree.js';
import type { Edition } from '../model/edition.js';
import { writeBlocks, writeDivision } from './blocks.js';
import { createTeiContext } from './context.js';
import { writeHeader } from './header.js';
import { isElementOnly } from './layout.js';
import { serializeDocument } from './serialize.js';
import { TEI_NS, pointer } from './xml.js';

/**
 * The edition as a TEI P5 document (a string, UTF-8 declared). Deterministic: the same
 * edition gives the same bytes (no timestamps; ids derive from witness lines).
 */
export function toTei(edition: Edition): string {
  const tei = new XmlElement('TEI', { 'xml:id': edition.id, 'xml:lang': edition.header.language.ident }, TEI_NS);
  writeHeader(tei, edition);
  const ctx = createTeiContext();
  const text = tei.ele('text');
  if (edition.front.length > 0) {
    const front = text.ele('front');
    for (const div of edition.front) writeDivision(front, div, ctx);
  }
  writeBlocks(text.ele('body'), edition.body, ctx);
  if (edition.back && edition.back.length > 0) {
    const back = text.ele('back');
    for (const div of edition.back) writeDivision(back, div, ctx);
  }
  // The registers go in as the editors wrote them (their list element, verbatim).
  const raw = new Map<unknown, string[]>();
  // An empty register (a new edition's, before its first accepted proposal) would be an empty list, which TEI refuses.
  const registers = edition.registers.filter((r) => r.entries.length > 0);
  if (registers.length > 0 || ctx.corrections.length > 0) {
    const standOff = tei.ele('standOff');
    const inherited = ` xmlns="${TEI_NS}"`;
    raw.set(
      standOff.node,
      registers.map((r) => `\n    ${r.xml.replace(/^(<[^>]*?)(?: xmlns="[^"]*")/, (m, tag: string) => (m.endsWith(inherited) ? tag : m))}`),
    );
    if (ctx.corrections.length > 0) {
      const list = standOff.ele('listAnnotation', { type: 'corrections' });
      for (const c of ctx.corrections) {
        list.ele('note', { type: 'correction', target: pointer(c.target), resp: pointer(c.resp) }).txt(c.reason);
      }
    }
  }
  return serializeDocument(tei, { raw, indent: isElementOnly });
}
