import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputHints, RawInput } from '../domain/types.js';
import { loadAnalyzer } from './analyzer.js';
import { prepareReading, type PrepareContext, type Prepared } from './prepare-reading.js';

export interface PoolRequest {
  seq: number;
  raw: RawInput;
  hints: InputHints;
  ctx: PrepareContext;
}

export interface PoolResponse {
  seq: number;
  prepared: Prepared;
}

/** Runs prepareReading, in worker threads when there are several inputs to share out. */
export interface ExtractPool {
  prepare(raw: RawInput, hints: InputHints, ctx: PrepareContext): Promise<Prepared>;
  /** How many prepare() calls may usefully be in flight at once. */
  readonly capacity: number;
  close(): Promise<void>;
}

export function inProcessPool(): ExtractPool {
  return {
    capacity: 1,
    prepare: async (raw, hints, ctx) => prepareReading(raw, hints, ctx, ctx.analyze === false ? undefined : await loadAnalyzer()),
    close: async () => {},
  };
}

const WORKER_FILE = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/**
 * A bounded heap per worker: parsing pages leaves a lot of short-lived
 * garbage, and without a bound V8 lets each worker's heap grow for speed,
 * which adds up over a 10,000-item import (3,000 pages with stories, two
 * workers: 633 MB peak at 160 MB, 600 MB at 96 MB, at the same speed).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };
const startWorker = (): Worker => new Worker(WORKER_FILE, { resourceLimits: WORKER_LIMITS });

/**
 * A pool of `size` worker threads. Falls back to in-process work when the
 * compiled worker is not there (running from TypeScript sources).
 */
export function createExtractPool(size: number): ExtractPool {
  if (size < 1 || !existsSync(WORKER_FILE)) return inProcessPool();
  return new WorkerPool(size);
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (p: Prepared) => void; reject: (e: Error) => void }>;
}

class WorkerPool implements ExtractPool {
  readonly capacity: number;
  private readonly slots: Slot[];
  private seq = 0;
  private next = 0;

  constructor(size: number) {
    this.capacity = size * 8;
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: startWorker(), pending: new Map() };
      this.attach(slot);
      return slot;
    });
  }

  /** A crashed worker fails only the inputs it held, and is replaced. */
  private attach(slot: Slot): void {
    slot.worker.on('message', (response: PoolResponse) => {
      const waiter = slot.pending.get(response.seq);
      slot.pending.delete(response.seq);
      waiter?.resolve(response.prepared);
    });
    slot.worker.once('error', (error) => {
      for (const waiter of slot.pending.values()) waiter.reject(error instanceof Error ? error : new Error(String(error)));
      slot.pending.clear();
      slot.worker = startWorker();
      this.attach(slot);
    });
  }

  prepare(raw: RawInput, hints: InputHints, ctx: PrepareContext): Promise<Prepared> {
    // The least busy worker takes it; ties go round-robin.
    let best = this.slots[this.next % this.slots.length] as Slot;
    for (const slot of this.slots) if (slot.pending.size < best.pending.size) best = slot;
    this.next++;
    const seq = ++this.seq;
    return new Promise<Prepared>((resolve, reject) => {
      best.pending.set(seq, { resolve, reject });
      best.worker.postMessage({ seq, raw, hints, ctx } satisfies PoolRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
