import { compiledStylesheet, transform } from './xslt.js';

/** The root element is teiCorpus (in any prefix): only the prolog is read to tell. */
const corpusRoot = /^\uFEFF?(?:\s+|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>)*<(?:[A-Za-z_][\w.-]*:)?teiCorpus[\s/>]/;

/**
 * The TEI a renderer publishes: the text itself, or for a teiCorpus one TEI made of its members
 * (xslt/corpus.xsl), since both renderers read one TEI's header and text.
 */
export async function asOneTei(tei: string): Promise<string> {
  if (!corpusRoot.test(tei)) return tei;
  return transform(await compiledStylesheet('corpus.xsl'), tei).output;
}
