import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ProbeCompiler {
  query(args: { mainFileContent: string }, q: { selector: string; field?: string }): unknown;
}
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler') as { NodeCompiler: { create(): ProbeCompiler } };

let compiler: ProbeCompiler | undefined;

// The text of a piece of content as Typst holds it after parsing the markup: text elements
// give their text, spaces a space; anything else (a smart quote, a heading, a list, a raw
// block: markup that the escaping should have prevented) stops the probe with its repr.
const plainText = `#let plain(c) = if type(c) == str { c } else if c.func() == text { c.text } else if c.has("children") { c.children.map(plain).sum(default: "") } else if c == [ ] { " " } else { panic("not plain text: " + repr(c)) }`;

/**
 * How Typst reads generated source: for each pair [markup, literal], the text of the markup
 * (as content) and the value of the string literal. Compiles one small document.
 */
export function typstReads(pairs: ReadonlyArray<readonly [markup: string, literal: string]>): Array<[string, string]> {
  compiler ??= NodeCompiler.create();
  const body = pairs.map(([markup, literal], i) => `#metadata((plain([${markup}]), ${literal}, ${i})) <probe>`).join('\n');
  const values = compiler.query({ mainFileContent: `${plainText}\n${body}\n` }, { selector: '<probe>', field: 'value' }) as Array<[string, string, number]>;
  if (!Array.isArray(values) || values.length !== pairs.length) {
    throw new Error(`Typst did not read the probe document (got ${JSON.stringify(values)?.slice(0, 200)})`);
  }
  return values.map(([text, value]) => [text, value]);
}
