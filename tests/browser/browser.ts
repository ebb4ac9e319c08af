// Debian's Chromium through playwright-core (no browser download): flags that keep it off the
// network and a fresh profile for every run.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { renderSite, type Site } from '../render/html/site.js';
import { serve, type StaticServer } from './serve.js';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launch(): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tei-edition-chromium-')), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1200, height: 900 },
  });
}

/**
 * A TEI file rendered as a site, served on localhost and opened in Chromium for the tests of
 * one file: set up before them and closed after them. Read its fields inside the tests.
 */
export function siteInBrowser(teiFile: string): { context: BrowserContext; site: Site; server: StaticServer } {
  const held = {} as { context: BrowserContext; site: Site; server: StaticServer };
  beforeAll(async () => {
    held.site = await renderSite(teiFile);
    held.server = await serve(held.site.dir);
    held.context = await launch();
  });
  afterAll(async () => {
    await held.context?.close();
    await held.server?.close();
  });
  return held;
}
