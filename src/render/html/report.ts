/** An element the stylesheet rendered with its catch-all rule. */
export interface UnhandledElement {
  readonly element: string;
}

const marker = /<(?:span|div|tr) class="tei-unhandled" data-tei-element="([^"]*)"/g;

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);

/**
 * The elements a page rendered with the catch-all rule (xslt/html/fallback.xsl marks each
 * with its TEI name and place), so they can be reported as warnings: the stylesheet cannot
 * hand messages back through SaxonJS's transform result, but its output can carry them.
 */
export function unhandledElements(html: string): UnhandledElement[] {
  return [...html.matchAll(marker)].map((m) => ({ element: unescape(m[1]!) }));
}
