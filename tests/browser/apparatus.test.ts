import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './browser.js';

// The apparatus views of a three-witness edition (the Frankenstein example) in a real browser:
// the variant filter and the synoptic view.
const held = siteInBrowser('examples/frankenstein/tei/frankenstein.xml');

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await held.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(held.server.url + file, { waitUntil: 'load' });
  return { page, errors };
}

describe('the variant filter on a chapter page', () => {
  it('hides the punctuation variants (entries and marks) when their box is unticked, and shows them again', async () => {
    const { page, errors } = await open('ch4.html');
    const box = page.locator('.variant-filter input[value="punctuation"]');
    await expect(box.isVisible()).resolves.toBe(true);
    // entries of punctuation alone; one of them and its mark in the text
    const entry = page.locator('li[data-vt="punctuation"]').first();
    const id = (await entry.getAttribute('id'))!.replace(/^entry-/, '');
    const mark = page.locator(`[id="${id}"] > .app-mark`);
    const substantive = page.locator('li[data-vt="substantive"]').first();
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(mark.isVisible()).resolves.toBe(true);

    await box.uncheck();
    await expect(entry.isVisible()).resolves.toBe(false);
    await expect(mark.isVisible()).resolves.toBe(false);
    await expect(substantive.isVisible()).resolves.toBe(true);
    const shownPunctuation = await page.locator('li[data-vt="punctuation"]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(shownPunctuation).toBe(0);

    await box.check();
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(mark.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every variant and no filter without JavaScript', async () => {
    const page = await held.context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(held.server.url + 'ch4.html', { waitUntil: 'load' });
    await expect(page.locator('.variant-filter').isVisible()).resolves.toBe(false);
    const hidden = await page.locator('li[data-vt]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent === null).length);
    expect(hidden).toBe(0);
    expect(await page.locator('li[data-vt]').count()).toBeGreaterThan(10);
    await page.close();
  });
});

describe('the synoptic view', () => {
  it('opens from the chapter’s apparatus and shows the three witnesses side by side; a column can be hidden', async () => {
    const { page, errors } = await open('ch5.html');
    await page.locator('.synopsis-link a').click();
    await page.waitForURL(/ch5-synopsis\.html$/);
    const heads = await page.locator('.synopsis thead th').allTextContents();
    expect(heads.map((h) => h.trim().split(' ')[0])).toEqual(['1818', '1823', '1831']);
    // the row of the letter's salutation: 1831 has its own reading
    const row = page.locator('.synopsis tbody tr', { hasText: 'My dearest Cousin' }).first();
    const cells = (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['“MY DEAR COUSIN,', '“MY DEAR COUSIN,', '“My dearest Cousin,']);

    const column = page.locator('.witness-columns input[value="wit-1823"]');
    await column.uncheck();
    await expect(page.locator('.synopsis th[data-wit="wit-1823"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.synopsis th[data-wit="wit-1831"]').isVisible()).resolves.toBe(true);
    await column.check();
    await expect(page.locator('.synopsis th[data-wit="wit-1823"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
