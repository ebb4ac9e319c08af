// Turns chapter files of the Frankenstein Variorum (FrankensteinVariorum/fv-data,
// 2023-variorum-chapters/*.xml) into plain text as a printed book sets it: a heading line,
// paragraphs wrapped at 70 columns and separated by a blank line, verse lines indented, and
// footnotes ("*") at the end of their chapter. Usage:
//   node make-plain.mjs OUT.txt CHAPTER.xml [CHAPTER.xml …]
// The collation markup of the Variorum (seg, anchor, milestone) and its page breaks (pb) are
// dropped; the pretty-printing whitespace of its files is collapsed to single spaces.
import { readFileSync, writeFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';

const width = 70;

function wrap(text, indent = '') {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (indent + line + ' ' + word).length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const tidy = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.!?’”)])/g, '$1')
    .replace(/([“‘(]) /g, '$1')
    .trim();

function chapter(xml) {
  const blocks = []; // { kind: 'head'|'p'|'l'|'note', text }
  const notes = [];
  let current = null; // buffer of the block being read
  let skip = 0; // inside teiHeader
  const stack = [];
  const parser = new SaxesParser({ xmlns: true });
  const open = (kind) => {
    if (current && current.text.trim()) blocks.push({ kind: current.kind, text: tidy(current.text) });
    current = { kind, text: '' };
  };
  parser.on('opentag', (t) => {
    stack.push(t.local);
    if (t.local === 'teiHeader') skip++;
    if (skip) return;
    if (t.local === 'head') open('head');
    else if (t.local === 'p') open('p');
    else if (t.local === 'l') open('l');
    else if (t.local === 'note') {
      if (current && current.text.trim()) blocks.push({ kind: current.kind, text: tidy(current.text) });
      current = { kind: 'note', text: '', resume: current?.kind === 'l' ? 'p' : current?.kind ?? 'p' };
    }
  });
  parser.on('closetag', (t) => {
    stack.pop();
    if (t.local === 'teiHeader') skip--;
    if (skip) return;
    if (['head', 'p', 'l'].includes(t.local) && current) {
      if (current.text.trim()) blocks.push({ kind: current.kind, text: tidy(current.text) });
      current = { kind: 'p', text: '' };
    } else if (t.local === 'note' && current) {
      notes.push(tidy(current.text));
      current = { kind: current.resume, text: '' };
    }
  });
  parser.on('text', (s) => {
    if (skip || !current) return;
    current.text += s;
  });
  parser.write(xml).close();
  if (current && current.text.trim()) blocks.push({ kind: current.kind, text: tidy(current.text) });

  const out = [];
  let prev = null;
  for (const b of blocks) {
    if (b.kind === 'l') out.push(`${prev === 'l' ? '' : '\n'}${wrap(b.text, '      ')}`);
    else out.push(`\n${wrap(b.text)}`);
    prev = b.kind;
  }
  for (const n of notes) out.push(`\n${wrap(n)}`);
  return out.join('\n').replace(/^\n/, '');
}

const [outFile, ...inputs] = process.argv.slice(2);
if (!outFile || inputs.length === 0) {
  console.error('usage: node make-plain.mjs OUT.txt CHAPTER.xml [CHAPTER.xml …]');
  process.exit(2);
}
writeFileSync(outFile, `${inputs.map((f) => chapter(readFileSync(f, 'utf8'))).join('\n\n\n')}\n`);
