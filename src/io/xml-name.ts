/**
 * XML names without a colon (NCName, XML 1.0 fifth edition and Namespaces in XML): what an
 * `xml:id` must be. Ids are checked where they are read, so that no later stage (the Typst
 * source, the HTML, a pointer) ever meets an id that is not one. Written out here because the
 * XML parsers we use check element and attribute names, not attribute values.
 */
const startChars =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const nameChars = `${startChars}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const ncName = new RegExp(`^[${startChars}][${nameChars}]*$`, 'u');

/** Whether `s` is an XML name without a colon (the value space of `xml:id`). */
export const isXmlName = (s: string): boolean => ncName.test(s);

/** Why an id is not an XML name, in words an editor can act on. */
export function notAnXmlName(id: string): string {
  return `xml:id ${JSON.stringify(id)} is not an XML name (it must start with a letter or "_" and hold only letters, digits, "_", "-" and "."; no spaces, quotes, brackets or "#")`;
}
