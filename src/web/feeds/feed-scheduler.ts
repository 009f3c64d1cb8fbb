import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config/config.js';
import { inProcessPool } from '../../service/extract-pool.js';
import { Wakeup } from '../../service/feeds/watch.js';
import { watchAccounts } from './watch-accounts.js';

/**
 * The server's feed scheduler: refreshes every library's feeds as they fall
 * due, as `readings watch` does for one library, on a thread of its own.
 */
export interface FeedScheduler {
  /** Looks at the schedules now: a feed was just added, or asked to refresh. */
  wake(): void;
  /** Finishes the feed in hand (its entries stored, its row written) and stops. */
  close(): Promise<void>;
}

/** Messages the scheduler thread takes. */
export type SchedulerMessage = 'wake' | 'stop';

const WORKER_FILE = fileURLToPath(new URL('./feed-scheduler-worker.js', import.meta.url));
/** How long close() lets the feed in hand finish before the thread is ended. */
const STOP_GRACE_MS = 10_000;
/** A scheduler that failed starts again after this long, not in a tight loop. */
const RESTART_DELAY_MS = 30_000;

export interface SchedulerOptions {
  log?: (line: string) => void;
}

const stderrLog = (line: string): void => {
  process.stderr.write(`readings: ${line}\n`);
};

/**
 * Starts the scheduler: on a thread of its own (fetching and extracting
 * entries never holds up the server's requests), or in-process when the
 * compiled worker is not there (runs from TypeScript sources).
 */
export function startFeedScheduler(config: Config, options: SchedulerOptions = {}): FeedScheduler {
  const log = options.log ?? stderrLog;
  return existsSync(WORKER_FILE) ? threadScheduler(config, log) : inProcessScheduler(config, log);
}

function inProcessScheduler(config: Config, log: (line: string) => void): FeedScheduler {
  const controller = new AbortController();
  const wakeup = new Wakeup();
  const pool = inProcessPool();
  const running = watchAccounts(config, { signal: controller.signal, wakeup, pool, log }).catch((error: unknown) => log(`feeds: the scheduler stopped: ${(error as Error).message}`));
  return {
    wake: () => wakeup.wake(),
    close: async () => {
      controller.abort();
      await running;
    },
  };
}

function threadScheduler(config: Config, log: (line: string) => void): FeedScheduler {
  let closing = false;
  const start = (): { worker: Worker; exited: Promise<void> } => {
    const worker = new Worker(WORKER_FILE, { workerData: { config } });
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (line: string) => log(line));
    // A crash is reported and the scheduler starts again: feeds keep their schedule in the library.
    worker.once('error', (error: Error) => {
      log(`feeds: the scheduler failed (${error.message}); restarting it in ${RESTART_DELAY_MS / 1000} s`);
      setTimeout(() => {
        if (!closing) current = start();
      }, RESTART_DELAY_MS).unref();
    });
    worker.unref();
    return { worker, exited };
  };
  let current = start();
  return {
    wake: () => current.worker.postMessage('wake' satisfies SchedulerMessage),
    close: async () => {
      closing = true;
      const { worker, exited } = current;
      worker.postMessage('stop' satisfies SchedulerMessage);
      const timer = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
