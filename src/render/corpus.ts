import { rootElementName } from '../validate/doctype.js';
import { compiledStylesheet, transform } from './xslt.js';

/**
 * The TEI a renderer publishes: the text itself, or for a teiCorpus one TEI made of its members
 * (xslt/corpus.xsl), since both renderers read one TEI's header and text.
 */
export async function asOneTei(tei: string): Promise<string> {
  // the root is teiCorpus (in any prefix): only the prolog is read to tell
  if (rootElementName(tei)?.replace(/^.*:/, '') !== 'teiCorpus') return tei;
  return transform(await compiledStylesheet('corpus.xsl'), tei).output;
}
