import { warning, type Diagnostic } from '../diagnostics/index.js';
import { rootElementName } from '../validate/doctype.js';
import { compiledStylesheet, transform } from './xslt.js';

/** A sourceDoc element (in any prefix) somewhere in the file. */
const sourceDoc = /<(?:[A-Za-z_][\w.-]*:)?sourceDoc[\s>]/;

/**
 * A TEI with neither a text nor a sourceDoc (a corpus's header without its members) publishes
 * its header alone: said, since the page of its text is then empty.
 */
export function withoutText(tei: string): Diagnostic[] {
  if (/<(?:[A-Za-z_][\w.-]*:)?(?:text|sourceDoc)[\s>/]/u.test(tei)) return [];
  return [
    warning({
      message: 'the TEI has no <text> and no <sourceDoc>: only its header is published',
      rule: 'render-no-text',
      stage: 'render',
      hint: 'a teiCorpus holds its members (TEI elements, in the file or by xi:include)',
    }),
  ];
}

/**
 * The TEI a renderer publishes, since both renderers read one TEI's header and text: the file
 * itself; a transcription kept only as a sourceDoc read as the text (xslt/source-doc.xsl); a
 * teiCorpus made one TEI of its members (xslt/corpus.xsl).
 */
export async function asOneTei(tei: string): Promise<string> {
  const read = sourceDoc.test(tei) ? transform(await compiledStylesheet('source-doc.xsl'), tei).output : tei;
  // the root is teiCorpus (in any prefix): only the prolog is read to tell
  if (rootElementName(read)?.replace(/^.*:/, '') !== 'teiCorpus') return read;
  return transform(await compiledStylesheet('corpus.xsl'), read).output;
}
