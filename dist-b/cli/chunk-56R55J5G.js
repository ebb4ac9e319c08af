import {
  readXmlEvents
} from "./chunk-ZKZ6LJFI.js";
import {
  LineIndex
} from "./chunk-T54CWHVJ.js";

// dist/validate/xml/scan.js
function scanXml(text, also, limits) {
  const xmlIds = [];
  const handler = {
    startElement(tag) {
      for (const a of tag.attributes)
        if (a.qname === "xml:id")
          xmlIds.push({ id: a.value, offset: a.offset });
      also?.startElement(tag);
    },
    text: (t, offset) => also?.text(t, offset),
    endElement: (uri, local, offset) => also?.endElement(uri, local, offset)
  };
  const syntaxErrors = readXmlEvents(text, handler, limits);
  return { lines: new LineIndex(text), xmlIds, syntaxErrors };
}

export {
  scanXml
};
