import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { accountsPath, openAccounts } from '../src/store/accounts/open-accounts.js';
import { openStorage } from '../src/store/storage.js';
import { createApiToken } from '../src/web/auth/api-tokens.js';
import { startServer as startReadings, type RunningServer } from '../src/web/server.js';
import { adminToken, call, startHarness, type Harness } from './api-harness.js';
import { startServer, type TestServer } from './helpers/http-server.js';

vi.setConfig({ testTimeout: 60_000 });

const rss = (name: string, n: number): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>http://outlet.example/</link>
${Array.from({ length: n }, (_, i) => `<item><title>${name} entry ${i + 1}</title><link>http://outlet.example/${name}/${i + 1}</link><guid>${name}-${i + 1}</guid>
<pubDate>Thu, 13 Jan 2022 0${i}:00:00 GMT</pubDate><description>Entry ${i + 1} of ${name}: the alliance began pulling its ${2000 + i * 100} troops out of Kazakhstan on Thursday, officials in Nur-Sultan said.</description></item>`).join('')}
</channel></rss>`;

let site: TestServer;
beforeAll(async () => {
  site = await startServer({
    '/': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Outlet</title><link rel="alternate" type="application/rss+xml" title="Outlet news" href="/news.xml"></head><body>Home</body></html>'); },
    '/news.xml': (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('News', 3)); },
    '/world.xml': (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('World', 2)); },
    '/plain': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>No feed here.</p></body></html>'); },
    '/broken.xml': (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><title>oops'); },
  });
});
afterAll(() => site.close());

describe('feeds API', () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness({ allowPrivate: true });
    token = adminToken(h);
  });
  afterAll(() => h.close());

  it('subscribes to the feed a site names, lists it, and reports a second subscription as existing', async () => {
    const created = await call(h, token, 'POST', '/api/v1/feeds', { url: site.url('/'), category: 'world news' });
    expect(created.status).toBe(201);
    expect(created.body.added).toHaveLength(1);
    expect(created.body.added[0]).toMatchObject({ url: site.url('/news.xml'), title: 'News', category: 'world news', fullText: 'auto', status: 'active', lastFetchedAt: null });
    expect(created.body.candidates.map((c: { url: string }) => c.url)).toEqual([site.url('/news.xml')]);

    const again = await call(h, token, 'POST', '/api/v1/feeds', { url: site.url('/news.xml') });
    expect(again.status).toBe(201);
    expect(again.body.added).toEqual([]);
    expect(again.body.existing.map((f: { id: number }) => f.id)).toEqual([created.body.added[0].id]);

    const list = await call(h, token, 'GET', '/api/v1/feeds');
    expect(list.status).toBe(200);
    expect(list.body.feeds).toHaveLength(1);
    expect(list.body.feeds[0]).toMatchObject({ id: created.body.added[0].id, items: 0, unread: 0, errorCount: 0, lastError: null });
  });

  it('answers bad subscriptions with a 4xx JSON error naming the input, and stores nothing', async () => {
    const before = (await call(h, token, 'GET', '/api/v1/feeds')).body.feeds.length;
    const noFeed = await call(h, token, 'POST', '/api/v1/feeds', { url: site.url('/plain') });
    expect(noFeed.status).toBe(422);
    expect(noFeed.body.error.code).toBe('no_feed');
    expect(noFeed.body.error.message).toContain(site.url('/plain'));
    const broken = await call(h, token, 'POST', '/api/v1/feeds', { url: site.url('/broken.xml') });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.status).toBeLessThan(500);
    const missing = await call(h, token, 'POST', '/api/v1/feeds', { url: site.url('/gone.xml') });
    expect(missing.status).toBe(502);
    expect(missing.body.error.code).toBe('fetch_http_error');
    const notUrl = await call(h, token, 'POST', '/api/v1/feeds', { url: 'ftp://example.com/feed' });
    expect(notUrl.status).toBe(400);
    const empty = await call(h, token, 'POST', '/api/v1/feeds', { url: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_argument');
    expect((await call(h, token, 'GET', '/api/v1/feeds')).body.feeds.length).toBe(before);
  });

  it('refuses a private address unless the server allows them', async () => {
    const strict = await startHarness({ allowPrivate: false });
    try {
      const res = await call(strict, adminToken(strict), 'POST', '/api/v1/feeds', { url: site.url('/news.xml') });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('private_address');
      expect((await call(strict, adminToken(strict), 'GET', '/api/v1/feeds')).body.feeds).toEqual([]);
    } finally {
      strict.close();
    }
  });

  it('makes a feed due now on refresh, and removes it (404 after), 404 for an unknown id', async () => {
    const [feed] = (await call(h, token, 'GET', '/api/v1/feeds')).body.feeds;
    const storage = h.libraries.acquire(h.config.db);
    try {
      storage.storage.feeds.update(feed.id, { nextFetchAt: '2099-01-01T00:00:00.000Z', status: 'disabled' });
      const before = Date.now();
      const refreshed = await call(h, token, 'POST', `/api/v1/feeds/${feed.id}/refresh`);
      expect(refreshed.status).toBe(202);
      expect(refreshed.body.feed.status).toBe('active');
      expect(Date.parse(refreshed.body.feed.nextFetchAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(refreshed.body.feed.nextFetchAt)).toBeLessThanOrEqual(Date.now() + 1000);
      expect(storage.storage.feeds.due(new Date().toISOString()).map((f) => f.id)).toContain(feed.id);
    } finally {
      storage.release();
    }
    expect((await call(h, token, 'POST', '/api/v1/feeds/9999/refresh')).status).toBe(404);
    expect((await call(h, token, 'POST', '/api/v1/feeds/abc/refresh')).status).toBe(400);
    const removed = await call(h, token, 'DELETE', `/api/v1/feeds/${feed.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ removed: { id: feed.id }, deletedReadings: 0 });
    expect((await call(h, token, 'DELETE', `/api/v1/feeds/${feed.id}`)).status).toBe(404);
    expect((await call(h, token, 'GET', '/api/v1/feeds')).body.feeds).toEqual([]);
  });

  it('needs a token', async () => {
    expect((await call(h, null, 'GET', '/api/v1/feeds')).status).toBe(401);
    expect((await call(h, null, 'POST', '/api/v1/feeds', { url: site.url('/news.xml') })).status).toBe(401);
  });
});

describe('the server refreshes feeds on schedule', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readings-sched-'));
    const { config } = loadConfig({ READINGS_DB: join(dir, 'library.db') }, { allowPrivate: true, workers: 0 });
    server = await startReadings({ config, host: '127.0.0.1', port: 0, env: { READINGS_ADMIN_PASSWORD: 'correct horse battery' } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches a feed subscribed through the API into that user’s library, without a refresh command, and stops cleanly', async () => {
    const accounts = openAccounts(accountsPath(join(dir, 'library.db')));
    const token = createApiToken(accounts, accounts.users.primary()!.id, 'test').token;
    accounts.close();
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- loose test reads
    };
    const created = await api('POST', '/feeds', { url: site.url('/world.xml'), fullText: 'never' });
    expect(created.status).toBe(201);
    const id = created.body.added[0].id as number;
    let feed = created.body.added[0];
    const deadline = Date.now() + 45_000;
    while (feed.items !== 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      feed = (await api('GET', '/feeds')).body.feeds.find((f: { id: number }) => f.id === id);
    }
    expect(feed.items).toBe(2);
    expect(feed.lastFetchedAt).not.toBeNull();
    expect(Date.parse(feed.nextFetchAt)).toBeGreaterThan(Date.now());
    const list = (await api('GET', '/readings?limit=10')).body.readings as { id: string; title: string }[];
    expect(list.map((r) => r.title).sort()).toEqual(['World entry 1', 'World entry 2']);
    // Each names the feed entry it came from.
    const one = (await api('GET', `/readings/${list[0]!.id}`)).body;
    expect(one.feeds).toHaveLength(1);
    expect(one.feeds[0]).toMatchObject({ feed: { id, title: 'World', url: site.url('/world.xml') }, text: 'feed', articleError: null });
    expect(one.feeds[0].guid).toMatch(/^World-[12]$/);
    // Both entries tell one event: the scheduler's readings join a story like any add.
    const stories = (await api('GET', '/stories')).body.stories;
    expect(stories.map((s: { size: number }) => s.size)).toEqual([2]);
    const storage = openStorage(join(dir, 'library.db'));
    try {
      expect(storage.feeds.list()[0]!.errorCount).toBe(0);
    } finally {
      storage.close();
    }
  });
});
