import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * How an original input's bytes are kept in the library: Brotli-compressed when
 * that saves a tenth or more. A web page's bytes are 4-5 times their
 * compressed size, and they were most of a library's file and of the bulk
 * import's writes; unpacking gives back the input byte for byte.
 */
export interface PackedOriginal {
  data: Uint8Array;
  /** Null: the bytes as given. */
  encoding: 'br' | null;
}

/** Below this, compression cannot save a disk page. */
const MIN_PACKED_BYTES = 1024;

// Quality 1: the 121 benchmark pages' 23 MB packed 4.8 times in 58 ms, where gzip's fastest level took
// 130 ms for 4.5 times; the bulk import's workers pack each input beside its extraction.
const OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };

export function packOriginal(bytes: Uint8Array): PackedOriginal {
  if (bytes.length < MIN_PACKED_BYTES) return { data: bytes, encoding: null };
  const packed = brotliCompressSync(bytes, { ...OPTIONS, params: { ...OPTIONS.params, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  return packed.length <= bytes.length * 0.9 ? { data: packed, encoding: 'br' } : { data: bytes, encoding: null };
}

export function unpackOriginal(data: Uint8Array, encoding: string | null): Uint8Array {
  if (encoding === null) return data;
  if (encoding === 'br') return new Uint8Array(brotliDecompressSync(data));
  throw new Error(`an original kept in an unknown encoding: ${encoding}`);
}
