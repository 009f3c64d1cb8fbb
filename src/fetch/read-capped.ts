import { ReadingsError } from '../domain/errors.js';
import { formatBytes } from './format-bytes.js';

/**
 * Reads a byte stream into one buffer, giving up as soon as it grows past `maxBytes`
 * (the stream is closed, the rest is never read) with `input_too_large`.
 * String chunks (a stream with an encoding set) are taken as UTF-8.
 */
export async function readCapped(
  source: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  what: { noun: string; input: string },
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) {
      // Leaving the loop early closes the stream (async iterator return()).
      throw new ReadingsError(
        'input_too_large',
        `${what.noun} is over the ${formatBytes(maxBytes)} limit (stopped reading at ${formatBytes(total)})`,
        what.input,
      );
    }
    chunks.push(bytes);
  }
  return concatBytes(chunks, total);
}

/** A fresh, unpooled copy: `bytes.buffer` holds exactly these bytes. */
function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
