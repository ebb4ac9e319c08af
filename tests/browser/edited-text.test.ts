import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './browser.js';

// A critical text whose lemma is not the first witness's reading (tests/fixtures/html/
// edited-text.xml): the page opens on the edited text, as the print has it, and the witness
// switch shows each witness and the edited text again.
const held = siteInBrowser('tests/fixtures/html/edited-text.xml');

describe('the witness switch of an edited text', () => {
  it('opens on the lemmata, shows a witness when it is chosen, and the edited text again', async () => {
    const chapter = held.site.pages().find((p) => held.site.read(p).includes('class="chapter"'))!;
    const page = await held.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(held.server.url + chapter, { waitUntil: 'load' });
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
