import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputHints, RawInput } from '../domain/types.js';
import { DEFAULT_WORKER_HEAP_MB, poolCapacity } from './pool-sizing.js';
import type { PrepareContext, Prepared } from './prepare-reading.js';

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

// Loaded on first use: a thread that hands its inputs to workers never needs
// the extraction modules, and workers start sooner when it does not load them.
export function inProcessPool(): ExtractPool {
  return {
    capacity: 1,
    prepare: async (raw, hints, ctx) => {
      const [{ prepareReading }, { loadAnalyzer }] = await Promise.all([import('./prepare-reading.js'), import('./analyzer.js')]);
      return prepareReading(raw, hints, ctx, ctx.analyze === false ? undefined : await loadAnalyzer());
    },
    close: async () => {},
  };
}

const WORKER_FILE = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

// A small young generation too: the default one costs ~40 MB of RSS for two workers, and no speed.
const startWorker = (heapMb: number): Worker =>
  new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } });

/**
 * A pool of `size` worker threads. Falls back to in-process work when the
 * compiled worker is not there (running from TypeScript sources).
 */
export function createExtractPool(size: number, heapMb = DEFAULT_WORKER_HEAP_MB): ExtractPool {
  if (size < 1 || !existsSync(WORKER_FILE)) return inProcessPool();
  return new WorkerPool(size, heapMb);
}

interface Slot {
  worker: Worker;
  /** The inputs a worker holds, with their bytes, which workers do not send back. */
  pending: Map<number, { bytes: Uint8Array; resolve: (p: Prepared) => void; reject: (e: Error) => void }>;
}

class WorkerPool implements ExtractPool {
  readonly capacity: number;
  private readonly slots: Slot[];
  private seq = 0;
  private next = 0;
  private readonly inProcess = inProcessPool();

  constructor(size: number, private readonly heapMb: number) {
    this.capacity = poolCapacity(size);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: startWorker(heapMb), pending: new Map() };
      this.attach(slot);
      return slot;
    });
  }

  /** A crashed worker fails only the inputs it held, and is replaced. */
  private attach(slot: Slot): void {
    slot.worker.on('message', (response: PoolResponse) => {
      const waiter = slot.pending.get(response.seq);
      slot.pending.delete(response.seq);
      const { prepared } = response;
      if (waiter && prepared.kind === 'prepared') {
        const { original } = prepared;
        original.bytes = waiter.bytes;
        if (original.packed?.encoding === null) original.packed.data = waiter.bytes;
      }
      waiter?.resolve(prepared);
    });
    slot.worker.once('error', (error) => {
      for (const waiter of slot.pending.values()) waiter.reject(error instanceof Error ? error : new Error(String(error)));
      slot.pending.clear();
      slot.worker = startWorker(this.heapMb);
      this.attach(slot);
    });
  }

  async prepare(raw: RawInput, hints: InputHints, ctx: PrepareContext): Promise<Prepared> {
    // The least busy worker takes it; ties go round-robin.
    let best = this.slots[this.next % this.slots.length] as Slot;
    for (const slot of this.slots) if (slot.pending.size < best.pending.size) best = slot;
    this.next++;
    const seq = ++this.seq;
    try {
      return await new Promise<Prepared>((resolve, reject) => {
        best.pending.set(seq, { bytes: raw.bytes, resolve, reject });
        best.worker.postMessage({ seq, raw, hints, ctx } satisfies PoolRequest);
      });
    } catch (error) {
      // A page too large for a worker's bounded heap (and the inputs that worker
      // held with it) is done again here, where the heap is not bounded.
      if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return this.inProcess.prepare(raw, hints, ctx);
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
