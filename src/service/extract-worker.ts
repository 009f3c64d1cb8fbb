import { parentPort } from 'node:worker_threads';
import { loadAnalyzer } from './analyzer.js';
import { prepareReading, toFailure } from './prepare-reading.js';
import type { PoolRequest, PoolResponse } from './extract-pool.js';

// A worker thread: runs the pure ingest core on one input at a time, so that
// parsing, extraction and analysis use every core while the main thread stores.
parentPort?.on('message', async (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    const analyzer = request.ctx.analyze === false ? undefined : await loadAnalyzer();
    response = { seq: request.seq, prepared: prepareReading(request.raw, request.hints, request.ctx, analyzer) };
  } catch (error) {
    response = { seq: request.seq, prepared: { kind: 'rejected', failure: toFailure(error, request.raw.label) } };
  }
  parentPort?.postMessage(response);
});
