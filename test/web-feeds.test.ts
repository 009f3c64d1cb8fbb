/**
 * The Feeds page in a real browser: headless Chromium (playwright-core, the
 * system's /usr/bin/chromium) against the real server on 127.0.0.1, with
 * JavaScript off (the page must work without it), subscribing to a feed that
 * a local HTTP server serves (so the server allows private addresses).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, useBrowserSession } from './helpers/browser-session.js';
import type { TestServer } from './helpers/http-server.js';

let site: TestServer;
let page: Page;

const rss = (): string => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbor Times</title><link>${site.origin}/</link>
${[1, 2].map((n) => `<item><title>Harbor story ${n}</title><link>${site.url(`/story/${n}`)}</link><guid isPermaLink="false">h-${n}</guid>
<description><![CDATA[<p>The harbor of Port Elm reopened on day ${n} after a storm closed it and stranded twelve ships, the harbor master said on Tuesday.</p>]]></description></item>`).join('\n')}
</channel></rss>`;

const session = useBrowserSession({ name: 'web-feeds', javaScriptEnabled: false, site: {
  '/': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>Harbor Times</title>
      <link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>Harbor Times</h1></body></html>`);
  },
  '/feed.xml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss());
  },
} }, (s) => {
  site = s.site!;
  page = s.page;
});

const url = (path: string): string => session().url(path);

describe.skipIf(!HAS_CHROMIUM)('feeds page in Chromium, without JavaScript', () => {
  it('subscribes to a site’s feed from the Feeds page, refreshes it, and removes it', async () => {
    await session().signIn();

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
    await page.screenshot({ path: join(session().dir, 'screenshots', 'feeds.png'), fullPage: true });

    await Promise.all([page.waitForURL(/\/feeds\?refreshed=\d+$/), row.locator('button', { hasText: 'Refresh now' }).click()]);
    await expect(page.locator('.notice-success').textContent()).resolves.toContain('“Harbor Times” is due for a refresh now.');

    const again = page.locator('.feeds-list .feed').first();
    await again.locator('.feed-remove summary').click();
    await Promise.all([page.waitForURL(/\/feeds\?removed=\d+/), again.locator('button', { hasText: 'Remove' }).click()]);
    await expect(page.locator('.notice-success').textContent()).resolves.toMatch(/Feed \d+ removed\./);
    expect(await page.locator('.feeds-list .feed').count()).toBe(0);
    await expect(page.locator('.empty').textContent()).resolves.toContain('You have no subscriptions yet.');
    expect(session().pageErrors).toEqual([]);
  }, 90_000);
});
