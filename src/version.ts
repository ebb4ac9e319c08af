/** Kept in step with package.json by a test, so the TEI header can name the toolkit's version. */
export const toolkitName = 'tei-edition';
export const toolkitVersion = '0.1.0';
