import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from '../config/config.js';
import { accountsPath, openAccounts } from '../store/accounts/open-accounts.js';
import { createApp } from './app.js';
import { ensureAdmin, type FirstRun } from './auth/first-run.js';
import { openForRequests } from './open-library.js';
import { LibraryCache } from './auth/libraries.js';
import type { AppDeps } from './context.js';
import { ImportJobs } from './imports/import-jobs.js';
import { fileImportRecords } from './imports/import-store.js';
import { resumeImports } from './imports/upload-import.js';
import { startFeedScheduler, type FeedScheduler } from './feeds/feed-scheduler.js';
import { createLibraryWriter, type LibraryWriter } from './writer/library-writer.js';

export interface ServerOptions {
  config: Config;
  host?: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Refresh the libraries' feeds on schedule in this process (default true). */
  feeds?: boolean;
}

export interface RunningServer {
  /** `http://host:port` */
  url: string;
  /** What the first start did: created the admin, or made a setup link (its full URL is `url + path`). */
  firstRun: FirstRun;
  /** Uploaded imports a shutdown had stopped, going on again. */
  resumedImports: number;
  close(): Promise<void>;
}

/** Opens the accounts, creates the first admin if needed, and serves the app until close(). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config } = options;
  const host = options.host ?? '127.0.0.1';
  const accounts = openAccounts(accountsPath(config.db));
  let writer: LibraryWriter | null = null;
  let libraries: LibraryCache | null = null;
  let feeds: FeedScheduler | undefined;
  try {
    const firstRun = await ensureAdmin(accounts, options.env ?? process.env);
    writer = createLibraryWriter(config);
    libraries = new LibraryCache(16, openForRequests(config));
    if (options.feeds !== false) feeds = startFeedScheduler(config);
    const imports = new ImportJobs(fileImportRecords);
    const deps: AppDeps = { config, accounts, libraries, writer, feeds, imports };
    const app = createApp(deps);
    const server: ServerType = await new Promise((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, () => resolve(s));
      s.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const [w, l, f] = [writer, libraries, feeds];
    const resumedImports = resumeImports(deps);
    return {
      url,
      firstRun,
      resumedImports,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        // The imports' items in hand and the feed in hand are written through the writer: it closes after them.
        await Promise.all([imports.stopAll(), f?.close()]);
        await w.close();
        l.closeAll();
        accounts.close();
      },
    };
  } catch (error) {
    await feeds?.close();
    await writer?.close();
    libraries?.closeAll();
    accounts.close();
    throw error;
  }
}
