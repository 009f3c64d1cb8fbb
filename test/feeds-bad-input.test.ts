import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();
vi.setConfig({ testTimeout: 120_000 });

const rss = (title: string, items: string[]): string =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>http://outlet.example/</link>${items.join('')}</channel></rss>`;
const item = (guid: string, link: string, title: string, extra = ''): string =>
  `<item><title>${title}</title><link>${link}</link><guid isPermaLink="false">${guid}</guid>${extra}<description>${title}: the full report as the feed carries it, long enough to be stored as a lead.</description></item>`;
const LOL = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>Laughs &lol9;</title><link>http://lol.example/1</link></item></channel></rss>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>XXE</title><item><title>Secret &xxe;</title><link>http://xxe.example/1</link></item></channel></rss>`;

let server: TestServer;
let bomb: Buffer;
beforeAll(async () => {
  bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
  const xml = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  };
  const status = (code: number, headers: Record<string, string> = {}) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(code, headers).end();
  };
  const routes: Record<string, import('./helpers/http-server.js').Route> = {
    '/page': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>No feed here</title></head><body><p>Hello</p></body></html>'); },
    '/malformed.xml': xml('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><link>x</link><description><b>never closed'),
    '/huge.xml': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 50 && !res.destroyed; i++) {
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    },
    '/bomb.xml': (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb); },
    '/lol.xml': xml(LOL),
    '/xxe.xml': xml(XXE),
    '/big.xml': xml(rss('Big', Array.from({ length: 10_000 }, (_, i) => `<item><title>Item ${i}</title><link>http://big.example/${i}</link><guid>${i}</guid></item>`))),
    '/dupes.xml': xml(rss('Dupes', [item('same', 'http://dupes.example/a', 'First copy'), item('same', 'http://dupes.example/b', 'Second copy'), item('other', 'http://dupes.example/c', 'Third one')])),
    '/dates.xml': xml(rss('Dates', [item('d1', 'http://dates.example/a', 'Invalid date', '<pubDate>Mon, 32 Foo 2022 25:61 XYZ</pubDate>'), item('d2', 'http://dates.example/b', 'Future date', '<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate>')])),
    '/404.xml': status(404),
    '/500.xml': status(500),
    '/429.xml': status(429, { 'retry-after': '120' }),
    '/410.xml': status(410),
    '/loop-a': status(301, { location: '/loop-b' }),
    '/loop-b': status(301, { location: '/loop-a' }),
    '/ok-empty.xml': xml(rss('Quiet outlet', [])),
  };
  server = await startServer(routes);
});
afterAll(() => server.close());

const library = (): string => join(tempDir(), 'library.db');

async function snapshot(db: string): Promise<string> {
  return JSON.stringify([await cliJson(db, ['feeds']), await cliJson(db, ['list'])]);
}

/** The command fails with exit 1, one `readings:` line naming the input and the code, and the library unchanged. */
async function expectRefused(args: string[], code: string, input: string, env?: NodeJS.ProcessEnv): Promise<void> {
  const db = library();
  const before = await snapshot(db);
  const r = await runCli(db, args, { env });
  expect(r.code, r.stderr).toBe(1);
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('readings: '));
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(input);
  expect(lines[0]).toContain(`[${code}]`);
  expect(await snapshot(db)).toBe(before);
}

describe('feeds: every bad input gets one clear line, and the library stays as it was', () => {
  it('an HTML page with no feed', async () => {
    await expectRefused(['--allow-private', 'feeds', 'add', server.url('/page')], 'no_feed', server.url('/page'));
  });
  it('malformed XML', async () => {
    await expectRefused(['--allow-private', 'feeds', 'add', server.url('/malformed.xml')], 'malformed_feed', server.url('/malformed.xml'));
  });
  it('a 50 MB feed is refused at the size cap', async () => {
    await expectRefused(['--allow-private', 'feeds', 'add', server.url('/huge.xml')], 'input_too_large', server.url('/huge.xml'));
  });
  it('a gzip bomb is refused at the decompressed-size cap', async () => {
    await expectRefused(['--allow-private', 'feeds', 'parse', server.url('/bomb.xml')], 'input_too_large', server.url('/bomb.xml'));
  });
  it.each([
    ['/404.xml', 'fetch_http_error', /HTTP 404/],
    ['/500.xml', 'fetch_http_error', /HTTP 500/],
    ['/429.xml', 'rate_limited', /HTTP 429.*Retry-After: 120/],
    ['/410.xml', 'feed_gone', /HTTP 410/],
    ['/loop-a', 'fetch_too_many_redirects', /redirect loop/],
  ])('%s', async (path, code) => {
    await expectRefused(['--allow-private', 'feeds', 'add', server.url(path)], code, server.url(path));
  });
  it('an unreachable host', async () => {
    await expectRefused(['--allow-private', 'feeds', 'add', 'http://127.0.0.1:9/feed.xml'], 'fetch_unreachable', 'http://127.0.0.1:9/feed.xml');
  });
  it('a private address without --allow-private', async () => {
    await expectRefused(['feeds', 'add', server.url('/dupes.xml')], 'private_address', server.url('/dupes.xml'));
  });
  it('an OPML file that is not OPML', async () => {
    const path = join(tempDir(), 'not.opml');
    writeFileSync(path, '<html><body><p>my feeds</p></body></html>');
    await expectRefused(['feeds', 'import', path], 'malformed_input', path);
  });
});

describe('feeds: hostile or odd feeds are read safely', () => {
  it('a billion-laughs feed and an external-entity feed: nothing expanded, nothing read', async () => {
    const db = library();
    for (const [path, title] of [['/lol.xml', 'Laughs &lol9;'], ['/xxe.xml', 'Secret &xxe;']] as const) {
      const r = await runCli(db, ['--allow-private', 'feeds', 'parse', server.url(path), '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).entries[0].title).toBe(title);
      expect(r.stdout).not.toContain('root:');
    }
  });

  it('a feed with 10,000 entries: the newest 1000 are read, with one line saying so', async () => {
    const r = await runCli(library(), ['--allow-private', 'feeds', 'parse', server.url('/big.xml'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).entries).toHaveLength(1000);
    expect(r.stderr).toMatch(/10000 entries; only the newest 1000 were read \[too_many_entries\]/);
  });

  it('duplicate GUIDs are stored once; invalid dates become first-seen, future dates now', async () => {
    const db = library();
    const started = new Date().toISOString();
    for (const p of ['/dupes.xml', '/dates.xml']) {
      const r = await runCli(db, ['--allow-private', 'feeds', 'add', server.url(p), '--full-text', 'never']);
      expect(r.code, r.stderr).toBe(0);
    }
    const list = await cliJson<{ total: number; readings: { title: string; publishedAt?: string; published?: string }[] }>(db, ['list']);
    expect(list.readings.map((x) => x.title).sort()).toEqual(['First copy', 'Future date', 'Invalid date', 'Third one']);
    for (const title of ['Future date', 'Invalid date']) {
      const reading = list.readings.find((x) => x.title === title) as Record<string, unknown>;
      const published = String(reading.publishedAt ?? reading.published);
      expect(published >= started.slice(0, 10), `${title}: ${published}`).toBe(true);
      expect(published < '2100').toBe(true);
    }
    const again = await runCli(db, ['--allow-private', 'feeds', 'refresh']);
    expect(again.code).toBe(0);
    expect((await cliJson<{ total: number }>(db, ['list'])).total).toBe(4);
  });

  it('an OPML file of 500 feeds, some broken: the good ones subscribed, each broken one a line; a refresh goes past the bad feeds', async () => {
    const db = library();
    const outlines: string[] = [];
    for (let i = 0; i < 500; i++) {
      const url = i % 100 === 7 ? 'not a url' : i % 100 === 13 ? `${server.url('/404.xml')}?n=${i}` : i % 100 === 42 ? `${server.url('/malformed.xml')}?n=${i}` : `${server.url('/ok-empty.xml')}?n=${i}`;
      outlines.push(`<outline type="rss" text="Feed ${i}" xmlUrl="${url}"/>`);
    }
    const path = join(tempDir(), 'many.opml');
    writeFileSync(path, `<?xml version="1.0"?><opml version="2.0"><head><title>Many</title></head><body><outline text="Folder">${outlines.join('')}</outline></body></opml>`);
    const imported = await runCli(db, ['feeds', 'import', path]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('495 added, 0 already subscribed, 5 problems');
    expect(imported.stderr.split('\n').filter((l) => l.startsWith('readings: ') && l.includes('[invalid_url]'))).toHaveLength(5);
    const refreshed = await runCli(db, ['--allow-private', 'feeds', 'refresh']);
    expect(refreshed.code).toBe(2);
    expect(refreshed.stderr).toContain('495 feeds: 0 with new entries (0 readings), 485 unchanged, 0 not modified, 10 with errors');
    expect(refreshed.stderr.split('\n').filter((l) => /\[(fetch_http_error|malformed_feed)\]$/.test(l))).toHaveLength(10);
  });
});
