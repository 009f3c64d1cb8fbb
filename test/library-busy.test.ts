/**
 * Another process holding the library's write lock (a bulk import in a
 * terminal, the server's feed refresh): every write that cannot wait it out
 * fails with `library_busy`, promptly, leaving the library as it was, and the
 * same command works once the lock is gone.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { inProcessPool } from '../src/service/extract-pool.js';
import { feedDepsOf } from '../src/service/feeds/deps.js';
import { refreshFeeds } from '../src/service/feeds/refresh.js';
import { addFeed } from '../src/service/feeds/subscribe.js';
import { openStorage } from '../src/store/storage.js';
import { libraryPathOf } from '../src/web/auth/users.js';
import { adminToken, call, SEEDS, startHarness } from './api-harness.js';
import { cliJson, runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';
import { pagesApp, pagesDeps } from './pages.helpers.js';

const tempDir = useTempDir();
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const BUSY = { READINGS_BUSY_TIMEOUT_MS: '200' };
const BIN = fileURLToPath(new URL('../bin/readings.js', import.meta.url));

/** What another process does while it writes: holds the write lock until released. */
function holdWriteLock(path: string): () => void {
  const db = new Database(path);
  db.exec('BEGIN IMMEDIATE');
  return () => {
    db.exec('COMMIT');
    db.close();
  };
}

const total = async (db: string): Promise<number> => (await cliJson<{ total: number }>(db, ['list'])).total;

describe('the CLI, while another process writes to the library', () => {
  it('rejects a single add with library_busy and stores nothing; the same add works afterwards', async () => {
    const db = join(tempDir(), 'library.db');
    expect((await runCli(db, ['add', join(SEEDS, seedFiles[0]!)])).code).toBe(0);
    const release = holdWriteLock(db);
    let r;
    try {
      r = await runCli(db, ['add', join(SEEDS, seedFiles[1]!)], { env: BUSY });
    } finally {
      release();
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(SEEDS, seedFiles[1]!)}: the library is busy: another process is writing to it`);
    expect(r.stderr).toContain('[library_busy]');
    expect(r.stderr).not.toContain('extraction_failed');
    expect(await total(db)).toBe(1);
    expect((await runCli(db, ['add', join(SEEDS, seedFiles[1]!)])).code).toBe(0);
    expect(await total(db)).toBe(2);
  });

  it('stops a bulk import at the first busy store instead of waiting once per input, and a re-run adds everything', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const texts = seedFiles.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ url: `https://busy.example/${i}`, text: texts[i % texts.length], ref: `r${i}` }));
    writeFileSync(join(dir, 'items.jsonl'), `${lines.join('\n')}\n`);
    expect((await runCli(db, ['add', join(SEEDS, seedFiles[0]!)])).code).toBe(0);
    const release = holdWriteLock(db);
    const started = Date.now();
    let r;
    try {
      r = await runCli(db, ['add', join(dir, 'items.jsonl')], { env: BUSY });
    } finally {
      release();
    }
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stopped after \d+ of 40 inputs: .*the library is busy.*\[library_busy\]; run the same command again/);
    expect(await total(db)).toBe(1);
    const again = await runCli(db, ['add', join(dir, 'items.jsonl')]);
    expect(again.code).toBe(0);
    expect(await total(db)).toBe(41);
  });

  it('fails a write command with one library_busy line, and reads (show, which caches its summary) go on without waiting', async () => {
    const db = join(tempDir(), 'library.db');
    expect((await runCli(db, ['add', join(SEEDS, seedFiles[0]!)])).code).toBe(0);
    const [reading] = (await cliJson<{ readings: { id: string }[] }>(db, ['list'])).readings;
    const release = holdWriteLock(db);
    let read;
    let shown;
    let showMs: number;
    try {
      read = await runCli(db, ['read', reading!.id], { env: BUSY });
      // With the default wait (30 s): `show` keeps its summary only when it need not wait.
      const started = Date.now();
      shown = await runCli(db, ['show', reading!.id, '--json']);
      showMs = Date.now() - started;
    } finally {
      release();
    }
    expect(showMs).toBeLessThan(10_000);
    expect(read.code).toBe(1);
    expect(read.stderr.trim()).toBe('readings: the library is busy: another process is writing to it (an import, a feed refresh, the server); try again when it is done [library_busy]');
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { readCount: number }).readCount).toBe(0);
  });
});

describe('the API, while another process writes to the library', () => {
  it('answers writes with 503, library_busy and Retry-After, keeps serving reads, and writes again once the lock is gone', async () => {
    const h = await startHarness({ busyTimeoutMs: 200 });
    try {
      const token = adminToken(h);
      const added = await call(h, token, 'POST', '/api/v1/readings', { text: readFileSync(join(SEEDS, seedFiles[0]!), 'utf8') });
      expect(added.status).toBe(201);
      const id = added.body.reading.id as string;
      const release = holdWriteLock(libraryPathOf(h.config.db, h.accounts.users.primary()!));
      let patch;
      let post;
      let list;
      try {
        patch = await call(h, token, 'PATCH', `/api/v1/readings/${id}`, { category: 'world' });
        post = await call(h, token, 'POST', '/api/v1/readings', { text: readFileSync(join(SEEDS, seedFiles[1]!), 'utf8') });
        list = await call(h, token, 'GET', '/api/v1/readings');
      } finally {
        release();
      }
      for (const res of [patch, post]) {
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('library_busy');
        expect(res.headers.get('retry-after')).toBe('5');
      }
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(1);
      expect((await call(h, token, 'PATCH', `/api/v1/readings/${id}`, { category: 'world' })).status).toBe(200);
      expect((await call(h, token, 'GET', `/api/v1/readings/${id}`)).body.category).toBe('world');
    } finally {
      h.close();
    }
  });
});

describe('a feed refresh, while another process writes to the library', () => {
  let site: TestServer;
  beforeAll(async () => {
    site = await startServer({
      '/feed.xml': (_req, res) => {
        const items = Array.from({ length: 6 }, (_, i) => `<item><title>Troops leave, part ${i}</title><link>${site.url(`/a${i}`)}</link><guid>g${i}</guid>
<description>The alliance began pulling its troops out of Kazakhstan on Thursday, officials said, part ${i} of a story told at length, with enough words to be the full text of an entry and stored as it is.</description></item>`);
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><link>${site.url('/')}</link>${items.join('')}</channel></rss>`);
      },
    });
  });
  afterAll(() => site.close());

  it('stops with library_busy instead of hanging, and leaves the feed due with nothing half-stored', async () => {
    const { config } = loadConfig({ READINGS_DB: join(tempDir(), 'library.db'), READINGS_BUSY_TIMEOUT_MS: '200' }, { allowPrivate: true, workers: 0 });
    const storage = openStorage(config.db, { busyTimeoutMs: config.busyTimeoutMs });
    try {
      const deps = feedDepsOf(config, storage);
      const [feed] = (await addFeed(site.url('/feed.xml'), { fullText: 'never' }, deps)).added;
      const release = holdWriteLock(config.db);
      let error: unknown = null;
      try {
        await refreshFeeds([feed!], { ...deps, pool: inProcessPool() }, { groupCommits: true });
      } catch (e) {
        error = e;
      } finally {
        release();
      }
      expect((error as { code?: string } | null)?.code).toBe('library_busy');
      expect(storage.readings.list({}, { limit: 10, offset: 0 })).toEqual([]);
      expect(storage.feeds.get(feed!.id)!.lastFetchedAt).toBeNull();
      const [result] = await refreshFeeds([storage.feeds.get(feed!.id)!], { ...deps, pool: inProcessPool() }, { groupCommits: true });
      expect(result!.added).toBe(6);
    } finally {
      storage.close();
    }
  });
});

describe('readings watch, while another process writes to the library', () => {
  let site: TestServer;
  let secondEntry = false;
  // One entry when subscribing; a second, new one once the test turns it on.
  const item = (n: number): string => `<item><title>Troops leave, day ${n}</title><link>${site.url(`/a${n}`)}</link><guid>w${n}</guid><description>The alliance went on pulling its troops out of Kazakhstan on day ${n}, officials said, in a story told at length with enough words to be stored as it is.</description></item>`;
  beforeAll(async () => {
    site = await startServer({
      '/feed.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><link>${site.url('/')}</link>
${item(1)}${secondEntry ? item(2) : ''}</channel></rss>`);
      },
    });
  });
  afterAll(() => site.close());

  it('says why a round did nothing, goes on watching, and stores the entry once the lock is gone', async () => {
    const db = join(tempDir(), 'library.db');
    expect((await runCli(db, ['--allow-private', 'feeds', 'add', site.url('/feed.xml'), '--full-text', 'never'])).code).toBe(0);
    expect(await total(db)).toBe(1);
    // A new entry, and the feed due now, as if its interval had passed.
    secondEntry = true;
    const due = new Database(db);
    due.prepare('UPDATE feeds SET next_fetch_at = ?').run('2000-01-01T00:00:00.000Z');
    due.close();
    const release = holdWriteLock(db);
    const child = spawn(process.execPath, [BIN, '--db', db, '--allow-private', 'watch'], { env: { ...process.env, READINGS_DB: '', ...BUSY }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    try {
      for (let waited = 0; !stderr.includes('[library_busy]') && child.exitCode === null && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    } finally {
      release();
      child.kill('SIGINT');
      await new Promise((r) => child.once('close', r));
    }
    expect(stderr).toMatch(/refreshing failed, trying again later: .*the library is busy.*\[library_busy\]/u);
    expect(await total(db)).toBe(1);
    expect((await runCli(db, ['--allow-private', 'feeds', 'refresh', '--all'])).code).toBe(0);
    expect(await total(db)).toBe(2);
  });
});

describe("the web app's add page, while another process writes to the library", () => {
  it('answers 503 with Retry-After, says the library is busy, and stores nothing', async () => {
    const deps = pagesDeps(tempDir());
    const storage = openStorage(deps.config.db, { busyTimeoutMs: 200 });
    try {
      const app = pagesApp(storage, deps);
      const body = new FormData();
      body.set('kind', 'text');
      body.set('text', readFileSync(join(SEEDS, seedFiles[0]!), 'utf8'));
      const release = holdWriteLock(deps.config.db);
      let res: Response;
      let page: string;
      try {
        res = await app.request('/add', { method: 'POST', body });
        page = await res.text();
      } finally {
        release();
      }
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(page).toContain('the library is busy');
      expect(storage.readings.list({}, { limit: 10, offset: 0 })).toEqual([]);
    } finally {
      storage.close();
    }
  });
});
