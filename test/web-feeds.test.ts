/**
 * The Feeds page in a real browser: headless Chromium (playwright-core, the
 * system's /usr/bin/chromium) against the real server on 127.0.0.1, with
 * JavaScript off (the page must work without it), subscribing to a feed that
 * a local HTTP server serves (so the server allows private addresses).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { startServer, type RunningServer } from '../src/web/server.js';
import { startServer as startSite, type TestServer } from './helpers/http-server.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PASSWORD = 'correct horse battery staple';

let dir: string;
let site: TestServer;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const rss = (): string => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbor Times</title><link>${site.origin}/</link>
${[1, 2].map((n) => `<item><title>Harbor story ${n}</title><link>${site.url(`/story/${n}`)}</link><guid isPermaLink="false">h-${n}</guid>
<description><![CDATA[<p>The harbor of Port Elm reopened on day ${n} after a storm closed it and stranded twelve ships, the harbor master said on Tuesday.</p>]]></description></item>`).join('\n')}
</channel></rss>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readings-web-feeds-'));
  site = await startSite({
    '/': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>Harbor Times</title>
        <link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>Harbor Times</h1></body></html>`);
    },
    '/feed.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss());
    },
  });
  const { config } = loadConfig({ READINGS_DB: join(dir, 'library.db') });
  server = await startServer({ config: { ...config, workers: 0, allowPrivate: true }, host: '127.0.0.1', port: 0, env: { READINGS_ADMIN_PASSWORD: PASSWORD } });
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  await site?.close();
  if (process.env.KEEP_SCREENSHOTS) console.log(`screenshots in ${join(dir, 'screenshots')}`);
  else rmSync(dir, { recursive: true, force: true });
});

const url = (path: string): string => `${server.url}${path}`;

describe.skipIf(!existsSync(CHROMIUM))('feeds page in Chromium, without JavaScript', () => {
  it('subscribes to a site’s feed from the Feeds page, refreshes it, and removes it', async () => {
    await page.goto(url('/'));
    await page.fill('#username', 'admin');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(url('/')), page.click('button[type=submit]')]);

    await Promise.all([page.waitForURL(url('/feeds')), page.click('.site-nav >> text=Feeds')]);
    await expect(page.locator('.site-nav a[aria-current=page]').textContent()).resolves.toBe('Feeds');
    await expect(page.locator('.empty').textContent()).resolves.toContain('You have no subscriptions yet.');

    await page.fill('#feed-url', site.url('/'));
    await page.fill('#feed-category', 'harbor');
    await page.selectOption('#feed-full-text', 'never');
    await Promise.all([page.waitForURL(url('/feeds')), page.click('form[action="/feeds"] button[type=submit]')]);
    await expect(page.locator('.notice-success').textContent()).resolves.toContain('Subscribed to 1 feed');
    const rows = page.locator('.feeds-list .feed');
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    await expect(row.locator('.item-title a').textContent()).resolves.toBe('Harbor Times');
    await expect(row.locator('.item-title a').getAttribute('href')).resolves.toBe(`${site.origin}/`);
    await expect(row.locator('.feed-url').textContent()).resolves.toBe(site.url('/feed.xml'));
    await expect(row.textContent()).resolves.toContain('Category: harbor');
    await page.screenshot({ path: join(dir, 'screenshots', 'feeds.png'), fullPage: true });

    await Promise.all([page.waitForURL(/\/feeds\?refreshed=\d+$/), row.locator('button', { hasText: 'Refresh now' }).click()]);
    await expect(page.locator('.notice-success').textContent()).resolves.toContain('“Harbor Times” is due for a refresh now.');

    const again = page.locator('.feeds-list .feed').first();
    await again.locator('.feed-remove summary').click();
    await Promise.all([page.waitForURL(/\/feeds\?removed=\d+/), again.locator('button', { hasText: 'Remove' }).click()]);
    await expect(page.locator('.notice-success').textContent()).resolves.toMatch(/Feed \d+ removed\./);
    expect(await page.locator('.feeds-list .feed').count()).toBe(0);
    await expect(page.locator('.empty').textContent()).resolves.toContain('You have no subscriptions yet.');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
