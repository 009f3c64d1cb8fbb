import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config/config.js';
import { inProcessPool } from '../../service/extract-pool.js';
import { openStorage, type Storage } from '../../store/storage.js';
import { ingestOne, type WorkerRequest, type WorkerResponse } from './library-writer.js';

// The server's writer thread: one connection per library, one ingest per
// message, answered with its outcome. Extraction runs here too, off the
// server's thread.
const { config } = workerData as { config: Config };
const pool = inProcessPool();
const libraries = new Map<string, Storage>();

parentPort?.on('message', async (request: WorkerRequest) => {
  let storage = libraries.get(request.path);
  if (!storage) {
    storage = openStorage(request.path);
    libraries.set(request.path, storage);
  }
  const now = new Date(request.now);
  const outcome = await ingestOne(storage, config, pool, request.source, request.upload, () => now);
  parentPort?.postMessage({ id: request.id, outcome } satisfies WorkerResponse);
});
