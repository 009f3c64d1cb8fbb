import { existsSync } from 'node:fs';
import type { Config } from '../../config/config.js';
import type { ExtractPool } from '../../service/extract-pool.js';
import { feedDepsOf, type RefreshDeps } from '../../service/feeds/deps.js';
import { watchLibraries, type Wakeup } from '../../service/feeds/watch.js';
import { accountsPath, openAccounts } from '../../store/accounts/open-accounts.js';
import { errorLine } from '../../store/busy.js';
import { openStorage, type Storage } from '../../store/storage.js';
import { libraryPathOf } from '../auth/users.js';

export interface WatchAccountsOptions {
  signal: AbortSignal;
  wakeup: Wakeup;
  pool: ExtractPool;
  /** One line per problem (a library that cannot be refreshed, a feed's error). */
  log: (line: string) => void;
  maxSleepMs?: number;
}

/**
 * Refreshes the feeds of every user's library as they fall due, until the
 * signal aborts. Its own connections: a library's refresh commits each
 * reading on its own, so that the server's other writers never wait long.
 */
export async function watchAccounts(config: Config, options: WatchAccountsOptions): Promise<void> {
  const accounts = openAccounts(accountsPath(config.db));
  const open = new Map<string, Storage>();
  /** Libraries that could not be opened: said once, tried again at every look. */
  const unopened = new Set<string>();
  const libraries = (): RefreshDeps[] => {
    // A user's library file exists once they have used it; one not created yet has no feeds.
    const paths = new Set(accounts.users.list().map((u) => libraryPathOf(config.db, u)).filter((p) => existsSync(p)));
    for (const [path, storage] of open) {
      if (paths.has(path)) continue;
      storage.close();
      open.delete(path);
    }
    const out: RefreshDeps[] = [];
    for (const path of paths) {
      let storage = open.get(path);
      if (!storage) {
        try {
          storage = openStorage(path, { busyTimeoutMs: config.busyTimeoutMs });
        } catch (error) {
          if (!unopened.has(path)) options.log(`feeds: cannot open ${path}: ${(error as Error).message}`);
          unopened.add(path);
          continue;
        }
        unopened.delete(path);
        open.set(path, storage);
      }
      out.push({ ...feedDepsOf(config, storage), pool: options.pool, relate: config.relate });
    }
    return out;
  };
  const pathOf = (library: RefreshDeps): string => [...open].find(([, storage]) => storage === library.storage)?.[0] ?? 'a library';
  try {
    await watchLibraries(libraries, {
      signal: options.signal,
      wakeup: options.wakeup,
      groupCommits: false,
      maxSleepMs: options.maxSleepMs,
      onResult: (r) => {
        if (r.error) options.log(`feeds: ${r.url}: ${r.error.message} [${r.error.code}]`);
      },
      onLeftovers: (n, library) => options.log(`feeds: ${pathOf(library)}: ${n} reading(s) an interrupted import had left in no story were grouped`),
      consolidateEveryMs: config.regroupEveryMinutes * 60_000,
      onConsolidated: (r, library) => {
        if (r.changed > 0) options.log(`feeds: ${pathOf(library)}: stories since ${r.since} regrouped as a whole: ${r.changed} of ${r.readings} readings changed story`);
      },
      onLibraryError: (error, library) => {
        options.log(`feeds: refreshing ${pathOf(library)} failed: ${errorLine(error)}`);
      },
    });
  } finally {
    for (const storage of open.values()) storage.close();
    accounts.close();
  }
}
