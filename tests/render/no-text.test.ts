import { describe, expect, it } from 'vitest';
import { renderHtmlFiles } from '../../src/render/html/index.js';
import { renderPdfBytes } from '../../src/render/pdf/index.js';

// A corpus file kept apart from its members (as DraCor's corpus.xml is): a header, no text.
const headerOnly = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Plays</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc><profileDesc><textClass><keywords><term>drama</term></keywords></textClass></profileDesc></teiHeader></teiCorpus>`;
const withText = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>One</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader><text><body><p>A word.</p></body></text></TEI>`;

describe('a TEI with no text', () => {
  it('is published with a warning that only its header is there, in HTML and PDF', async () => {
    const rules = (ds: readonly { rule: string }[]) => ds.map((d) => d.rule).filter((r) => r === 'render-no-text');
    expect(rules((await renderHtmlFiles(headerOnly, { threads: 1 })).diagnostics)).toEqual(['render-no-text']);
    expect(rules((await renderPdfBytes(headerOnly)).diagnostics)).toEqual(['render-no-text']);
    expect(rules((await renderHtmlFiles(withText, { threads: 1 })).diagnostics)).toEqual([]);
  }, 120_000);
});
