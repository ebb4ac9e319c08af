// The seed TEI made n times longer for scaling cases: its body's content repeated n times,
// each copy's xml:ids (and the pointers to them within the copy) given a suffix, so that ids
// stay unique; pointers to the registers and the header are left as they are.
export function scaledTei(tei, n) {
  const open = tei.indexOf('<body');
  const start = tei.indexOf('>', open) + 1;
  const end = tei.lastIndexOf('</body>');
  const body = tei.slice(start, end);
  const ids = new Set([...body.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]));
  const copy = (k) =>
    k === 0
      ? body
      : body
          .replace(/xml:id="([^"]+)"/g, (_, id) => `xml:id="${id}-r${k}"`)
          .replace(/"#([^"\s]+)"|#([^"\s]+)(?=[\s"])/g, (m, a, b) => {
            const id = a ?? b;
            if (!ids.has(id)) return m;
            return a !== undefined ? `"#${id}-r${k}"` : `#${id}-r${k}`;
          });
  return tei.slice(0, start) + Array.from({ length: n }, (_, k) => copy(k)).join('\n') + tei.slice(end);
}
