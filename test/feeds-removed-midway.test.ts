import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { inProcessPool } from '../src/service/extract-pool.js';
import { feedDepsOf } from '../src/service/feeds/deps.js';
import { refreshFeeds } from '../src/service/feeds/refresh.js';
import { addFeed, removeFeed } from '../src/service/feeds/subscribe.js';
import { openStorage } from '../src/store/storage.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();
const ARTICLE = '<html><head><title>Troops leave</title></head><body><article><h1>Troops leave</h1><p>The alliance began pulling its 2,000 troops out of Kazakhstan on Thursday, officials said, after a week in which the unrest was put down.</p><p>The withdrawal should take no more than ten days, the president said in a televised address.</p></article></body></html>';

let site: TestServer;
let releaseSlow: () => void = () => {};
let slowStarted: () => void = () => {};
const slowRequested = new Promise<void>((resolve) => { slowStarted = resolve; });
beforeAll(async () => {
  site = await startServer({
    '/feed.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Slow outlet</title><link>${site.url('/')}</link>
<item><title>Troops leave</title><link>${site.url('/slow')}</link><guid>slow-1</guid><description>Teaser.</description></item></channel></rss>`);
    },
    '/slow': async (_req, res) => {
      slowStarted();
      await new Promise<void>((resolve) => { releaseSlow = resolve; });
      res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
    },
  });
});
afterAll(() => site.close());

describe('a feed removed while its entries are on their way', () => {
  it('finishes the refresh without an error, records nothing for the gone feed, and keeps what was stored', async () => {
    const { config } = loadConfig({ READINGS_DB: join(tempDir(), 'library.db') }, { allowPrivate: true, workers: 0 });
    const storage = openStorage(config.db);
    try {
      const deps = feedDepsOf(config, storage);
      const [feed] = (await addFeed(site.url('/feed.xml'), { fullText: 'always' }, deps)).added;
      const refreshing = refreshFeeds([feed!], { ...deps, pool: inProcessPool() });
      await slowRequested;
      await removeFeed(deps, feed!, false);
      releaseSlow();
      const [result] = await refreshing;
      expect(result!.status).toBe('new');
      expect(result!.added).toBe(1);
      expect(storage.feeds.list()).toEqual([]);
      expect(storage.readings.list({}, { limit: 10, offset: 0 }).map((r) => r.title)).toEqual(['Troops leave']);
    } finally {
      storage.close();
    }
  });
});
