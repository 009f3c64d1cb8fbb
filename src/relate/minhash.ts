/**
 * MinHash over word shingles, for near-duplicates (syndicated copies,
 * re-posts). 64 values; LSH in 16 bands of 4 rows: two readings whose
 * shingle sets have Jaccard 0.5 share a bucket with probability 0.64, at
 * 0.7 with probability 0.99, at 0.2 with probability 0.03.
 */
import { decodeUint32, encodeUint32, hashString, mix32 } from './hash.js';

export const MINHASH_SIZE = 64;
export const LSH_BANDS = 16;
const ROWS = MINHASH_SIZE / LSH_BANDS;
const SHINGLE = 3;

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/** The signature of a word sequence (lower-cased words, punctuation removed); '' when there are no words. */
export function minhashSignature(words: readonly string[]): string {
  if (words.length === 0) return '';
  const k = Math.min(SHINGLE, words.length);
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + k <= words.length; i++) addShingle(sig, words, i, k);
  return encodeUint32(sig);
}

function addShingle(sig: Uint32Array, words: readonly string[], at: number, k: number): void {
  const h = hashString(words.slice(at, at + k).join(' '));
  for (let j = 0; j < MINHASH_SIZE; j++) {
    const v = mix32(h ^ SEEDS[j]!);
    if (v < sig[j]!) sig[j] = v;
  }
}

/** The minima over the shingles inside one run of words (a paragraph), for `signatureOfRuns`. */
export function shingleMinima(words: readonly string[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) addShingle(sig, words, i, SHINGLE);
  return sig;
}

/**
 * `minhashSignature(words)` of words made of consecutive runs, from each run's
 * `shingleMinima` and the shingles that cross from one run into the next.
 */
export function signatureOfRuns(words: readonly string[], runs: readonly { length: number; minima: Uint32Array }[]): string {
  if (words.length < SHINGLE) return minhashSignature(words);
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  let start = 0;
  for (const run of runs) {
    for (let j = 0; j < MINHASH_SIZE; j++) if (run.minima[j]! < sig[j]!) sig[j] = run.minima[j]!;
    // A shingle crosses into the run starting here when it starts one or two words before it.
    if (start > 0) for (let at = Math.max(0, start - SHINGLE + 1); at < start && at + SHINGLE <= words.length; at++) addShingle(sig, words, at, SHINGLE);
    start += run.length;
  }
  return encodeUint32(sig);
}

/** Estimated Jaccard similarity of the two shingle sets (0 when either is empty). */
export function signatureSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  // Compared as bytes, four to a value: a grouping checks hundreds of thousands of pairs, and decoding to numbers was most of it.
  const x = Buffer.from(a, 'base64');
  const y = Buffer.from(b, 'base64');
  let same = 0;
  for (let i = 0; i < 4 * MINHASH_SIZE; i += 4) if (x[i] === y[i] && x[i + 1] === y[i + 1] && x[i + 2] === y[i + 2] && x[i + 3] === y[i + 3]) same++;
  return same / MINHASH_SIZE;
}

/** LSH bucket keys `h:<band>:<hash>`, one per band. */
export function lshKeys(signature: string): string[] {
  if (!signature) return [];
  const sig = decodeUint32(signature);
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = band + 1;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ sig[band * ROWS + r]!);
    keys.push(`h:${band}:${h.toString(36)}`);
  }
  return keys;
}
