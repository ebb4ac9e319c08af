// dist/io/xml-name.js
var startChars = "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
var nameChars = `${startChars}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
var ncName = new RegExp(`^[${startChars}][${nameChars}]*$`, "u");
var isXmlName = (s) => ncName.test(s);
function notAnXmlName(id) {
  return `xml:id ${JSON.stringify(id)} is not an XML name (it must start with a letter or "_" and hold only letters, digits, "_", "-" and "."; no spaces, quotes, brackets or "#")`;
}

export {
  isXmlName,
  notAnXmlName
};
