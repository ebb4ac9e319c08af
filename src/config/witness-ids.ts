/**
 * The `xml:id` of each witness, from the siglum the editors print: a siglum that is an XML
 * name is its own id (`A`, `Q1`); another becomes one — letters without their accents, every
 * other run of characters a "-", a leading digit prefixed with "wit-" (`1818` → `wit-1818`,
 * `Ms. B` → `Ms-B`). An id given in the config wins; a derived id already taken gets "-2",
 * "-3"…. Deterministic: the same sigla in the same order give the same ids.
 */
export function witnessIds(witnesses: readonly { readonly siglum: string; readonly id?: string | undefined }[]): string[] {
  const taken = new Set(witnesses.flatMap((w) => (w.id === undefined ? [] : [w.id])));
  return witnesses.map((w) => {
    if (w.id !== undefined) return w.id;
    const stem = derivedId(w.siglum);
    let id = stem;
    for (let k = 2; taken.has(id); k++) id = `${stem}-${k}`;
    taken.add(id);
    return id;
  });
}

const xmlName = /^[A-Za-z_][A-Za-z0-9_-]*$/u;

function derivedId(siglum: string): string {
  if (xmlName.test(siglum)) return siglum;
  const plain = siglum
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (plain === '') return 'wit';
  return /^[A-Za-z_]/u.test(plain) ? plain : `wit-${plain}`;
}
