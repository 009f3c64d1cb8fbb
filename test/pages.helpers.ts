import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { loadConfig } from '../src/config/config.js';
import { inProcessPool } from '../src/service/extract-pool.js';
import { ingest } from '../src/service/ingest.js';
import { sourceLoader } from '../src/service/load-source.js';
import { openStorage, type Storage } from '../src/store/storage.js';
import type { AppDeps, AppEnv, AuthUser } from '../src/web/context.js';
import { registerPages } from '../src/web/pages/index.js';
import { inProcessWriter } from '../src/web/writer/library-writer.js';
import { ImportJobs } from '../src/web/imports/import-jobs.js';

export const SEEDS_DIR = '/work/shared/data/seeds/raw';
export const NHK_SEED = '003_177d36f708b3b892.txt';
export const TEST_USER: AuthUser = { id: 'user-1', username: 'reader', role: 'admin', via: 'session' };

/** The deps the pages use, on a library file in `dir` (no accounts: the test app stands in for auth). */
export function pagesDeps(dir: string, now?: () => Date): AppDeps {
  const { config } = loadConfig({ READINGS_DB: join(dir, 'library.db') });
  return { config: { ...config, workers: 0 }, accounts: {} as AppDeps['accounts'], libraries: {} as AppDeps['libraries'], writer: inProcessWriter({ ...config, workers: 0 }, inProcessPool(), now), imports: new ImportJobs(null, now), now };
}

/** The five seeds ingested as the CLI would; returns each seed's reading id by file name. */
export async function ingestSeeds(storage: Storage, deps: AppDeps): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await ingest([SEEDS_DIR], { storage, pool: inProcessPool(), loadSource: sourceLoader(deps.config), relate: deps.config.relate }, {
    maxBytes: deps.config.maxInputBytes,
    onOutcome: (o) => {
      if (o.status !== 'rejected') ids.set(o.label.split('/').pop() ?? o.label, o.reading.id);
    },
  });
  return ids;
}

/**
 * The pages on a bare Hono app, with a middleware standing in for the
 * server core: every request is signed in as TEST_USER on `storage`.
 */
export function pagesApp(storage: Storage, deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let queue: Promise<unknown> = Promise.resolve();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('csrfToken', 'test-csrf-token');
    c.set('user', TEST_USER);
    c.set('storage', storage);
    c.set('library', {
      storage,
      path: deps.config.db,
      exclusive: <T>(fn: () => Promise<T>): Promise<T> => {
        const run = queue.then(fn, fn);
        queue = run.catch(() => undefined);
        return run;
      },
      release: () => {},
    });
    await next();
  });
  registerPages(app, deps);
  return app;
}

export function openSeededStorage(deps: AppDeps): Storage {
  return openStorage(deps.config.db);
}

/** The pages on a fresh library of the five seeds, in a temp dir that `close` removes. */
export interface SeededPages {
  deps: AppDeps;
  storage: Storage;
  app: Hono<AppEnv>;
  /** Each seed's reading id by file name. */
  ids: Map<string, string>;
  close: () => void;
}

export async function openSeededPages(prefix: string): Promise<SeededPages> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const deps = pagesDeps(dir);
  const storage = openSeededStorage(deps);
  const ids = await ingestSeeds(storage, deps);
  return {
    deps,
    storage,
    app: pagesApp(storage, deps),
    ids,
    close: () => {
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page's text, tags stripped and whitespace collapsed. */
export const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
