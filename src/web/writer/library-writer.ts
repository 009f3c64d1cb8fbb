import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config/config.js';
import type { RawInput } from '../../domain/types.js';
import { inProcessPool, type ExtractPool } from '../../service/extract-pool.js';
import { ingestSources, type Outcome } from '../../service/ingest.js';
import type { InputSource } from '../../service/input-sources.js';
import { sourceLoader, type LoadableSource } from '../../service/load-source.js';
import { withMimePage } from '../../fetch/mime-input.js';
import { toFailure } from '../../service/failure.js';
import type { Storage } from '../../store/storage.js';

/** One input for one library, as the server's Add page and API take it. */
export interface WriteRequest {
  /** The library file, and the connection the server reads it with. */
  library: { path: string; storage: Storage };
  source: Exclude<InputSource, { kind: 'invalid' | 'stdin' }>;
  /** Bytes already in hand (an upload): used instead of loading the source. */
  upload: RawInput | null;
}

/**
 * Where the server's ingests run: fetching, extraction, storing and story
 * assignment. Callers serialize ingests per library (LibraryLease.exclusive).
 */
export interface LibraryWriter {
  add(request: WriteRequest): Promise<Outcome>;
  close(): Promise<void>;
}

/** Ingests one input on the given connection, as `readings add` does (same loader, so the same SSRF guard). */
export async function ingestOne(storage: Storage, config: Config, pool: ExtractPool, source: WriteRequest['source'], upload: RawInput | null, now: () => Date): Promise<Outcome> {
  const load = sourceLoader(config);
  const loadSource = async (s: LoadableSource): Promise<RawInput> => (upload && s === source ? withMimePage(upload) : load(s));
  let outcome: Outcome | null = null;
  async function* one(): AsyncGenerator<InputSource> {
    yield source;
  }
  await ingestSources(one(), { storage, pool, loadSource, relate: config.relate, now }, {
    maxBytes: config.maxInputBytes,
    onOutcome: (o) => { outcome = o; },
  });
  return (outcome as Outcome | null) ?? { status: 'rejected', label: source.label, failure: { code: 'extraction_failed', message: 'the input was not processed', input: source.label } };
}

/** Ingests on the server's own thread, on the request's connection (tests, and runs from TypeScript sources). */
export function inProcessWriter(config: Config, pool: ExtractPool, now?: () => Date): LibraryWriter {
  return {
    add: (r) => ingestOne(r.library.storage, config, pool, r.source, r.upload, now ?? (() => new Date())),
    close: () => pool.close(),
  };
}

export interface WorkerRequest {
  id: number;
  path: string;
  source: WriteRequest['source'];
  upload: RawInput | null;
  /** The request's clock reading, so that the reading's times are the request's. */
  now: string;
}

export type WorkerResponse = { id: number; outcome: Outcome };

const WORKER_FILE = fileURLToPath(new URL('./writer-worker.js', import.meta.url));

/**
 * Ingests on a thread of their own, with their own connection to each
 * library: storing a reading and assigning its story take a few to tens of
 * milliseconds, which on the server's thread every read request waiting
 * behind them would pay. Falls back to in-process when the compiled worker
 * is not there.
 */
export function createLibraryWriter(config: Config, now?: () => Date): LibraryWriter {
  if (!existsSync(WORKER_FILE)) return inProcessWriter(config, inProcessPool(), now);
  return new ThreadWriter(config, now ?? (() => new Date()));
}

class ThreadWriter implements LibraryWriter {
  private worker: Worker;
  private readonly pending = new Map<number, { resolve: (o: Outcome) => void; label: string }>();
  private seq = 0;

  constructor(
    private readonly config: Config,
    private readonly now: () => Date,
  ) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(WORKER_FILE, { workerData: { config: this.config } });
    worker.on('message', (response: WorkerResponse) => {
      const waiter = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      waiter?.resolve(response.outcome);
    });
    // A crash fails the inputs in hand (nothing half-stored: each is one transaction) and starts a new writer.
    worker.once('error', (error) => {
      for (const [id, waiter] of this.pending) {
        waiter.resolve({ status: 'rejected', label: waiter.label, failure: toFailure(error, waiter.label) });
        this.pending.delete(id);
      }
      this.worker = this.start();
    });
    // Idle, the thread does not hold the process open; with inputs in hand it does (a shutdown waits for them).
    if (this.pending.size === 0) worker.unref();
    return worker;
  }

  add(request: WriteRequest): Promise<Outcome> {
    const id = ++this.seq;
    const message: WorkerRequest = { id, path: request.library.path, source: request.source, upload: request.upload, now: this.now().toISOString() };
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, label: request.source.label });
      this.worker.ref();
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
