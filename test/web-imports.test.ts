/**
 * A reading list imported from the Add page in a real browser: headless
 * Chromium (playwright-core, the system's /usr/bin/chromium) against the real
 * server on 127.0.0.1, JavaScript off (the import's page follows the import by
 * reloading itself), every saved link served by a local HTTP server (so the
 * server allows private addresses).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, useBrowserSession } from './helpers/browser-session.js';
import { sleep, type TestServer } from './helpers/http-server.js';

let site: TestServer;
let page: Page;

const article = (headline: string, body: string): string =>
  `<!doctype html><html><head><title>${headline}</title><meta property="og:site_name" content="Harbor Times"></head><body><article><h1>${headline}</h1>
  <p>${body}</p><p>The harbor master said the work would go on through the spring, and that ships would be told of any closures a week ahead.</p></article></body></html>`;

const session = useBrowserSession({ name: 'web-imports', javaScriptEnabled: false, site: {
  '/pier': async (_req, res) => {
    // Slow enough that the import's page shows it running before it is done.
    await sleep(1500);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article('Pier reopens after storm repairs', 'The old pier of Port Elm reopened on Tuesday after a storm in the autumn tore away forty metres of its deck, the town council said.'));
  },
  '/lighthouse': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article('Lighthouse keeper retires after forty years', 'The keeper of the Port Elm lighthouse retired on Friday after forty years of service, and the light will now be run from the mainland.'));
  },
} }, (s) => {
  site = s.site!;
  page = s.page;
});

const url = (path: string): string => session().url(path);

describe.skipIf(!HAS_CHROMIUM)('importing a reading list from the Add page, in Chromium without JavaScript', () => {
  it('uploads a Pocket export, follows the import until it is done, and lists what it added and what failed', async () => {
    await session().signIn();
    const csv = join(session().dir, 'part_000000.csv');
    writeFileSync(csv, [
      'title,url,time_added,cursor,tags,status',
      `Pier,${site.url('/pier')},1642060800,1,harbor,unread`,
      `Lighthouse,${site.url('/lighthouse')},1642060801,2,harbor,archive`,
      `Gone,${site.url('/gone')},1642060802,3,,unread`,
      '',
    ].join('\n'));
    await page.goto(url('/add'));
    await page.setInputFiles('#file', csv);
    await Promise.all([page.waitForURL(/\/imports\/[0-9a-f-]{36}$/), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Import');
    await expect(page.locator('.notice-info').textContent()).resolves.toContain('Importing “part_000000.csv”');

    // The page reloads itself every two seconds until the import is done.
    await page.waitForSelector('.notice-success', { timeout: 30_000 });
    await expect(page.locator('.notice-success').textContent()).resolves.toContain('Imported “part_000000.csv”');
    await expect(page.locator('[aria-live=polite] p').textContent()).resolves.toMatch(/3 of 3 done: 2 readings added, 0 already in the library, 0 stored without an article, 1 not added\./);
    await expect(page.locator('progress').getAttribute('value')).resolves.toBe('3');
    await expect(page.locator('#import-added-h + ul a').allTextContents()).resolves.toEqual(['Pier reopens after storm repairs', 'Lighthouse keeper retires after forty years']);
    await expect(page.locator('#import-failures-h + ul li').textContent()).resolves.toContain('part_000000.csv:4');
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);

    // The readings are in the library, the archived one read already.
    await Promise.all([page.waitForURL(url('/')), page.click('text=Go to the library')]);
    await expect(page.locator('main').textContent()).resolves.toContain('Pier reopens after storm repairs');
    await page.goto(url('/?state=unread'));
    const unread = await page.locator('main').textContent();
    expect(unread).toContain('Pier reopens after storm repairs');
    expect(unread).not.toContain('Lighthouse keeper retires');
    expect(session().pageErrors).toEqual([]);
  }, 60_000);
});
