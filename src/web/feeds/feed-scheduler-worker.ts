import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config/config.js';
import { inProcessPool } from '../../service/extract-pool.js';
import { Wakeup } from '../../service/feeds/watch.js';
import type { SchedulerMessage } from './feed-scheduler.js';
import { watchAccounts } from './watch-accounts.js';

// The server's feed scheduler thread: extraction runs here too, in-process.
const { config } = workerData as { config: Config };
const controller = new AbortController();
const wakeup = new Wakeup();
parentPort?.on('message', (message: SchedulerMessage) => {
  if (message === 'wake') wakeup.wake();
  else if (message === 'stop') controller.abort();
});
await watchAccounts(config, { signal: controller.signal, wakeup, pool: inProcessPool(), log: (line) => parentPort?.postMessage(line) });
parentPort?.close();
