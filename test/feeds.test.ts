import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();
// Each test runs the real CLI several times, ingesting through the whole pipeline.
vi.setConfig({ testTimeout: 120_000 });

/** An article page long enough to be the full text. */
const article = (n: number): string => `<!doctype html><html lang="en"><head><title>Story ${n}</title></head><body><nav>Home | World</nav><article><h1>Story ${n}</h1>
${[1, 2, 3, 4, 5, 6, 7, 8].map((p) => `<p>Paragraph ${p} of story ${n}: the Russia-led alliance moved another convoy of troops out of Kazakhstan on day ${n}, officials in Almaty said on Thursday, adding that ${n * 10 + p} soldiers remained.</p>`).join('\n')}
</article></body></html>`;

interface Item { guid: string; link: string; title: string; description: string; pubDate?: string }
const rss = (title: string, items: Item[]): string => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${title}</title><link>http://outlet.example/</link><ttl>60</ttl>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}<description><![CDATA[${i.description}]]></description></item>`).join('\n')}
</channel></rss>`;

const teaser = (n: number): string => `<p>The Russia-led alliance moved more troops out of Kazakhstan on day ${n}, officials said…</p>`;

/** Serves a feed body with real ETag / If-None-Match behaviour. */
function conditional(body: () => string, type = 'application/rss+xml; charset=utf-8') {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void => {
    const text = body();
    const etag = `"${Buffer.from(text).length}-${text.length % 997}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': 'Thu, 13 Jan 2022 10:00:00 GMT' }).end(text);
  };
}

let server: TestServer;
let mainItems: Item[];
beforeAll(async () => {
  const url = (p: string): string => `${server.origin}${p}`;
  server = await startServer({
    '/site': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Outlet</title>
        <link rel="alternate" type="application/rss+xml" title="Main" href="/feed.xml">
        <link rel="alternate" type="application/atom+xml" title="Other" href="/other.atom"></head><body>Hi</body></html>`);
    },
    '/feed.xml': conditional(() => rss('Main Outlet', mainItems)),
    '/article/1': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(article(1)); },
    '/article/2': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(article(2)); },
    '/article/3': (_req, res) => { res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Gone</h1>'); },
    '/never.xml': conditional(() => rss('Never Outlet', [4, 5].map((n) => ({ guid: `n${n}`, link: url(`/article/n${n}`), title: `Never ${n}`, description: `<p>Item ${n}: the full text as the feed gives it, with words enough to be read as a lead paragraph.</p>` })))),
    '/old-feed': (_req, res) => { res.writeHead(301, { location: '/feed.xml' }).end(); },
    '/gone.xml': (_req, res) => { res.writeHead(410).end(); },
    '/limited.xml': (_req, res) => { res.writeHead(429, { 'retry-after': '7200' }).end(); },
    '/broken.xml': (_req, res) => { res.writeHead(500).end('oops'); },
  });
  mainItems = [1, 2, 3].map((n) => ({ guid: `g${n}`, link: url(`/article/${n}`), title: `Story ${n}`, description: teaser(n), pubDate: 'Thu, 13 Jan 2022 09:51:00 GMT' }));
});
afterAll(() => server.close());

interface FeedsJson { feeds: { id: number; url: string; title: string; status: string; errorCount: number; lastError: { code: string } | null; items: number; unread: number; nextFetchAt: string | null; category: string }[] }
interface ListJson { total: number; readings: { id: string; title: string; url: string; outlet: string | null; wordCount?: number; words?: number; category: string; published: string | null }[] }

const library = (): string => join(tempDir(), 'library.db');
const cli = (db: string, args: string[]) => runCli(db, ['--allow-private', ...args]);

describe('feeds: subscribe, refresh, dedup', () => {
  it('discovers the feed of a site, stores its entries (full text when the feed has a teaser), then gets 304s', async () => {
    const db = library();
    const add = await cli(db, ['feeds', 'add', server.url('/site')]);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).toContain('names 2 feeds');
    expect(add.stdout).toContain('added feed 1 Main Outlet');
    // Article 3 is a 404: its teaser is stored, and the failure said once with its code.
    expect(add.stderr).toMatch(/article\/3: HTTP 404 .*\[fetch_http_error\] \(the feed's text was stored instead\)/);
    const list = await cliJson<ListJson>(db, ['list']);
    expect(list.total).toBe(3);
    const full = list.readings.find((r) => r.title === 'Story 1');
    expect(full?.category).toBe('main-outlet');
    const show = await cliJson<{ text: string; publishedAt?: string; published?: string; feeds: { feed: { id: number; title: string }; guid: string; text: string; articleError: unknown }[] }>(db, ['show', full!.id]);
    expect(show.text).toContain('Paragraph 8 of story 1');
    // The reading says which feed entry it came from, and that its text is the article's.
    expect(show.feeds).toHaveLength(1);
    expect(show.feeds[0]).toMatchObject({ feed: { id: 1, title: 'Main Outlet' }, text: 'article', articleError: null });
    const teaser = list.readings.find((r) => r.title === 'Story 3')!;
    // The feed's text names no outlet: the feed's name stands for it.
    expect(teaser.outlet).toBe('Main Outlet');
    const teaserShow = await cli(db, ['show', teaser.id]);
    expect(teaserShow.stdout).toMatch(/From feeds\n {2}Main Outlet \(feed 1\) · .*the feed's text \(article fetch failed: .*404.*\[fetch_http_error\]\)/);
    const ua = server.hits.find((h) => h.path === '/feed.xml')?.headers['user-agent'];
    expect(ua).toMatch(/^Readings\//);

    const again = await cli(db, ['feeds', 'refresh']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('not modified');
    expect(server.hits.filter((h) => h.path === '/feed.xml').at(-1)?.headers['if-none-match']).toBeTruthy();
    const feeds = await cliJson<FeedsJson>(db, ['feeds']);
    expect(feeds.feeds[0]).toMatchObject({ items: 3, unread: 3, errorCount: 0, status: 'active' });
    // <ttl>60</ttl>: next fetch in an hour.
    expect(Date.parse(feeds.feeds[0]!.nextFetchAt!) - Date.now()).toBeGreaterThan(55 * 60_000);
  });

  it('never stores an entry twice: same GUID, changed GUID, re-published under a new URL', async () => {
    const db = library();
    expect((await cli(db, ['feeds', 'add', server.url('/feed.xml'), '--full-text', 'never'])).code).toBe(0);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(3);
    const saved = mainItems;
    try {
      // The outlet re-keys its GUIDs, and re-publishes story 2 under a new URL.
      mainItems = [
        ...saved.map((i) => ({ ...i, guid: `new-${i.guid}` })),
        { ...saved[1]!, guid: 'repost', link: server.url('/article/2?ref=repost&v=2') },
      ];
      const r = await cli(db, ['feeds', 'refresh', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { feeds: { added: number; unchanged: number }[] };
      expect(out.feeds[0]).toMatchObject({ added: 0, unchanged: 4 });
      expect((await cliJson<ListJson>(db, ['list'])).total).toBe(3);
    } finally {
      mainItems = saved;
    }
  });

  it('--full-text never keeps the feed content and fetches no article', async () => {
    const db = library();
    const before = server.hits.filter((h) => h.path.startsWith('/article/n')).length;
    expect((await cli(db, ['feeds', 'add', server.url('/never.xml'), '--full-text', 'never'])).code).toBe(0);
    expect(server.hits.filter((h) => h.path.startsWith('/article/n')).length).toBe(before);
    const list = await cliJson<ListJson>(db, ['list']);
    expect(list.readings.map((r) => r.title).sort()).toEqual(['Never 4', 'Never 5']);
  });

  it('a 301 updates the feed URL; 410 disables; 429 waits for Retry-After; 500 backs off; one error never stops the others', async () => {
    const db = library();
    expect((await cli(db, ['feeds', 'add', server.url('/never.xml'), '--no-refresh'])).code).toBe(0);
    const sqlAdd = async (path: string): Promise<void> => {
      // Subscribing refuses a URL that does not answer, so bad feeds start as working ones…
      const r = await cli(db, ['feeds', 'import', writeOpml([server.url(path)])]);
      expect(r.code, r.stderr).toBe(0);
    };
    for (const p of ['/old-feed', '/gone.xml', '/limited.xml', '/broken.xml']) await sqlAdd(p);
    const r = await cli(db, ['feeds', 'refresh', '--all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gone\.xml: HTTP 410 .*\[feed_gone\]/);
    expect(r.stderr).toMatch(/limited\.xml: HTTP 429 .*\[rate_limited\]/);
    expect(r.stderr).toMatch(/broken\.xml: HTTP 500 .*\[fetch_http_error\]/);
    expect(r.stderr).toMatch(/moved permanently to .*\/feed\.xml.*\[feed_moved\]/);
    const feeds = (await cliJson<FeedsJson>(db, ['feeds'])).feeds;
    const by = (suffix: string) => feeds.find((f) => f.url.endsWith(suffix))!;
    expect(by('/feed.xml')).toMatchObject({ status: 'active', errorCount: 0 });
    expect(by('/gone.xml')).toMatchObject({ status: 'disabled', errorCount: 1, nextFetchAt: null });
    expect(Date.parse(by('/limited.xml').nextFetchAt!) - Date.now()).toBeGreaterThan(7000 * 1000);
    const broken = by('/broken.xml');
    expect(broken).toMatchObject({ errorCount: 1, lastError: { code: 'fetch_http_error' } });
    expect(Date.parse(broken.nextFetchAt!) - Date.now()).toBeGreaterThan(4 * 60_000);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(5);
  });

  function writeOpml(urls: string[]): string {
    const path = join(tempDir(), 'subs.opml');
    writeFileSync(path, `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${urls.map((u) => `<outline type="rss" text="x" xmlUrl="${u}"/>`).join('')}</body></opml>`);
    return path;
  }
});

describe('feeds: OPML, remove, parse', () => {
  it('imports OPML (folders become categories, subscribed feeds skipped) and exports it back', async () => {
    const db = library();
    const path = join(tempDir(), 'subs.opml');
    writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?><opml version="1.0"><head><title>Mine</title></head><body>
      <outline text="World News"><outline type="rss" text="Main" xmlUrl="${server.url('/feed.xml')}" htmlUrl="${server.origin}/"/></outline>
      <outline type="rss" text="Never" xmlUrl="${server.url('/never.xml')}"/></body></opml>`);
    const first = await cli(db, ['feeds', 'import', path]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('2 added, 0 already subscribed');
    const second = await cli(db, ['feeds', 'import', path]);
    expect(second.stdout).toContain('already subscribed as feed 1');
    const feeds = (await cliJson<FeedsJson>(db, ['feeds'])).feeds;
    expect(feeds.map((f) => f.category)).toEqual(['world-news', 'never']);
    const out = join(tempDir(), 'out.opml');
    expect((await cli(db, ['feeds', 'export', '--out', out])).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain(`xmlUrl="${server.url('/feed.xml')}"`);
    const again = library();
    expect((await cli(again, ['feeds', 'import', out])).code).toBe(0);
    const reimported = (await cliJson<FeedsJson>(again, ['feeds'])).feeds;
    expect(reimported.map((f) => [f.url, f.category]).sort()).toEqual(feeds.map((f) => [f.url, f.category]).sort());
  });

  it('remove deletes the feed and its readings, or keeps them with --keep-readings', async () => {
    const db = library();
    expect((await cli(db, ['feeds', 'add', server.url('/never.xml'), '--full-text', 'never'])).code).toBe(0);
    expect((await cli(db, ['feeds', 'add', server.url('/feed.xml'), '--full-text', 'never'])).code).toBe(0);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(5);
    expect((await cli(db, ['feeds', 'remove', '2', '--keep-readings'])).code).toBe(0);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(5);
    const r = await cli(db, ['feeds', 'remove', '1']);
    expect(r.stdout).toContain('2 reading(s) deleted');
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(3);
    expect((await cliJson<FeedsJson>(db, ['feeds'])).feeds).toEqual([]);
  });

  it('parse prints format, title, link and every entry, storing nothing', async () => {
    const db = library();
    const r = await cli(db, ['feeds', 'parse', server.url('/feed.xml'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const parsed = JSON.parse(r.stdout) as { format: string; title: string; link: string; entries: { guid: string; link: string; published: string }[] };
    expect(parsed).toMatchObject({ format: 'rss', title: 'Main Outlet', link: 'http://outlet.example/' });
    expect(parsed.entries[0]).toMatchObject({ guid: 'g1', link: server.url('/article/1'), published: '2022-01-13T09:51:00Z' });
    const file = new URL('../fixtures/feeds/json11/input.json', import.meta.url).pathname;
    const local = await cli(db, ['feeds', 'parse', file, '--json']);
    expect(JSON.parse(local.stdout)).toMatchObject({ format: 'json', title: 'JSON Outlet' });
    expect((await cliJson<FeedsJson>(db, ['feeds'])).feeds).toEqual([]);
  });
});
