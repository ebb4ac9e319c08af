import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, repoRoot, type Site } from '../render/html/site.js';
import { launch } from './browser.js';
import { serve, type StaticServer } from './serve.js';

// The HTML edition in a real browser: the whole edition as built, and the fixtures.
let context: BrowserContext;
let edition: Site;
let constructs: Site;
let hostile: Site;
let german: Site;
let japanese: Site;
let hardWrapped: Site;
const servers: StaticServer[] = [];
let editionUrl: string;
let constructsUrl: string;
let hostileUrl: string;
let germanUrl: string;
let japaneseUrl: string;
let hardWrappedUrl: string;

const axeSource = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

beforeAll(async () => {
  [edition, constructs, hostile, german, japanese, hardWrapped] = await Promise.all([
    renderSite('tei/red-book.xml'),
    renderSite('tests/fixtures/html/constructs.xml'),
    renderSite('tests/fixtures/html/hostile.xml'),
    renderSite('tests/fixtures/html/constructs.xml', { lang: 'de' }),
    // a corpus file in Japanese (its source and licence: tests/corpus/sources.json)
    renderSite('tests/corpus/files/kouigenji-kiritsubo.xml'),
    // a witness wrapped at about 70 characters, shorter than the page's lines
    renderSite('examples/frankenstein/tei/frankenstein.xml'),
  ]);
  for (const s of [edition, constructs, hostile, german, japanese, hardWrapped]) servers.push(await serve(s.dir));
  [editionUrl, constructsUrl, hostileUrl, germanUrl, japaneseUrl, hardWrappedUrl] = servers.map((s) => s.url) as [string, string, string, string, string, string];
  context = await launch();
});

afterAll(async () => {
  await context?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** Opens a page and records what goes wrong on it: console errors, page errors, failed requests, dialogs. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

describe('every page of the edition', () => {
  it('loads with no console error, no failed request and no axe violation that is serious or critical', async () => {
    const report: string[] = [];
    for (const file of edition.pages()) {
      const { page, problems } = await open(editionUrl + file);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×)`);
      });
      report.push(...problems.map((p) => `${file}: ${p}`), ...violations.map((v) => `${file}: axe ${v}`));
      await page.close();
    }
    expect(report).toEqual([]);
  });

  it('saves a screenshot of a chapter page under output/', async () => {
    const { page } = await open(`${editionUrl}ch11.html`);
    const dir = join(repoRoot, 'output', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const buffer = await page.screenshot({ path: join(dir, 'html-ch11.png'), fullPage: false });
    expect(buffer.length).toBeGreaterThan(10_000);
    await page.close();
  });
});

describe('notes', () => {
  it('open as a pop-up from the keyboard and close with Escape, focus returning to the marker', async () => {
    const { page, problems } = await open(`${editionUrl}ch8.html`);
    const marker = page.locator('.text a.noteref').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.note-popup[role="dialog"]');
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.isVisible()).toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    expect(await popup.getAttribute('aria-labelledby')).toBe('note-popup-label');
    expect(await page.evaluate(() => document.activeElement?.closest('.note-popup') !== null)).toBe(true);
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    const noteText = (await page.locator(`[id="${noteId}"] .note-body`).innerText()).trim();
    expect((await popup.innerText()).replace(/\s+/g, ' ')).toContain(noteText.replace(/\s+/g, ' ').slice(0, 60));
    expect(page.url()).not.toContain('#'); // the pop-up replaced the jump to the note

    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    expect(await marker.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('noteref'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('line numbers in the margin', () => {
  it('prints one number on each line of the page, however many of the witness\'s lines start on it, at any width', async () => {
    const { page, problems } = await open(`${hardWrappedUrl}ch4.html`);
    // the tops of the numbers shown, and how many line starts share a line of the page with one
    const shown = () =>
      page.evaluate(() => {
        const marks = Array.from(document.querySelectorAll('article .lb')).filter((e) => getComputedStyle(e).display !== 'none');
        const tops = marks.filter((e) => !e.classList.contains('lb-crowded')).map((e) => e.getBoundingClientRect().top);
        return { tops, crowded: marks.filter((e) => e.classList.contains('lb-crowded')).length };
      });
    const overlapping = (tops: number[]) => tops.filter((t, i) => tops.slice(0, i).some((u) => Math.abs(u - t) < 8)).length;
    const wide = await shown();
    expect(wide.crowded).toBeGreaterThan(10);
    expect(overlapping(wide.tops)).toBe(0);
    await page.setViewportSize({ width: 700, height: 900 });
    await page.waitForTimeout(400);
    const narrow = await shown();
    expect(overlapping(narrow.tops)).toBe(0);
    expect(narrow.crowded).not.toBe(wide.crowded);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the witness switch', () => {
  it('shows chapter 11 with and without witness B\'s running head and footer', async () => {
    const { page, problems } = await open(`${editionUrl}ch11.html`);
    const text = (): Promise<string> => page.locator('article .text').innerText();
    const asA = await text();
    expect(asA).not.toContain('Last updated on');
    expect(asA).not.toContain('The Red Book');

    await page.locator('.witness-switch input[value="B"]').check();
    const asB = await text();
    expect(asB).toContain('Last updated on: 13.2.2005');
    expect(asB).toMatch(/The Red Book\s+On the Moscow Trials/);
    expect(asB).not.toEqual(asA);
    expect(await page.locator('.lb[data-wit="B"]').first().evaluate((e) => getComputedStyle(e).display)).not.toBe('none');

    await page.locator('.witness-switch input[value="A"]').check();
    expect(await text()).toEqual(asA);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('finds "Holtzman" and its results link into the text', async () => {
    const { page, problems } = await open(`${editionUrl}search.html?q=Holtzman`);
    const results = page.locator('#search-results li a');
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    expect(await page.locator('#search-status').innerText()).toMatch(/\d+ results? for “Holtzman”/);
    // the first result in a chapter (the register entry of Holtzman comes first)
    const first = page.locator('#search-results li', { has: page.locator('a[href^="ch"]') }).filter({ has: page.locator('mark') }).first();
    expect((await first.locator('mark').first().innerText()).toLowerCase()).toBe('holtzman');
    const href = (await first.locator('a').getAttribute('href'))!;
    expect(href).toMatch(/^ch\d+\.html#.+/);
    await first.locator('a').click();
    await page.waitForURL((u) => u.hash !== '');
    const target = page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`);
    expect(await target.innerText()).toContain('Holtzman');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the page script in the edition\'s language', () => {
  it('says what a search found and names the note\'s close button in German for a German edition', async () => {
    const { page, problems } = await open(`${germanUrl}search.html?q=Moscow`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-status').innerText()).toMatch(/^(1|\d+) Treffer für „Moscow“\.$/);
    await page.fill('#search-q', 'qqqzzz');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Nichts gefunden für „qqqzzz“.');
    await page.goto(`${germanUrl}ch1.html`);
    await page.locator('.text a.noteref').first().click();
    const close = page.locator('.note-popup .popup-close');
    expect(await close.innerText()).toBe('Schließen');
    expect(await close.getAttribute('aria-label')).toBe('Die Anmerkung schließen');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search without accents', () => {
  it('finds and marks a word however its accents and strokes are typed', async () => {
    const { page, problems } = await open(`${editionUrl}search.html?q=${encodeURIComponent('Piłsudski')}`);
    const inText = page.locator('#search-results li', { has: page.locator('a[href^="ch"]') });
    await expect.poll(() => inText.count()).toBeGreaterThan(0);
    expect(await inText.first().locator('mark').first().innerText()).toBe('Pilsudski');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search in a script written without spaces', () => {
  it('finds a Japanese word inside a sentence', async () => {
    const { page, problems } = await open(`${japaneseUrl}search.html?q=${encodeURIComponent('更衣')}`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results mark').first().innerText()).toBe('更衣');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('from disk (file://)', () => {
  it('follows relative links and searches without a server', async () => {
    const { page, problems } = await open(pathToFileURL(join(edition.dir, 'index.html')).href);
    await page.locator('.toc-list a').first().click();
    await page.waitForURL(/ch\d+\.html$/);
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 253, 248)'); // the CSS loaded
    await page.fill('#site-search', 'Holtzman');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\.html\?q=Holtzman/);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('corrections and dates', () => {
  it('flips between corrections and witness readings, and shows a date\'s normalised value on focus', async () => {
    const { page, problems } = await open(`${constructsUrl}ch1.html`);
    const corr = page.locator('#corr-1 .corr');
    const sic = page.locator('#corr-1 .sic');
    expect(await corr.isVisible()).toBe(true);
    expect(await sic.isVisible()).toBe(false);
    await page.locator('button.toggle-sic').click();
    expect(await page.locator('button.toggle-sic').getAttribute('aria-pressed')).toBe('true');
    expect(await corr.isVisible()).toBe(false);
    expect(await sic.isVisible()).toBe(true);

    const date = page.locator('time.date').first();
    expect(await date.locator('.tip').isVisible()).toBe(false);
    await date.focus();
    expect(await date.locator('.tip').isVisible()).toBe(true);
    expect(await date.locator('.tip').innerText()).toContain('1932-10');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('hostile text', () => {
  it('is shown as text: nothing runs, no dialog opens, on the page or in search results', async () => {
    for (const url of [`${hostileUrl}ch1.html`, `${hostileUrl}editorial.html`, `${hostileUrl}search.html?q=script`]) {
      const { page, problems } = await open(url);
      await page.waitForTimeout(200);
      expect(problems, url).toEqual([]);
      if (url.endsWith('ch1.html')) expect(await page.locator('#p-A1').innerText()).toContain('<script>alert(1)</script>');
      if (url.includes('search')) {
        await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
        expect(await page.locator('#search-results').innerText()).toContain('<script>');
      }
      expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
      await page.close();
    }
  });
});
