import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import {
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  type BrotliDecompress,
  type Gunzip,
  type Inflate,
  type InflateRaw,
} from 'node:zlib';
import { ReadingsError } from '../domain/errors.js';

/** What we send as Accept-Encoding: every coding {@link decodeContentEncoding} undoes. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

type Decompressor = Inflate | InflateRaw | Gunzip | BrotliDecompress;

/**
 * A decompressor created on the first chunk: an empty body stays empty (servers send
 * `Content-Encoding: gzip` on empty responses, which zlib would call truncated), and
 * `deflate`, meant to be zlib-wrapped (RFC 9110) but sometimes raw, is told apart by
 * its first bytes.
 */
class LazyDecompressor extends Transform {
  #inner: Decompressor | null = null;
  readonly #create: (first: Buffer) => Decompressor;

  constructor(create: (first: Buffer) => Decompressor) {
    super();
    this.#create = create;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.#inner) {
      this.#inner = this.#create(chunk);
      this.#inner.on('data', (data: Buffer) => this.push(data));
      this.#inner.on('error', (err) => this.destroy(err));
    }
    this.#inner.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.#inner) return callback();
    this.#inner.once('end', () => callback());
    this.#inner.end();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.#inner?.destroy();
    callback(err);
  }
}

function hasZlibHeader(first: Buffer): boolean {
  const b0 = first[0] ?? 0;
  const b1 = first[1];
  return (b0 & 0x0f) === 8 && b0 >> 4 <= 7 && (b1 === undefined || ((b0 << 8) | b1) % 31 === 0);
}

function decoderFor(coding: string, input: string): Transform {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return new LazyDecompressor(() => createGunzip());
    case 'deflate':
      return new LazyDecompressor((first) => (hasZlibHeader(first) ? createInflate() : createInflateRaw()));
    case 'br':
      return new LazyDecompressor(() => createBrotliDecompress());
    default:
      throw new ReadingsError('fetch_http_error', `server sent an unsupported Content-Encoding "${coding}"`, input);
  }
}

/**
 * The body with its Content-Encoding undone (codings applied in order, so undone in
 * reverse). Destroying the returned stream destroys `body` too.
 */
export function decodeContentEncoding(body: Readable, header: string | null, input: string): Readable {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
    .reverse();
  let stream = body;
  for (const coding of codings) {
    stream = pipeline(stream, decoderFor(coding, input), () => {});
  }
  return stream;
}
