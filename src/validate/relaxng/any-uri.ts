/**
 * xsd:anyURI as XML Schema 1.0 defines it and jing reads it: a value is an anyURI when, with
 * its white space collapsed and the characters an IRI may hold but a URI may not %-escaped as
 * UTF-8 (every non-ASCII character, controls, space, `"<>\^`{|}`), it is a URI reference. So
 * an IRI (`#Γ`, a Greek siglum; `https://example.org/ü`) is one, as it is for jing; a bad
 * %-escape, a second `#` or a bracket outside a host are not. `isUriReference` is salve's own
 * RFC 3986 expression, which asked of the value unescaped refused every IRI. (RFC 3986 is a
 * little looser than the java.net.URI jing asks: it takes "a:", an empty path after a scheme.)
 */
export function isAnyUri(value: string, isUriReference: (uri: string) => boolean): boolean {
  const collapsed = value.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
  return isUriReference(collapsed.replace(/[^\x21-\x7e]|["<>\\^`{|}]/gu, (ch) => encodeURIComponent(ch)));
}
