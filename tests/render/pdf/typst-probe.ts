import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface ProbeCompiler {
  mapShadow(path: string, content: Buffer): void;
  unmapShadow(path: string): void;
  query(args: { mainFilePath: string }, q: { selector: string; field?: string }): unknown;
}
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler') as { NodeCompiler: { create(args: { workspace: string }): ProbeCompiler } };

let compiler: ProbeCompiler | undefined;
let probes = 0;

// The text of a piece of content as Typst holds it after parsing the markup: text elements
// give their text, spaces a space, a box its body (an empty one is a place to break in a long run, typst-escape.ts LONG_RUN); anything else (a smart quote, a heading, a list, a raw
// block: markup that the escaping should have prevented) stops the probe with its repr.
const plainText = `#let plain(c) = if type(c) == str { c } else if c.func() == text { c.text } else if c.func() == box { let b = c.at("body", default: none); if b == none { "" } else { plain(b) } } else if c.has("children") { c.children.map(plain).sum(default: "") } else if c == [ ] { " " } else { panic("not plain text: " + repr(c)) }`;

/**
 * How Typst reads generated source: for each pair [markup, literal], the text of the markup
 * (as content) and the value of the string literal. Compiles one small document.
 */
export function typstReads(pairs: ReadonlyArray<readonly [markup: string, literal: string]>): Array<[string, string]> {
  compiler ??= NodeCompiler.create({ workspace: tmpdir() });
  const body = pairs.map(([markup, literal], i) => `#metadata((plain([${markup}]), ${literal}, ${i})) <probe>`).join('\n');
  // Each probe is a file of its own: one run of this test once read back the values of an
  // earlier probe (not reproduced since), and a new file rules out any cache keyed by path.
  // (In memory only: a shadow file is never written.)
  const file = join(tmpdir(), `tei-edition-probe-${process.pid}-${probes++}.typ`);
  compiler.mapShadow(file, Buffer.from(`${plainText}\n${body}\n`, 'utf8'));
  try {
    const values = compiler.query({ mainFilePath: file }, { selector: '<probe>', field: 'value' }) as Array<[string, string, number]>;
    if (!Array.isArray(values) || values.length !== pairs.length || values.some((v, i) => v[2] !== i)) {
      throw new Error(`Typst did not read the probe document (got ${JSON.stringify(values)?.slice(0, 200)})`);
    }
    return values.map(([text, value]) => [text, value]);
  } finally {
    compiler.unmapShadow(file);
  }
}
