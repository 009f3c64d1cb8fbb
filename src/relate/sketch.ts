/**
 * Sentence sketches: each sentence as the sorted set of 16-bit hashes of its
 * content lemmas and numbers. Two sketches' overlap tells whether two
 * sentences say the same thing even when a spinner swapped some words.
 */
import { decodeUint16, encodeUint16, hashString } from './hash.js';

export function sentenceSketch(terms: readonly string[]): string {
  const set = new Set<number>();
  for (const term of terms) set.add(hashString(term) & 0xffff);
  return encodeUint16(Uint16Array.from([...set].sort((a, b) => a - b)));
}

export function decodeSketch(sketch: string): Uint16Array {
  return decodeUint16(sketch);
}

/** Shared values of two sorted sketches. */
export function sketchOverlap(a: Uint16Array, b: Uint16Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
