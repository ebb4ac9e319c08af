import type { Block, Division } from '../model/block.js';
import type { DateNode, Inline, NameNode } from '../model/inline.js';
import type { Edition } from '../model/edition.js';
import { plainText } from '../model/walk.js';
import { attrs, pointer, type XMLBuilder } from './xml.js';

/** "TO CHARLES COWDEN CLARKE.", "_To Mrs. Smith._": whom a letter's heading says it is to. */
const addressee = /^\s*[_*]?to\s+(.*?)[\s._*]*$/iu;

/** The letters of the body, inside parts or books too. */
function letters(divs: readonly Block[]): Division[] {
  return divs.flatMap((d) => (d.kind !== 'div' ? [] : d.divType === 'letter' ? [d] : letters(d.blocks)));
}

/** The first node of a kind in a run, in the text as the base reading gives it (not in a note: "[March 2, 1817?].[10]" cites a note that dates another letter). */
function first<K extends 'date' | 'name'>(run: readonly Inline[], kind: K, type?: NameNode['nameType']): Extract<Inline, { kind: K }> | undefined {
  for (const n of run) {
    if (n.kind === kind && (type === undefined || (n as NameNode).nameType === type)) return n as Extract<Inline, { kind: K }>;
    const inner = n.kind === 'app' ? (n.readings.find((r) => r.lemma) ?? n.readings[0])?.children : n.kind !== 'note' && 'children' in n && Array.isArray(n.children) ? (n.children as readonly Inline[]) : undefined;
    const found = inner ? first(inner, kind, type) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * Each letter of a collection of letters, as the header of an edition of correspondence
 * describes it (TEI `correspDesc`, one per letter, pointing to its division): sent by the
 * author of the collection, from the place and on the date of its dateline, received by whom
 * its heading names ("I.--TO CHARLES COWDEN CLARKE."). Only letters so headed are described:
 * a letter of a novel ("Letter 1") has no such heading.
 */
export function writeCorrespondence(profile: XMLBuilder, edition: Edition): void {
  const author = edition.header.author;
  for (const letter of letters(edition.body)) {
    const printed = letter.printed?.find((p) => p.wit === edition.base) ?? letter.printed?.[0];
    const to = printed?.title !== undefined ? addressee.exec(printed.title)?.[1] : undefined;
    if (!to) continue;
    const head = letter.blocks.find((b) => b.kind === 'head');
    const dateline = letter.blocks.flatMap((b) => (b.kind === 'opener' ? b.parts.filter((p) => p.kind === 'dateline') : []))[0];
    const desc = profile.ele('correspDesc', { ref: `#${letter.id}` });
    const sent = desc.ele('correspAction', { type: 'sent' });
    sent.ele('persName', attrs({ ref: author.ref ? pointer(author.ref) : undefined })).txt(author.name);
    if (dateline) {
      const place = first(dateline.children, 'name', 'place');
      // "[London,] November 20, 1816.": the place is what stands before the first comma.
      const named = place ? plainText(place.children) : /^[\s[_*]*([\p{L}][\p{L}\s.'’-]*?)[\s\]]*,/u.exec(plainText(dateline.children))?.[1];
      if (named) sent.ele('placeName', attrs({ ref: place?.ref })).txt(named);
      const date: DateNode | undefined = first(dateline.children, 'date');
      if (date && (date.when ?? date.notBefore ?? date.from)) {
        sent.ele('date', attrs({ when: date.when, notBefore: date.notBefore, notAfter: date.notAfter, from: date.from, to: date.to, cert: date.cert })).txt(plainText(date.children));
      }
    }
    // (Linked only where the name is the whole of whom it is to, "MARIANE AND JANE REYNOLDS" being
    // no one's name, and as surely as in the text.)
    const person = head?.kind === 'head' ? first(head.children, 'name', 'person') : undefined;
    const whole = person !== undefined && plainText(person.children).trim().toLowerCase() === to.trim().toLowerCase();
    desc.ele('correspAction', { type: 'received' }).ele('persName', attrs(whole ? { ref: person.ref, cert: person.cert } : {})).txt(to);
  }
}
