import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type Site } from '../render/html/site.js';
import { launch } from './browser.js';
import { serve, type StaticServer } from './serve.js';

// A critical text whose lemma is not the first witness's reading (tests/fixtures/html/
// edited-text.xml): the page opens on the edited text, as the print has it, and the witness
// switch shows each witness and the edited text again.
let context: BrowserContext;
let site: Site;
let server: StaticServer;

beforeAll(async () => {
  site = await renderSite('tests/fixtures/html/edited-text.xml');
  server = await serve(site.dir);
  context = await launch();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('the witness switch of an edited text', () => {
  it('opens on the lemmata, shows a witness when it is chosen, and the edited text again', async () => {
    const chapter = site.pages().find((p) => site.read(p).includes('class="chapter"'))!;
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + chapter, { waitUntil: 'load' });
    const shown = () =>
      page.locator('.text .reading').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.trim()));
    await expect(shown()).resolves.toEqual(['inanimate', 'health']);
    await page.locator('.witness-switch input[value="A"]').check();
    await expect(shown()).resolves.toEqual(['animate', 'heath']);
    await page.locator('.witness-switch input[value="B"]').check();
    await expect(shown()).resolves.toEqual(['inanimate', 'heath']);
    await page.locator('.witness-switch input[value=""]').check();
    await expect(shown()).resolves.toEqual(['inanimate', 'health']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
