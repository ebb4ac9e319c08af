/** What the README of a new edition needs to know about it. */
export interface ReadmeFacts {
  readonly title: string;
  readonly configFile: string;
  readonly teiFile: string;
  readonly id: string;
}

/**
 * The README `init` writes for the editors of a new edition: what each file is for and what
 * to do next, in the order they will need it. Links point at the toolkit's documentation.
 */
export function editorReadme(f: ReadmeFacts): string {
  return `# ${f.title}: a digital edition made with tei-edition

## Build it

\`\`\`
npx tei-edition build
\`\`\`

This reads \`${f.configFile}\` and writes the TEI edition (\`${f.teiFile}\`), the web edition
(\`output/html/index.html\`), the print edition (\`output/${f.id}.pdf\`) and the review report
(\`output/review.md\`): what the toolkit could not decide alone and proposes to you.

## What is here

| file | what it is |
|---|---|
| \`${f.configFile}\` | the edition: its witnesses, the base witness, its data files and outputs |
| \`header.json\` | the facts of the TEI header: title, author, who edited, licence, sources, principles |
| \`witnesses/\` | the plain-text witnesses, copied byte for byte; their checksums are in the config |
| \`registers/\` | the registers of persons, places, organisations and works (TEI), which the annotation links names to |

## What to do next

1. Describe the witnesses in \`${f.configFile}\` (\`title\`, \`provenance\`) and the edition in
   \`header.json\`: what \`init\` wrote there are placeholders. Check the licence.
2. Build, then read \`output/review.md\`. It lists, with file:line:col:
   - text the structure rules could only read as plain paragraphs,
   - names in no register, each with a proposed register entry,
   - suspected transcription errors, each with a proposed correction.
   Accept a proposal with \`npx tei-edition review accept ID\`, or record that you do not want it
   with \`npx tei-edition review reject ID\`; build again.
3. Where the rules misread the layout of the text, say so in a structure overrides file; where
   a witness has an error, in the corrections file. Both name the text they apply to, so they
   survive later changes of the witness.

The toolkit's documentation explains every key of the config and every data file
(docs/reference/), the plain-text conventions it recognises (docs/plain-text-conventions.md)
and how an edition is made from start to finish (docs/make-your-own-edition.md).
`;
}
