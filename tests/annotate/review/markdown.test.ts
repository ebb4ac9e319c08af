import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReview } from '../../../src/annotate/index.js';
import { mdCode, mdFenced, mdText } from '../../../src/annotate/review/markdown.js';
import type { ReviewItem } from '../../../src/model/review.js';
import { runCli } from '../../helpers/cli.js';
import { scratchEdition } from '../scratch.js';

const hostile = '<img src=x onerror=alert(2)> & <script>alert(1)</script> | [x](javascript:alert(3)) *b* _i_ `code` ~~s~~ \\';

/** The Markdown outside fenced code blocks (inside them nothing is markup). */
function outsideFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^\s*(`{3,})/.exec(line);
    if (fence === undefined && m) fence = m[1];
    else if (fence !== undefined && m && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
    else if (fence === undefined) out.push(line);
  }
  return out.join('\n');
}

/** The cells of a table row, split where GFM splits them (at a `|` not escaped by a backslash). */
const cells = (row: string): string[] => row.trim().slice(1, -1).split(/(?<!\\)\|/);

describe('escaping for review.md', () => {
  it('mdText turns HTML into character references and Markdown punctuation into literals, on one line', () => {
    const out = mdText(`${hostile}\nline two`);
    expect(out).toBe(
      '&lt;img src=x onerror=alert(2)&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:alert(3)) \\*b\\* \\_i\\_ \\`code\\` \\~\\~s\\~\\~ \\\\ line two',
    );
    expect(out).not.toMatch(/[<>\n]/);
    expect(out).not.toMatch(/(?<!\\)[|`*_[\]]/);
  });

  it('mdCode fences a code span with more backticks than the text holds, so no backtick ends it', () => {
    expect(mdCode('corr-a-1234')).toBe('`corr-a-1234`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('``x')).toBe('``` ``x ```');
    expect(mdCode('a\nb')).toBe('`a b`');
  });

  it('mdFenced makes a fence no line of the text can close', () => {
    expect(mdFenced('<a/>\n```\n<b/>', 'xml', '  ')).toEqual(['  ````xml', '  <a/>', '  ```', '  <b/>', '  ````']);
    expect(mdFenced('<a/>', 'xml', '')).toEqual(['```xml', '<a/>', '```']);
  });
});

describe('review.md with hostile input text', () => {
  const at = (line: number) => ({ wit: 'A', start: { line, column: 1, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 4 } });
  const items: ReviewItem[] = [
    // A table (name-filtered, no id): text, proposal and place in cells.
    { rule: 'name-filtered', text: hostile, message: hostile, proposal: `a common word | ${hostile}`, at: at(1), file: 'wit|nesses/<a>.txt' },
    // A proposal (with an id): text, message, proposal, one-line details, XML details and places.
    {
      rule: 'corruption',
      id: 'corr-`x`-1234',
      text: hostile,
      message: `“${hostile}”`,
      proposal: hostile,
      details: [`context: ${hostile}`, 'register entry:\n<person xml:id="x">\n```\n<note>&lt;img&gt;</note>\n</person>'],
      at: at(2),
      file: 'a.txt',
      rank: 1,
    },
    // A plain list item, an editorial decision and a rule of another stage.
    { rule: 'date-season', text: hostile, message: hostile, proposal: hostile, at: at(3), file: 'a.txt' },
    { rule: 'editorial-decision', text: hostile, message: hostile },
    { rule: 'other-`stage`', text: hostile, message: hostile, at: at(4), file: 'a.txt' },
  ];
  const { markdown } = renderReview({ id: 'ed<i>x</i>', review: items });
  const prose = outsideFences(markdown);

  it('writes no HTML tag, autolink, link or code span of the input outside the fenced XML', () => {
    expect(prose).not.toMatch(/<(?:img|script|b|i|a)\b/i);
    expect(prose).not.toContain('</');
    expect(prose).not.toContain('[x](');
    expect(prose).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(prose).toContain('# Review report: ed&lt;i&gt;x&lt;/i&gt;');
    expect(prose).toContain('### `` other-`stage` `` (1)');
    expect(prose).toContain('``corr-`x`-1234``');
  });

  it('keeps a table row to its four cells whatever the text holds', () => {
    const rows = prose.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| text '));
    expect(rows).toHaveLength(1);
    expect(cells(rows[0]!)).toHaveLength(4);
    expect(cells(rows[0]!)[3]).toContain('wit\\|nesses/&lt;a&gt;.txt:1:1');
  });

  it('keeps the proposed entry as XML in a fence that a line of backticks inside does not close', () => {
    expect(markdown).toContain('  ````xml\n  <person xml:id="x">\n  ```\n  <note>&lt;img&gt;</note>\n  </person>\n  ````');
  });

  it('escapes the context lines of a witness with HTML in it (review run through the CLI)', async () => {
    const dir = scratchEdition('It was dark. <svg/onload=alert(1)> nigth and <img src=x onerror=alert(2)> wetted.\n\nThe end came.\n');
    try {
      const r = await runCli(['review'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('context: ');
      expect(outsideFences(r.stdout)).not.toMatch(/<(?:img|svg)\b/);
      expect(r.stdout).toContain('&lt;img src=x onerror=alert(2)&gt;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
