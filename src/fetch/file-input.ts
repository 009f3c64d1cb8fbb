import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { ReadingsError } from '../domain/errors.js';
import type { RawInput } from '../domain/types.js';
import { contentTypeForPath } from './content-type.js';
import { tooLargeMessage } from './format-bytes.js';
import { readCapped } from './read-capped.js';

function fileError(err: unknown, path: string): ReadingsError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ReadingsError('not_found', 'no such file', path);
  if (code === 'EACCES' || code === 'EPERM') return new ReadingsError('invalid_argument', 'permission denied', path);
  if (code === 'EISDIR') return new ReadingsError('invalid_argument', 'is a directory, not a file', path);
  return new ReadingsError('invalid_argument', `cannot read the file: ${(err as Error).message}`, path);
}

/**
 * Reads a file given on the command line. Checks its size before reading it; still
 * reads with the cap, for files that grow or report no size (pipes, /dev/stdin).
 */
export async function readFileInput(path: string, maxBytes: number): Promise<RawInput> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fileError(err, path);
  }
  if (info.isDirectory()) throw new ReadingsError('invalid_argument', 'is a directory, not a file', path);
  if (info.size > maxBytes) throw new ReadingsError('input_too_large', tooLargeMessage('file', info.size, maxBytes), path);
  let bytes: Uint8Array;
  try {
    bytes = (info.isFile() ? await readWhole(path, info.size) : null) ?? (await readCapped(createReadStream(path), maxBytes, { noun: 'file', input: path }));
  } catch (err) {
    throw err instanceof ReadingsError ? err : fileError(err, path);
  }
  return { bytes, contentType: contentTypeForPath(path), url: null, label: path };
}

/**
 * A regular file of a known size, read in one piece into a buffer of exactly
 * its bytes (a stream's chunks cost a bulk import's main thread more than the
 * reading); null when it grew meanwhile, to be read again with the cap.
 */
async function readWhole(path: string, size: number): Promise<Uint8Array | null> {
  const file = await open(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await file.read(bytes, read, size - read, read);
      if (bytesRead === 0) return bytes.slice(0, read);
      read += bytesRead;
    }
    const { bytesRead } = await file.read(new Uint8Array(1), 0, 1, size);
    return bytesRead === 0 ? bytes : null;
  } finally {
    await file.close();
  }
}

/** Reads all of stdin (or any byte stream), with the cap. Labelled `-`. */
export async function readStdinInput(stream: NodeJS.ReadableStream, maxBytes: number): Promise<RawInput> {
  const bytes = await readCapped(stream as AsyncIterable<Uint8Array | string>, maxBytes, { noun: 'standard input', input: '-' });
  return { bytes, contentType: null, url: null, label: '-' };
}
