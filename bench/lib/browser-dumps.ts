/**
 * The extraction set's pages as a graphical browser hands them on: copied as
 * text (select all, copy: `document.body.innerText`, written to
 * `<dir>/<id>.txt`), or saved as one file (MHTML, `<dir>/<id>.mhtml`). Each
 * page is opened in headless Chromium, scripts off and offline. The shared
 * set's dumps are w3m's; these say whether the cleaner holds on the other kind
 * a reader pastes, and whether a saved archive reads as its page.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function writeBrowserDumps(htmlDir: string, ids: readonly string[], outDir: string, onPage?: () => void): Promise<void> {
  await eachPage(htmlDir, ids, async (page, id) => {
    writeFileSync(join(outDir, `${id}.txt`), await page.evaluate(() => document.body?.innerText ?? ''));
    onPage?.();
  });
}

/** Each page saved as Chromium's "Webpage, Single File" does: `<dir>/<id>.mhtml`. */
export async function writeBrowserArchives(htmlDir: string, ids: readonly string[], outDir: string, onPage?: () => void): Promise<void> {
  await eachPage(htmlDir, ids, async (page, id) => {
    const cdp = await page.context().newCDPSession(page);
    const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
    await cdp.detach();
    writeFileSync(join(outDir, `${id}.mhtml`), data);
    onPage?.();
  });
}

/** Opens every page in one headless Chromium, scripts off and offline (nothing is fetched but the file). */
async function eachPage(htmlDir: string, ids: readonly string[], visit: (page: Page, id: string) => Promise<void>): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed (apt-get install -y chromium)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const id of ids) {
      await page.goto(pathToFileURL(join(htmlDir, `${id}.html`)).href, { waitUntil: 'load', timeout: 30_000 });
      await visit(page, id);
    }
  } finally {
    await browser.close();
  }
}

/** A new temporary folder of the pages' Chromium dumps (or archives), with a progress bar on a terminal. */
export async function browserDumpsDir(htmlDir: string, ids: readonly string[], kind: 'text' | 'mhtml' = 'text'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `readings-browser-${kind}-`));
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true, format: `Chromium ${kind} {bar} {value}/{total}` }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(ids.length, 0);
  await (kind === 'text' ? writeBrowserDumps : writeBrowserArchives)(htmlDir, ids, dir, () => bar?.increment());
  bar?.stop();
  return dir;
}
