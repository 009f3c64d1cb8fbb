import { parentPort } from 'node:worker_threads';
import type { Original } from '../domain/types.js';
import { packOriginal } from '../store/original-packing.js';
import { loadAnalyzer } from './analyzer.js';
import { toFailure } from './failure.js';
import { prepareReading } from './prepare-reading.js';
import type { PoolRequest, PoolResponse } from './extract-pool.js';

// A worker thread: runs the pure ingest core on one input at a time, so that
// parsing, extraction and analysis use every core while the main thread stores.
const NO_BYTES = new Uint8Array(0);

function withoutBytes(original: Original): Original {
  const packed = packOriginal(original.bytes);
  return { ...original, bytes: NO_BYTES, packed: packed.encoding ? packed : { data: NO_BYTES, encoding: null } };
}

parentPort?.on('message', async (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    const analyzer = request.ctx.analyze === false ? undefined : await loadAnalyzer();
    const prepared = prepareReading(request.raw, request.hints, request.ctx, analyzer);
    // The pool still holds the input's bytes: sending them back would copy them again. They are packed
    // for the library here, beside the extraction, rather than on the thread that stores them all.
    response = { seq: request.seq, prepared: prepared.kind === 'prepared' ? { ...prepared, original: withoutBytes(prepared.original) } : prepared };
  } catch (error) {
    response = { seq: request.seq, prepared: { kind: 'rejected', failure: toFailure(error, request.raw.label) } };
  }
  parentPort?.postMessage(response);
});
