import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config/config.js';
import { inProcessPool } from '../../service/extract-pool.js';
import type { Storage } from '../../store/storage.js';
import { openForRequests } from '../open-library.js';
import { ingestOne, type WorkerRequest, type WorkerResponse } from './library-writer.js';

// The server's writer thread: one connection per library, one ingest per
// message, answered with its outcome. Extraction runs here too, off the
// server's thread.
const { config } = workerData as { config: Config };
const pool = inProcessPool();
const open = openForRequests(config);
/** Open libraries, least recently used first (as the server's LibraryCache keeps its own), with their ingests in hand. */
const libraries = new Map<string, { storage: Storage; busy: number }>();
const MAX_OPEN = 16;

function acquire(path: string): { storage: Storage; busy: number } {
  const entry = libraries.get(path) ?? { storage: open(path), busy: 0 };
  libraries.delete(path);
  libraries.set(path, entry);
  entry.busy++;
  // Close the least recently used idle ones beyond MAX_OPEN (one mid-ingest is never closed).
  for (const [oldest, open] of libraries) {
    if (libraries.size <= MAX_OPEN) break;
    if (open.busy > 0) continue;
    libraries.delete(oldest);
    open.storage.close();
  }
  return entry;
}

parentPort?.on('message', async (request: WorkerRequest) => {
  const entry = acquire(request.path);
  const now = new Date(request.now);
  try {
    const outcome = await ingestOne(entry.storage, config, pool, request.source, request.upload, () => now);
    parentPort?.postMessage({ id: request.id, outcome } satisfies WorkerResponse);
  } finally {
    entry.busy--;
  }
});
