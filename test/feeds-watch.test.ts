import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { serveCli } from './helpers/serve-cli.js';
import { useTempDir } from './helpers/temp-dir.js';

const BIN = fileURLToPath(new URL('../bin/readings.js', import.meta.url));
const tempDir = useTempDir();
vi.setConfig({ testTimeout: 120_000 });

const feed = (n: number): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>Watched ${n}</title><link>http://watched.example/</link>
${[1, 2, 3].map((i) => `<item><title>Watched ${n}.${i}</title><link>http://watched.example/${n}/${i}</link><guid>${n}-${i}</guid><description>Entry ${i} of feed ${n}: the alliance moved more troops out of Kazakhstan, officials said.</description></item>`).join('')}
</channel></rss>`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/a.xml': (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(1)); },
    '/b.xml': (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(2)); },
  });
});
afterAll(() => server.close());

describe('readings watch', () => {
  it('refreshes due feeds, and on SIGTERM finishes the feed in hand and exits cleanly, leaving the library consistent', async () => {
    const db = join(tempDir(), 'library.db');
    for (const p of ['/a.xml', '/b.xml']) {
      expect((await runCli(db, ['--allow-private', 'feeds', 'add', server.url(p), '--full-text', 'never', '--no-refresh'])).code).toBe(0);
    }
    const child = spawn(process.execPath, [BIN, '--db', db, '--allow-private', 'watch'], { env: { ...process.env, READINGS_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 90_000;
    while ((stdout.match(/Watched \d: new/g) ?? []).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(stdout, stderr).toMatch(/Watched 1: new/);
    expect(stdout).toMatch(/Watched 2: new/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('finishing the feeds in hand');
    expect(stderr).toContain('stopped');
    const list = await cliJson<{ total: number }>(db, ['list']);
    expect(list.total).toBe(6);
    const feeds = await cliJson<{ feeds: { items: number; nextFetchAt: string; errorCount: number }[] }>(db, ['feeds']);
    expect(feeds.feeds.map((f) => f.items)).toEqual([3, 3]);
    for (const f of feeds.feeds) expect(Date.parse(f.nextFetchAt)).toBeGreaterThan(Date.now());
  });

  it('a stop while a refresh is under way still exits cleanly, with every entry stored once or not at all', async () => {
    const db = join(tempDir(), 'library.db');
    for (const p of ['/a.xml', '/b.xml']) {
      expect((await runCli(db, ['--allow-private', 'feeds', 'add', server.url(p), '--full-text', 'never', '--no-refresh'])).code).toBe(0);
    }
    const child = spawn(process.execPath, [BIN, '--db', db, '--allow-private', 'watch'], { env: { ...process.env, READINGS_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!stderr.includes('watching') && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    const list = await cliJson<{ total: number }>(db, ['list']);
    const feeds = await cliJson<{ feeds: { items: number; lastFetchedAt: string | null }[] }>(db, ['feeds']);
    // Whatever was done is whole: a feed is either refreshed with all 3 entries, or untouched and still due.
    for (const f of feeds.feeds) expect(f.lastFetchedAt ? f.items === 3 : f.items === 0).toBe(true);
    expect(list.total).toBe(feeds.feeds.reduce((n, f) => n + f.items, 0));
    const again = await runCli(db, ['--allow-private', 'feeds', 'refresh']);
    expect(again.code, again.stderr).toBe(0);
    expect((await cliJson<{ total: number }>(db, ['list'])).total).toBe(6);
  });

  it('`readings serve` refreshes due feeds on its scheduler thread, and stops cleanly on SIGTERM', async () => {
    const db = join(tempDir(), 'library.db');
    expect((await runCli(db, ['--allow-private', 'feeds', 'add', server.url('/a.xml'), '--full-text', 'never', '--no-refresh'])).code).toBe(0);
    const served = await serveCli(db, { READINGS_ADMIN_PASSWORD: 'correct horse battery' }, ['--allow-private']);
    const deadline = Date.now() + 60_000;
    let items = 0;
    while (items < 3 && Date.now() < deadline && served.child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 300));
      items = (await cliJson<{ feeds: { items: number }[] }>(db, ['feeds'])).feeds[0]!.items;
    }
    expect(items, served.output()).toBe(3);
    expect(served.output()).toContain('Feeds are refreshed on schedule');
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect((await cliJson<{ total: number }>(db, ['list'])).total).toBe(3);
    const stories = await cliJson<{ stories: { size: number }[] }>(db, ['stories']);
    expect(stories.stories.map((s) => s.size)).toEqual([3]);
  });
});
