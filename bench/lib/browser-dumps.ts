/**
 * Text dumps as a graphical browser copies a page (select all, copy): each
 * page of the extraction set opened in headless Chromium, scripts off and
 * nothing fetched but the file itself, and its `document.body.innerText`
 * written to `<dir>/<id>.txt`. The shared set's dumps are w3m's; these say
 * whether the cleaner holds on the other kind a reader pastes.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
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

/** A new temporary folder of the pages' Chromium dumps, with a progress bar on a terminal. */
export async function browserDumpsDir(htmlDir: string, ids: readonly string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'readings-browser-dumps-'));
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true, format: 'Chromium dumps {bar} {value}/{total}' }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(ids.length, 0);
  await writeBrowserDumps(htmlDir, ids, dir, () => bar?.increment());
  bar?.stop();
  return dir;
}
