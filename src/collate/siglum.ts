/** Sigla become `xml:id`s and `#` pointers in the TEI. */
export const siglumPattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
