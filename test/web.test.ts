/**
 * The web app in a real browser: headless Chromium (playwright-core, the
 * system's /usr/bin/chromium, never a downloaded one) against the real
 * server on 127.0.0.1 with a fresh library.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, PASSWORD, useBrowserSession } from './helpers/browser-session.js';
import { NHK_SEED, SEEDS_DIR } from './pages.helpers.js';

const SEEDS = ['000_a456e5bb84180f06.txt', '001_c6319db2e688382b.txt', '002_59813c821ffcacdf.txt', NHK_SEED, '004_cda58cf3099d18d8.txt'];
const XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>';

let page: Page;
/** Every request the browser made that went anywhere but the test server. */
const offsite: string[] = [];
const dialogs: string[] = [];
const shots = (): string => join(session().dir, 'screenshots');

const session = useBrowserSession({ name: 'web' }, (s) => {
  s.context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'about:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') offsite.push(req.url());
  });
  page = s.page;
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

const url = (path: string): string => session().url(path);

async function addText(text: string, fields: { title?: string; category?: string } = {}): Promise<void> {
  await page.goto(url('/add'));
  await page.fill('#text', text);
  if (fields.title) await page.fill('#title', fields.title);
  if (fields.category) await page.fill('#text-category', fields.category);
  await Promise.all([page.waitForURL(url('/add')), page.click('form.add-text button[type=submit]')]);
}

describe.skipIf(!HAS_CHROMIUM)('web app in Chromium', () => {
  it('sends a sign-in, and a CSP without inline scripts', async () => {
    const res = await page.goto(url('/'));
    expect(page.url()).toContain('/login?next=%2F');
    const csp = res!.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    await page.fill('#username', 'admin');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(url('/')), page.click('button[type=submit]')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Library');
    await expect(page.locator('.empty').textContent()).resolves.toContain('Your library is empty');
  }, 60_000);

  it('adds each seed by pasting its text, and shows what was extracted', async () => {
    for (const seed of SEEDS) {
      await addText(readFileSync(join(SEEDS_DIR, seed), 'utf8'));
      await expect(page.locator('.notice').textContent()).resolves.toContain('Added to your library.');
      await expect(page.locator('.extracted').textContent()).resolves.toContain('What was extracted');
    }
    await page.goto(url('/'));
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Library\s+5 readings/);
    expect(await page.locator('.items .item').count()).toBe(5);
    await expect(page.locator('.items').textContent()).resolves.toContain('+4 outlets');
  }, 120_000);

  it('searches, with the matches highlighted', async () => {
    await page.goto(url('/'));
    await page.fill('#q', 'Tokayev');
    await Promise.all([page.waitForURL(/\?q=Tokayev/), page.press('#q', 'Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Results for “Tokayev”');
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    await expect(page.locator('.snippet mark').first().textContent()).resolves.toBe('Tokayev');
  }, 60_000);

  it('opens the NHK reading: 225 words, Statistics and Details, a read counted once per visit', async () => {
    await page.goto(url('/?source=NHK%20World'));
    await Promise.all([page.waitForURL(/\/readings\//), page.locator('.item-title a').first().click()]);
    const statistics = page.locator('section[aria-labelledby=panel-statistics]');
    await expect(statistics.textContent()).resolves.toMatch(/Words\s*225/);
    await expect(statistics.textContent()).resolves.toMatch(/Read Count\s*1/);
    const details = await page.locator('section[aria-labelledby=panel-details]').textContent();
    expect(details).toContain('Category ID');
    expect(details).toContain('nhk');
    expect(details).toContain('https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/');
    expect(details).toContain('Jan. 14, 2022');
    await expect(page.locator('#panel-similar').textContent()).resolves.toMatch(/Similar Readings \(4 items\)/);
    await page.screenshot({ path: join(shots(), 'reader.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(shots(), 'reader-phone.png'), fullPage: false });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shots(), 'reader-phone-dark.png'), fullPage: false });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await expect(statistics.textContent()).resolves.toMatch(/Read Count\s*1/);
    // Show original: the verbatim input, as plain text.
    const original = await page.request.get(page.url() + '/original');
    expect(original.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await original.text()).toBe(readFileSync(join(SEEDS_DIR, NHK_SEED), 'utf8'));
  }, 60_000);

  it('opens the story: 5 outlets (one unknown) side by side, the summary and the corroboration report', async () => {
    await Promise.all([page.waitForURL(/\/stories\//), page.click('text=Compare the outlets')]);
    await expect(page.locator('.story-head').textContent()).resolves.toContain('5 outlets');
    expect(await page.locator('.versions .version').count()).toBe(5);
    const summary = await page.locator('.story-summary').textContent();
    expect(summary).toMatch(/Reported by \d of \d outlets/);
    const report = await page.locator('.report').textContent();
    expect(report).toContain('Corroboration');
    expect(report).toMatch(/Compatible figures|Agreed/);
    expect(report).toContain('China Forces Russia To Pull Out of Kazakhstan');
    // Side by side, the summary stays in view while the longer report scrolls past it.
    const reportBox = (await page.locator('.report').boundingBox())!;
    const summaryBox = (await page.locator('.story-summary').boundingBox())!;
    expect(reportBox.height).toBeGreaterThan(summaryBox.height + 400);
    await page.evaluate((y) => window.scrollTo(0, y), summaryBox.y + 300);
    const summaryTop = await page.locator('.story-summary').evaluate((el) => el.getBoundingClientRect().top);
    expect(summaryTop).toBeGreaterThanOrEqual(0);
    expect(summaryTop).toBeLessThan(40);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots(), 'story.png'), fullPage: true });
  }, 90_000);

  it('reaches the search box and a reading link with the keyboard alone', async () => {
    await page.goto(url('/'));
    const reached = new Set<string>();
    for (let i = 0; i < 40 && !(reached.has('search') && reached.has('reading')); i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        if (el.id === 'q') return 'search';
        if (el.matches('.item-title a')) return 'reading';
        if (el.matches('.skip-link')) return 'skip';
        return el.tagName;
      });
      reached.add(what);
    }
    expect(reached.has('skip')).toBe(true);
    expect(reached.has('search')).toBe(true);
    expect(reached.has('reading')).toBe(true);
    await Promise.all([page.waitForURL(/\/readings\//), page.keyboard.press('Enter')]);
    // "/" focuses the search box (app.js); the page works without it too.
    await page.goto(url('/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  }, 60_000);

  it('renders XSS payloads in a title, body, outlet and URL as text: nothing runs', async () => {
    const text = [`Council ${XSS} votes`, '', `The council met on Monday ${XSS} and voted to repair the old stone bridge before the spring floods arrive in the valley below the town.`, '', 'Work will start in March and last six weeks, the mayor said after the vote in the town hall on Monday evening.'].join('\n');
    await addText(text, { title: `Title ${XSS}`, category: `"><svg onload=alert(3)>` });
    await expect(page.locator('.notice').textContent()).resolves.toContain('Added to your library.');
    const htmlPage = `<!doctype html><html><head><title>Harbor ${XSS}</title><meta property="og:site_name" content='Outlet ${XSS}'>
      <link rel="canonical" href="javascript:alert(4)"></head><body><article><h1>Harbor ${XSS}</h1>
      <p>The harbor of Port Elm reopened on Tuesday <script>alert(5)</script> after a storm closed it for two days and stranded twelve ships.</p>
      <p><a href="javascript:alert(6)">Click</a> The harbor master said <img src="https://tracker.example/pixel.gif" onerror="alert(7)"> the winds had dropped below forty knots by the morning.</p>
      </article></body></html>`;
    await page.goto(url('/add'));
    await page.setInputFiles('#file', { name: 'harbor.html', mimeType: 'text/html', buffer: Buffer.from(htmlPage) });
    await Promise.all([page.waitForURL(url('/add')), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
    await expect(page.locator('.notice').textContent()).resolves.toMatch(/Added to your library|stored/);
    await page.goto(url('/?q=harbor%20OR%20council'));
    expect(await page.locator('.items .item').count()).toBe(2);
    await expect(page.locator('.items').textContent()).resolves.toContain('<script>alert("xss")</script>');
    for (const link of await page.locator('.item-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      await page.goto(link);
      // The markup shows as text: the heading holds no element at all.
      await expect(page.locator('article h1').textContent()).resolves.toMatch(/<(script|img)/);
      expect(await page.locator('article h1 *').count()).toBe(0);
      expect(await page.locator('article img, article script, article svg').count()).toBe(0);
    }
    await page.goto(url('/'));
    await page.goto(url('/stats'));
    expect(dialogs).toEqual([]);
    expect(session().pageErrors).toEqual([]);
  }, 90_000);

  it('shows the stats as SVG charts', async () => {
    await page.goto(url('/stats'));
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.stats').textContent()).resolves.toMatch(/Words read/);
    await page.screenshot({ path: join(shots(), 'stats.png'), fullPage: true });
    await page.goto(url('/'));
    await page.screenshot({ path: join(shots(), 'library.png'), fullPage: false });
  }, 60_000);

  it("changes a reading's category, marks it unread and deletes a reading through the real server's forms", async () => {
    await page.goto(url('/?source=NHK%20World'));
    await Promise.all([page.waitForURL(/\/readings\//), page.locator('.item-title a').first().click()]);
    const reader = page.url();
    await page.fill('#category', 'Central Asia');
    await Promise.all([page.waitForURL(/saved=category/), page.click('form[action$="/category"] button')]);
    await expect(page.locator('.notice').textContent()).resolves.toContain('Category saved.');
    await expect(page.locator('section[aria-labelledby=panel-details]').textContent()).resolves.toContain('Central Asia');
    await Promise.all([page.waitForURL(/done=unread/), page.click('form[action$="/unread"] button')]);
    await expect(page.locator('.notice').textContent()).resolves.toContain('Marked as unread.');
    await page.goto(url('/?state=unread&category=Central%20Asia'));
    expect(await page.locator('.item-title a').count()).toBe(1);

    await addText('The harbor of Port Elm reopened on Tuesday after a storm closed it for a week and stranded twelve ships, the harbor master said. Work on the breakwater will start in March.', { title: 'Port Elm harbor reopens' });
    await page.goto(url('/?q=%22Port%20Elm%22'));
    await Promise.all([page.waitForURL(/\/readings\//), page.locator('.item-title a').first().click()]);
    const doomed = page.url();
    await page.click('.reading-delete summary');
    await Promise.all([page.waitForURL(/done=deleted/), page.click('.reading-delete button')]);
    await expect(page.locator('.notice').textContent()).resolves.toContain('The reading was deleted.');
    expect((await page.goto(doomed))?.status()).toBe(404);
    expect((await page.goto(reader))?.status()).toBe(200);
  }, 90_000);

  it('moves a version of the story to a story of its own and merges it back', async () => {
    await page.goto(url('/?source=NHK%20World'));
    await Promise.all([page.waitForURL(/\/readings\//), page.locator('.item-title a').first().click()]);
    await Promise.all([page.waitForURL(/\/stories\//), page.click('text=Compare the outlets')]);
    const story = page.url();
    expect(await page.locator('.versions .version').count()).toBe(5);
    const nhk = page.locator('.version', { hasText: 'NHK World' });
    await nhk.locator('.version-manage summary').click();
    await Promise.all([page.waitForURL(/done=split/), nhk.locator('.version-manage button').click()]);
    await expect(page.locator('.notice').textContent()).resolves.toContain('Moved to a story of its own');
    expect(await page.locator('.versions .version').count()).toBe(4);
    const offered = page.locator('.related-stories li', { hasText: 'NHK World' });
    await Promise.all([page.waitForURL(/done=merged/), offered.locator('button').click()]);
    expect(page.url()).toContain(story);
    expect(await page.locator('.versions .version').count()).toBe(5);
  }, 90_000);

  it('made no request to anywhere but 127.0.0.1, and logs out', async () => {
    expect(offsite).toEqual([]);
    await Promise.all([page.waitForURL(/\/login/), page.click('.account button[type=submit]')]);
    await page.goto(url('/'));
    expect(page.url()).toContain('/login');
  }, 30_000);
});
