import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { planBatch, type BatchPlan, type BatchPlanInput, type BatchReading } from '../relate/plan-batch.js';
import type { Features } from '../relate/types.js';

/**
 * A batch to plan, with each reading's features as stored (JSON): parsed by
 * the planner, so that a worker is sent strings rather than objects copied
 * one by one, and the writer does not hold them all parsed.
 */
export interface PlanRequest extends Omit<BatchPlanInput, 'batch'> {
  batch: readonly (Omit<BatchReading, 'features'> & { featuresJson: string })[];
}

/** The input `planBatch` is given. */
export function planInput(request: PlanRequest): BatchPlanInput {
  return { ...request, batch: request.batch.map(({ featuresJson, ...b }) => ({ ...b, features: JSON.parse(featuresJson) as Features })) };
}

export type PlanReply = { plan: BatchPlan } | { error: string };

/** Slots of the memory a plan worker shares: replies sent, then its progress (done, total). */
export const REPLIES = 0;
export const DONE = 1;
export const TOTAL = 2;

/**
 * A plan under way: `wait` blocks until it is made (reporting progress
 * meanwhile); `poll` only reports progress; `made` is the plan when it was
 * made before the writer asked (in this thread), else null.
 */
export interface PendingPlan {
  poll(): void;
  wait(): BatchPlan;
  made(): BatchPlan | null;
}

/**
 * Makes batch plans (plan-batch.ts), in a worker thread beside the writer
 * when the batches are large: the writer posts the batch into the candidate
 * index meanwhile, then waits for the plan and writes it.
 */
export interface BatchPlanner {
  start(request: PlanRequest, onProgress?: (done: number, total: number) => void): PendingPlan;
  close(): Promise<void>;
}

export const inProcessPlanner: BatchPlanner = {
  start(request, onProgress) {
    const plan = planBatch(planInput(request), onProgress);
    return { poll: () => {}, wait: () => plan, made: () => plan };
  },
  close: async () => {},
};

const WORKER_FILE = fileURLToPath(new URL('./plan-worker.js', import.meta.url));
/** How often a writer waiting for its plan reports the worker's progress. */
const PROGRESS_MS = 100;

/**
 * How long a worker may go without reporting progress before the writer
 * gives up on it. A worker that runs out of memory is stopped without a
 * word, and the writer, blocked while it waits, cannot hear of it; a plan
 * reports every reading it scores, and its longest silent step (clustering)
 * takes seconds for the largest part.
 */
const STALL_MS = 5 * 60_000;

/** A planner in a worker thread; in process when the compiled worker is not there (running from TypeScript sources). */
export function workerPlanner(workerFile = WORKER_FILE, options: { stallMs?: number } = {}): BatchPlanner {
  return existsSync(workerFile) ? new WorkerPlanner(workerFile, options.stallMs ?? STALL_MS) : inProcessPlanner;
}

class WorkerPlanner implements BatchPlanner {
  private readonly state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  private readonly replies: MessagePort;
  private readonly worker: Worker;
  private sent = 0;

  constructor(
    workerFile: string,
    private readonly stallMs: number,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.replies = port1;
    // The heap limit is the process's own (the plan of a large batch needs
    // what the writer needed when it made the plan itself); a small young
    // generation, as the extraction workers have, saves ~30 MB at the peak.
    this.worker = new Worker(workerFile, { workerData: { state: this.state.buffer, replies: port2 }, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  }

  start(request: PlanRequest, onProgress?: (done: number, total: number) => void): PendingPlan {
    if (Atomics.load(this.state, REPLIES) !== this.sent) throw new Error('the batch plan worker is still busy with an earlier plan');
    Atomics.store(this.state, DONE, 0);
    Atomics.store(this.state, TOTAL, 0);
    this.worker.postMessage(request);
    const expected = ++this.sent;
    const report = (): void => {
      const total = Atomics.load(this.state, TOTAL);
      if (total > 0) onProgress?.(Atomics.load(this.state, DONE), total);
    };
    return {
      poll: report,
      made: () => null,
      wait: () => {
        // Synchronous: the writer holds a transaction open, and nothing else may write into it while it waits.
        let done = -1;
        let since = Date.now();
        while (Atomics.load(this.state, REPLIES) < expected) {
          Atomics.wait(this.state, REPLIES, expected - 1, PROGRESS_MS);
          report();
          const now = Atomics.load(this.state, DONE);
          if (now !== done) {
            done = now;
            since = Date.now();
          } else if (Date.now() - since > this.stallMs) {
            throw new Error(`the batch plan worker reported no progress for ${Math.round(this.stallMs / 1000)} s (out of memory?)`);
          }
        }
        const reply = receiveMessageOnPort(this.replies)?.message as PlanReply | undefined;
        if (!reply) throw new Error('the batch plan worker replied with nothing');
        if ('error' in reply) throw new Error(`batch plan worker: ${reply.error}`);
        return reply.plan;
      },
    };
  }

  async close(): Promise<void> {
    this.replies.close();
    await this.worker.terminate();
  }
}
