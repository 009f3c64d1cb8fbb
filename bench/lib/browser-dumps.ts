/**
 * Text dumps as a graphical browser copies a page (select all, copy): each
 * page of the extraction set opened in headless Chromium, scripts off and
 * nothing fetched but the file itself, and its `document.body.innerText`
 * written to `<dir>/<id>.txt`. The shared set's dumps are w3m's; these say
 * whether the cleaner holds on the other kind a reader pastes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function writeBrowserDumps(htmlDir: string, ids: readonly string[], outDir: string, onPage?: () => void): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed (apt-get install -y chromium)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    for (const id of ids) {
      await page.goto(pathToFileURL(join(htmlDir, `${id}.html`)).href, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      writeFileSync(join(outDir, `${id}.txt`), await page.evaluate(() => document.body?.innerText ?? ''));
      onPage?.();
    }
  } finally {
    await browser.close();
  }
}
