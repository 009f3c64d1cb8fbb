import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessPool } from '../src/service/extract-pool.js';
import { feedDepsOf } from '../src/service/feeds/deps.js';
import { refreshFeeds } from '../src/service/feeds/refresh.js';
import { openStorage, type Storage } from '../src/store/storage.js';
import type { AppDeps, AppEnv } from '../src/web/context.js';
import type { FeedScheduler } from '../src/web/feeds/feed-scheduler.js';
import { ADMIN_PASSWORD, Browser, startHarness, type Harness } from './api-harness.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { pagesApp, pagesDeps, textOf } from './pages.helpers.js';

const XSS = '<img src=x onerror=alert(1)>';

/** An RSS 2.0 feed whose items carry their whole text (no article fetch needed). */
function rss(title: string, slug: string, n: number): string {
  const items = Array.from({ length: n }, (_, i) => `<item><title>${title} story ${i + 1}</title><link>${site.url(`/${slug}/${i + 1}`)}</link>
    <guid isPermaLink="false">${slug}-${i + 1}</guid><pubDate>Thu, 13 Jan 2022 0${i}:00:00 GMT</pubDate>
    <description><![CDATA[<p>The harbor of Port Elm reopened on day ${i + 1} after a storm closed it and stranded ${12 + i} ships, the harbor master of ${title} said on Tuesday.</p>
    <p>Work on the breakwater will start in March and last six weeks, the council said after a vote in the town hall on Monday evening.</p>]]></description></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>${site.origin}/</link>${items.join('\n')}</channel></rss>`;
}

const opml = (feeds: { title: string; url: string }[]): string => `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Exported</title></head><body><outline text="World" title="World">
${feeds.map((f) => `<outline type="rss" text="${f.title}" title="${f.title}" xmlUrl="${f.url}"/>`).join('\n')}
</outline></body></opml>`;

let site: TestServer;
/** A site with no feed anywhere, not even at the usual paths. */
let plain: TestServer;
let dir: string;
let deps: AppDeps;
let storage: Storage;
let app: Hono<AppEnv>;
/** The server's scheduler as the pages see it: only whether it was woken. */
const scheduler: FeedScheduler & { wakes: number } = {
  wakes: 0,
  wake() {
    scheduler.wakes++;
  },
  close: async () => {},
};

beforeAll(async () => {
  const xml = (body: () => string) => (_req: unknown, res: import('node:http').ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body());
  };
  site = await startServer({
    '/': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>Harbor Times</title>
        <link rel="alternate" type="application/rss+xml" title="Harbor Times" href="/feed.xml"></head><body><h1>Harbor Times</h1></body></html>`);
    },
    '/feed.xml': xml(() => rss('Harbor Times', 'harbor', 3)),
    '/other.xml': xml(() => rss('Valley Post', 'valley', 2)),
  });
  plain = await startServer({
    '/': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>No feed</title></head><body><p>Nothing to subscribe to.</p></body></html>');
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'readings-pages-feeds-'));
  const base = pagesDeps(dir);
  deps = { ...base, config: { ...base.config, allowPrivate: true }, feeds: scheduler };
  storage = openStorage(deps.config.db);
  app = pagesApp(storage, deps);
});

afterAll(async () => {
  storage.close();
  await Promise.all([site.close(), plain.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string): Promise<Response> => Promise.resolve(app.request(path));
const post = (path: string, fields: Record<string, string> = {}, on: Hono<AppEnv> = app): Promise<Response> =>
  Promise.resolve(on.request(path, { method: 'POST', body: new URLSearchParams({ _csrf: 'test-csrf-token', ...fields }) }));

function upload(path: string, name: string, content: string): Promise<Response> {
  const body = new FormData();
  body.set('_csrf', 'test-csrf-token');
  body.set('opml', new Blob([content], { type: 'text/x-opml' }), name);
  return Promise.resolve(app.request(path, { method: 'POST', body }));
}

const feedByUrl = (url: string) => storage.feeds.list().find((f) => f.url === url);

describe('feeds page', () => {
  it('is in the nav, between Stories and Add, and says how to subscribe when there are no feeds', async () => {
    const res = await get('/feeds');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toMatch(/href="\/stories">Stories<\/a><\/li><li><a href="\/feeds" aria-current="page">Feeds<\/a><\/li><li><a href="\/add">Add/);
    expect(textOf(body)).toContain('You have no subscriptions yet.');
    expect(body).toContain('<code>readings feeds add &lt;site-or-feed-url&gt;</code>');
    expect(body).toContain('href="/feeds.opml"');
    // Subscribe and import forms, each with its CSRF field.
    expect(body).toMatch(/<form [^>]*action="\/feeds"[^]*?name="_csrf" value="test-csrf-token"/);
    expect(body).toMatch(/<form [^>]*action="\/feeds\/import" enctype="multipart\/form-data"[^]*?name="_csrf" value="test-csrf-token"/);
    expect(body).toContain('<option value="always">');
  });

  it('subscribes via the site URL: discovers the feed, wakes the scheduler, then lists it', async () => {
    const wakes = scheduler.wakes;
    const res = await post('/feeds', { url: site.url('/'), category: 'harbor', fullText: 'never', title: '' });
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    expect(text).toContain('Subscribed to 1 feed:');
    expect(text).toContain(`Harbor Times ${site.url('/feed.xml')} · category harbor`);
    expect(text).toContain('Its first entries will arrive with the next refresh');
    expect(scheduler.wakes).toBe(wakes + 1);
    const feeds = storage.feeds.list();
    expect(feeds.map((f) => [f.url, f.title, f.category, f.fullText, f.siteUrl])).toEqual([[site.url('/feed.xml'), 'Harbor Times', 'harbor', 'never', `${site.origin}/`]]);

    const list = await (await get('/feeds')).text();
    const id = feeds[0]!.id;
    const row = list.slice(list.indexOf(`id="feed-${id}"`), list.indexOf('</li>', list.indexOf(`id="feed-${id}"`)));
    expect(row).toContain(`<a href="${site.origin}/" rel="noopener noreferrer nofollow">Harbor Times</a>`);
    expect(row).toContain(`>${site.url('/feed.xml')}</a>`);
    expect(row).toContain('<a href="/?category=harbor">harbor</a>');
    expect(textOf(row)).toMatch(/0 items ?, 0 unread/);
    expect(row).toContain('<span class="badge badge-unread">new</span>');
    expect(textOf(row)).toContain('Last fetched: never');
    expect(textOf(row)).toContain('Next fetch: due now');
    expect(row).toContain(`action="/feeds/${id}/refresh"`);
    expect(row).toContain(`action="/feeds/${id}/remove"`);
    expect(textOf(list)).toContain('1 subscription');
  });

  it('reports a feed subscribed twice as existing, without a second row', async () => {
    const wakes = scheduler.wakes;
    for (const url of [site.url('/'), site.url('/feed.xml')]) {
      const res = await post('/feeds', { url });
      expect(res.status).toBe(200);
      const text = textOf(await res.text());
      expect(text).toContain(`Already subscribed: Harbor Times ${site.url('/feed.xml')}`);
      expect(text).not.toContain('Subscribed to');
    }
    expect(storage.feeds.list()).toHaveLength(1);
    expect(scheduler.wakes).toBe(wakes);
  });

  it('lists the subscriptions first once there are some, the forms folded below them; a form just sent stays on top', async () => {
    const page = await (await get('/feeds')).text();
    expect(page.indexOf('<h2 class="feeds-heading">Subscriptions</h2>')).toBeGreaterThan(0);
    expect(page.indexOf('<h2 class="feeds-heading">Subscriptions</h2>')).toBeLessThan(page.indexOf('name="url"'));
    expect(page).toMatch(/<details class="feeds-add"><summary>Subscribe to a feed, or import OPML<\/summary>/);
    const failed = await (await post('/feeds', { url: site.url('/none') })).text();
    expect(failed.indexOf('name="url"')).toBeLessThan(failed.indexOf('<h2 class="feeds-heading">Subscriptions</h2>'));
    expect(failed).not.toContain('<details class="feeds-add">');
  });

  it('answers 422 for a page with no feed, with the reason and code, keeping what was typed', async () => {
    const res = await post('/feeds', { url: plain.url('/'), title: 'My plain site', category: 'plainly', fullText: 'always', all: '1' });
    expect(res.status).toBe(422);
    const body = await res.text();
    const text = textOf(body);
    expect(text).toContain('No feed was found at this address. Nothing was subscribed.');
    expect(text).toContain('the page declares no feed');
    expect(body).toContain('<code>no_feed</code>');
    expect(body).toContain(`value="${plain.url('/')}"`);
    expect(body).toContain('value="My plain site"');
    expect(body).toContain('value="plainly"');
    expect(body).toContain('<option value="always" selected>');
    expect(body).toMatch(/name="all" value="1" checked/);
    expect(storage.feeds.list()).toHaveLength(1);
  });

  it('answers 422 for an empty address and a full-text mode it does not know', async () => {
    const empty = await post('/feeds', { url: '  ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('give the address of a site or of a feed');
    const mode = await post('/feeds', { url: site.url('/other.xml'), fullText: 'sometimes' });
    expect(mode.status).toBe(422);
    expect(await mode.text()).toContain('full text must be one of auto, always, never');
    expect(storage.feeds.list()).toHaveLength(1);
  });

  it('refuses a private address unless the configuration allows it', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'readings-pages-feeds-private-'));
    const strict = pagesDeps(otherDir);
    expect(strict.config.allowPrivate).toBe(false);
    const strictStorage = openStorage(strict.config.db);
    try {
      const res = await post('/feeds', { url: site.url('/') }, pagesApp(strictStorage, strict));
      expect(res.status).toBe(422);
      const body = await res.text();
      expect(textOf(body)).toContain('This address is on a private or local network');
      expect(body).toContain('<code>private_address</code>');
      expect(body).toContain(`value="${site.url('/')}"`);
      expect(strictStorage.feeds.list()).toHaveLength(0);
    } finally {
      strictStorage.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('“Refresh now” makes the feed due now, wakes the scheduler and redirects with a notice', async () => {
    const feed = feedByUrl(site.url('/feed.xml'))!;
    storage.feeds.update(feed.id, { nextFetchAt: '2099-01-01T00:00:00.000Z' });
    const wakes = scheduler.wakes;
    const before = Date.now();
    const res = await post(`/feeds/${feed.id}/refresh`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/feeds?refreshed=${feed.id}`);
    const next = Date.parse(storage.feeds.get(feed.id)!.nextFetchAt!);
    expect(next).toBeGreaterThanOrEqual(before - 1000);
    expect(next).toBeLessThanOrEqual(Date.now() + 1000);
    expect(scheduler.wakes).toBe(wakes + 1);
    const text = textOf(await (await get(res.headers.get('location')!)).text());
    expect(text).toContain('“Harbor Times” is due for a refresh now.');
    expect(text).not.toContain('active again');
  });

  it('“Refresh now” on a disabled feed makes it active again', async () => {
    const feed = feedByUrl(site.url('/feed.xml'))!;
    storage.feeds.update(feed.id, { status: 'disabled', lastError: 'HTTP 410 Gone', lastErrorCode: 'feed_gone', errorCount: 2 });
    const list = await (await get('/feeds')).text();
    expect(list).toContain('<span class="badge badge-error">disabled</span>');
    expect(textOf(list)).toContain('Last error: HTTP 410 Gone feed_gone');
    expect(textOf(list)).toContain('Next fetch: never (disabled)');
    expect(list).toContain('Enable and refresh');
    const res = await post(`/feeds/${feed.id}/refresh`);
    expect(res.headers.get('location')).toBe(`/feeds?refreshed=${feed.id}&enabled=1`);
    expect(storage.feeds.get(feed.id)!.status).toBe('active');
    expect(textOf(await (await get(res.headers.get('location')!)).text())).toContain('It was disabled; it is active again.');
    storage.feeds.update(feed.id, { lastError: null, lastErrorCode: null, errorCount: 0 });
  });

  it('shows items and unread counts linking to the library by category, and the times of the last and next fetch', async () => {
    const feed = feedByUrl(site.url('/feed.xml'))!;
    const [result] = await refreshFeeds([feed], { ...feedDepsOf(deps.config, storage), pool: inProcessPool() });
    expect(result!.status).toBe('new');
    expect(result!.added + result!.failed).toBe(3);
    const after = storage.feeds.get(feed.id)!;
    const body = await (await get('/feeds')).text();
    const text = textOf(body);
    expect(text).toMatch(/3 items ?, 3 unread/);
    expect(body).toContain('<a href="/?category=harbor">3 items</a>');
    expect(body).toContain('<a href="/?category=harbor&amp;state=unread">3 unread</a>');
    expect(body).toContain('<span class="badge badge-ok">ok</span>');
    const fetched = new Date(after.lastFetchedAt!);
    const stamp = `${fetched.getUTCFullYear()}/${String(fetched.getUTCMonth() + 1).padStart(2, '0')}/${String(fetched.getUTCDate()).padStart(2, '0')}`;
    expect(text).toMatch(new RegExp(`Last fetched: ${stamp} \\d{2}:\\d{2}`));
    expect(body).toContain(`<time datetime="${after.nextFetchAt}"`);
    // The link leads to those three readings.
    expect(textOf(await (await get('/?category=harbor')).text())).toContain('3 readings');
    // Each reading's Details name the feed it came from, linking to it on this page.
    const [first] = storage.readings.list({ category: 'harbor' }, { limit: 1, offset: 0 });
    const reader = await (await get(`/readings/${first!.id}`)).text();
    expect(reader).toContain(`<div><dt>Feed</dt><dd><a href="/feeds#feed-${feed.id}">Harbor Times</a>`);
  });

  it('removes a feed keeping its readings', async () => {
    const feed = feedByUrl(site.url('/feed.xml'))!;
    const readings = storage.readings.count({});
    expect(readings).toBe(3);
    const res = await post(`/feeds/${feed.id}/remove`, { keep: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/feeds?removed=${feed.id}&kept=1`);
    expect(storage.feeds.get(feed.id)).toBeNull();
    expect(storage.readings.count({})).toBe(3);
    const text = textOf(await (await get(res.headers.get('location')!)).text());
    expect(text).toContain(`Feed ${feed.id} removed. The readings it brought in are kept in your library.`);
    expect(text).toContain('You have no subscriptions yet.');
  });

  it('removes a feed with its readings, saying how many went', async () => {
    const res = await post('/feeds', { url: site.url('/other.xml') });
    expect(textOf(await res.text())).toContain('Subscribed to 1 feed: Valley Post');
    const feed = feedByUrl(site.url('/other.xml'))!;
    await refreshFeeds([feed], { ...feedDepsOf(deps.config, storage), pool: inProcessPool() });
    expect(storage.readings.count({})).toBe(5);
    const removed = await post(`/feeds/${feed.id}/remove`);
    expect(removed.headers.get('location')).toBe(`/feeds?removed=${feed.id}&deleted=2`);
    expect(storage.feeds.list()).toHaveLength(0);
    expect(storage.readings.count({})).toBe(3);
    expect(textOf(await (await get(removed.headers.get('location')!)).text())).toContain('2 readings it brought in were removed from your library.');
  });

  it('shows markup in a typed title and category as text', async () => {
    const res = await post('/feeds', { url: site.url('/other.xml'), title: `Valley ${XSS}`, category: `"><svg onload=alert(2)>` });
    expect(res.status).toBe(200);
    const feed = feedByUrl(site.url('/other.xml'))!;
    expect(feed.title).toBe(`Valley ${XSS}`);
    for (const body of [await res.text(), await (await get('/feeds')).text()]) {
      expect(body).not.toContain(XSS);
      expect(body).not.toContain('<svg');
      expect(body).toContain('Valley &lt;img src=x onerror=alert(1)&gt;');
    }
    expect((await post(`/feeds/${feed.id}/remove`)).status).toBe(303);
    expect(storage.feeds.list()).toHaveLength(0);
  });

  it('answers 404 for an unknown or malformed feed id, and ignores a notice for a feed that is not there', async () => {
    for (const path of ['/feeds/9999/refresh', '/feeds/9999/remove', '/feeds/abc/refresh', '/feeds/1e3/remove']) {
      const res = await post(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('no feed with this id');
    }
    const text = textOf(await (await get('/feeds?refreshed=9999')).text());
    expect(text).not.toContain('due for a refresh');
  });
});

describe('OPML', () => {
  it('imports a 2-feed OPML file, then reports both as skipped on a second import', async () => {
    const file = opml([{ title: 'Alpha News', url: site.url('/alpha.xml') }, { title: 'Beta &lt;b&gt;Wire&lt;/b&gt;', url: site.url('/beta.xml') }]);
    const wakes = scheduler.wakes;
    const first = await upload('/feeds/import', 'subscriptions.opml', file);
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(textOf(body)).toContain('subscriptions.opml: 2 feeds added, 0 skipped (already subscribed), 0 problems.');
    expect(body).toContain('<strong>Alpha News</strong>');
    expect(scheduler.wakes).toBe(wakes + 1);
    expect(storage.feeds.list().map((f) => [f.url, f.category]).sort()).toEqual([[site.url('/alpha.xml'), 'world'], [site.url('/beta.xml'), 'world']]);

    const second = await upload('/feeds/import', 'subscriptions.opml', file);
    expect(second.status).toBe(200);
    const text = textOf(await second.text());
    expect(text).toContain('subscriptions.opml: 0 feeds added, 2 skipped (already subscribed), 0 problems.');
    expect(text).toContain(`${site.url('/alpha.xml')} (as Alpha News)`);
    expect(storage.feeds.list()).toHaveLength(2);
    expect(scheduler.wakes).toBe(wakes + 1);
  });

  it('exports every subscription as an OPML attachment', async () => {
    const res = await get('/feeds.opml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/x-opml/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="readings-feeds.opml"');
    const xml = await res.text();
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain(`xmlUrl="${site.url('/alpha.xml')}"`);
    expect(xml).toContain(`xmlUrl="${site.url('/beta.xml')}"`);
  });

  it('answers 422 with the reason for a file that is not OPML, and for no file at all', async () => {
    const html = await upload('/feeds/import', 'page.html', '<!doctype html><html><body><p>Not a subscription list.</p></body></html>');
    expect(html.status).toBe(422);
    const body = await html.text();
    expect(textOf(body)).toContain('This is not an OPML file Readings can read. Nothing was imported.');
    expect(body).toContain('<code>malformed_input</code>');
    expect(textOf(body)).toContain('page.html: not an OPML file');

    const empty = await upload('/feeds/import', 'empty.opml', '');
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('<code>empty_input</code>');
    expect(storage.feeds.list()).toHaveLength(2);
  });
});

describe('feeds page in the whole app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('refuses a form POST without the CSRF token, and takes one with it', async () => {
    const b = new Browser(h);
    expect((await b.login('admin', ADMIN_PASSWORD)).status).toBe(303);
    const page = await (await b.request('GET', '/feeds')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    expect(page).toContain('You have no subscriptions yet.');

    expect((await b.request('POST', '/feeds', { form: { url: site.url('/') } })).status).toBe(403);
    expect((await b.request('POST', '/feeds/import', { form: {} })).status).toBe(403);
    expect((await b.request('POST', '/feeds/1/remove', { form: { keep: '1' } })).status).toBe(403);
    // With the token the form is heard: here a private address, refused by the default configuration.
    const withToken = await b.request('POST', '/feeds', { form: { url: site.url('/'), _csrf: token } });
    expect(withToken.status).toBe(422);
    expect(await withToken.text()).toContain('<code>private_address</code>');
    expect((await b.request('POST', '/feeds/1/refresh', { form: { _csrf: token } })).status).toBe(404);
  });
});
