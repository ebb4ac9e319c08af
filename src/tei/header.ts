import type { Edition } from '../model/edition.js';
import type { Division } from '../model/block.js';
import { forEachInline } from '../model/walk.js';
import { toolkitName, toolkitVersion } from '../version.js';
import { extentWords } from './header-words.js';
import { writeCorrespondence } from './correspondence.js';
import { attrs, pointer, type XMLBuilder } from './xml.js';

/** TEI elements of editorialDecl; other principle sections become plain paragraphs. */
const declParts = new Set(['correction', 'normalization', 'quotation', 'hyphenation', 'segmentation', 'interpretation', 'punctuation']);

/** Where each witness's divisions lie, as witness lines: the relation of a fragment to the book. */
function witnessExtent(edition: Edition, wit: string): { div: Division; from: number; to: number }[] {
  const out: { div: Division; from: number; to: number }[] = [];
  for (const div of edition.body) {
    if (!div.witnesses.includes(wit)) continue;
    let from = Infinity;
    let to = 0;
    forEachInline(div.blocks, (node) => {
      if (node.kind !== 'lb') return;
      for (const l of node.lines) {
        if (l.wit !== wit) continue;
        from = Math.min(from, l.line);
        to = Math.max(to, l.line);
      }
    });
    if (to > 0) out.push({ div, from, to });
  }
  return out;
}

export function writeHeader(tei: XMLBuilder, edition: Edition): void {
  const h = edition.header;
  const header = tei.ele('teiHeader');
  const fileDesc = header.ele('fileDesc');

  const titleStmt = fileDesc.ele('titleStmt');
  titleStmt.ele('title', { type: 'main' }).txt(h.title);
  if (h.subtitle) titleStmt.ele('title', { type: 'sub' }).txt(h.subtitle);
  titleStmt.ele('author', { ref: pointer(h.author.ref) }).txt(h.author.name);
  for (const r of h.responsibilities) {
    const rs = titleStmt.ele('respStmt', { 'xml:id': r.id });
    rs.ele('resp').txt(r.resp);
    rs.ele(r.kind === 'org' ? 'orgName' : 'persName').txt(r.name);
  }

  fileDesc.ele('editionStmt').ele('edition').txt(`${h.edition}, `).ele('date', { when: h.date }).txt(h.date);

  const pub = fileDesc.ele('publicationStmt');
  pub.ele('publisher').txt(h.publisher);
  if (h.pubPlace) pub.ele('pubPlace').txt(h.pubPlace);
  pub.ele('date', { when: h.date }).txt(h.date);
  pub.ele('availability').ele('licence', { target: h.licence.target }).txt(h.licence.text);

  const sourceDesc = fileDesc.ele('sourceDesc');
  const listBibl = sourceDesc.ele('listBibl');
  for (const s of h.sources) {
    const bibl = listBibl.ele('bibl', attrs({ 'xml:id': s.id, 'xml:lang': s.language }));
    if (s.title) bibl.ele('title').txt(s.title);
    if (s.author) bibl.ele('author').txt(s.author);
    if (s.publisher) bibl.ele('publisher').txt(s.publisher);
    if (s.pubPlace) bibl.ele('pubPlace').txt(s.pubPlace);
    if (s.date) bibl.ele('date', attrs({ when: s.when })).txt(s.date);
    bibl.ele('note', { type: 'description' }).txt(s.label);
    if (s.note) bibl.ele('note').txt(s.note);
  }
  const listWit = sourceDesc.ele('listWit');
  for (const w of edition.witnesses) {
    const witness = listWit.ele('witness', { 'xml:id': w.id, n: w.siglum });
    witness.ele('abbr', { type: 'siglum' }).txt(w.siglum);
    witness.txt(' ');
    witness.ele('title').txt(w.title);
    witness.ele('note', { type: 'provenance' }).txt(w.provenance);
    // How the file was written beyond its text, so that extraction gives back its very bytes.
    const form = fileForm(w);
    if (form) witness.ele('note', { type: 'encoding', subtype: form.subtype }).txt(form.text);
    if (w.url) witness.ele('ptr', { target: w.url });
    const extent = witnessExtent(edition, w.id);
    const say = extentWords(h.language.ident);
    const scope = witness.ele('note', { type: 'extent' });
    scope.txt(say.file(w.source ?? w.file, w.byteLength, w.sha256));
    extent.forEach((e, i) => {
      if (i > 0) scope.txt(i === extent.length - 1 ? say.and : ', ');
      scope.ele('ref', { target: pointer(e.div.id) }).txt(e.div.n !== undefined ? say.numbered(e.div.divType, e.div.n) : say.unnumbered(e.div.divType));
      // The empty line after a file's last line end is no line an editor counts ("wc -l").
      scope.txt(say.lines(e.from, Math.max(e.from, Math.min(e.to, w.text.endsWith('\n') ? w.lineStarts.length - 1 : w.lineStarts.length))));
    });
    scope.txt(w.scope ? say.fragment(w.scope.chapter) : '.');
  }

  const enc = header.ele('encodingDesc');
  if (h.projectDesc) enc.ele('projectDesc').ele('p').txt(h.projectDesc);
  const decl = enc.ele('editorialDecl');
  for (const [key, paras] of Object.entries(h.principles)) {
    if (declParts.has(key)) {
      const part = decl.ele(key);
      for (const p of paras) part.ele('p').txt(p);
    } else {
      for (const p of paras) decl.ele('p', { n: key }).txt(p);
    }
  }
  if (edition.witnesses.length > 1) enc.ele('variantEncoding', { method: 'parallel-segmentation', location: 'internal' });
  const app = enc.ele('appInfo').ele('application', { ident: toolkitName, version: toolkitVersion });
  app.ele('label').txt(toolkitName);
  app.ele('desc').txt('Up-conversion of plain-text witnesses to TEI: structure, notes, annotation and collation.');

  const profile = header.ele('profileDesc');
  if (h.workDate) profile.ele('creation').ele('date', { when: h.workDate.when }).txt(h.workDate.text);
  profile.ele('langUsage').ele('language', { ident: h.language.ident }).txt(h.language.name);
  writeCorrespondence(profile, edition);
}

/**
 * A witness file's byte order mark and CRLF line ends, which the decoded text (and so the
 * TEI's lines) no longer show: `bom`, `crlf` or `bom-crlf`, read back by extraction. Nothing for
 * a plain UTF-8 file with LF line ends.
 */
export function fileForm(w: { readonly hadBom: boolean; readonly lineEnding: 'lf' | 'crlf' }): { subtype: string; text: string } | undefined {
  if (!w.hadBom && w.lineEnding === 'lf') return undefined;
  const parts = [...(w.hadBom ? ['bom'] : []), ...(w.lineEnding === 'crlf' ? ['crlf'] : [])];
  const text = `The file is UTF-8${w.hadBom ? ' with a byte order mark' : ''}${w.lineEnding === 'crlf' ? ', its lines ending in CR LF' : ''}.`;
  return { subtype: parts.join('-'), text };
}
