import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { planBatch } from '../relate/plan-batch.js';
import { DONE, REPLIES, TOTAL, planInput, type PlanReply, type PlanRequest } from './batch-planner.js';

// A worker thread that makes batch plans (batch-planner.ts): each reply goes
// out on its own port, then the count of replies in shared memory is raised,
// which wakes the writer waiting for it.
const { state: buffer, replies } = workerData as { state: SharedArrayBuffer; replies: MessagePort };
const state = new Int32Array(buffer);

parentPort?.on('message', (request: PlanRequest) => {
  let reply: PlanReply;
  try {
    const input = planInput(request);
    // The message is this thread's own copy: its ~30 MB of JSON for a large batch need not live through the plan.
    (request.batch as unknown[]).length = 0;
    const plan = planBatch(input, (done, total) => {
      Atomics.store(state, DONE, done);
      Atomics.store(state, TOTAL, total);
    });
    reply = { plan };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  replies.postMessage(reply);
  Atomics.add(state, REPLIES, 1);
  Atomics.notify(state, REPLIES);
});
