import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * How an original input's bytes are kept in the library: gzip-compressed when
 * that saves a tenth or more. A web page's bytes are 4-5 times their
 * compressed size, and they were most of a library's file and of the bulk
 * import's writes; unpacking gives back the input byte for byte.
 */
export interface PackedOriginal {
  data: Uint8Array;
  /** Null: the bytes as given. */
  encoding: 'gzip' | null;
}

/** Below this, compression cannot save a disk page. */
const MIN_PACKED_BYTES = 1024;

export function packOriginal(bytes: Uint8Array): PackedOriginal {
  if (bytes.length < MIN_PACKED_BYTES) return { data: bytes, encoding: null };
  // Level 1: three quarters of level 6's saving at half its time, in the bulk import's workers.
  const packed = gzipSync(bytes, { level: 1 });
  return packed.length <= bytes.length * 0.9 ? { data: packed, encoding: 'gzip' } : { data: bytes, encoding: null };
}

export function unpackOriginal(data: Uint8Array, encoding: string | null): Uint8Array {
  if (encoding === null) return data;
  if (encoding === 'gzip') return new Uint8Array(gunzipSync(data));
  throw new Error(`an original kept in an unknown encoding: ${encoding}`);
}
