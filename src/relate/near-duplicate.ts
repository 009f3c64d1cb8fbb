/**
 * `nearDuplicate`: is one reading (almost) the same text as another? Two
 * signals, either suffices, for two readings close in time (COPY_TIME_FACTOR):
 *   - copies: the MinHash estimate of their word 3-shingle Jaccard is high
 *     (syndicated wire copy, re-post);
 *   - spun copies (three sentences or more): most sentences of the shorter
 *     one align with a sentence of the other (same content lemmas and numbers
 *     for the most part, even with many words swapped), the two are of
 *     comparable length, and most of their facts (names, numbers) are shared.
 */
import { lengthScale } from './link.js';
import { signatureSimilarity } from './minhash.js';
import { DEFAULT_HALF_LIFE_DAYS, timeFactor } from './time-decay.js';
import { decodeSketch, sketchOverlap } from './sketch.js';
import type { Features } from './types.js';

export const COPY_JACCARD = 0.6;
/**
 * Least time factor (time-decay.ts) for two readings to count as copies at
 * all: two full texts stay copies for days, two headlines only the same day
 * (the same headline on another day is mostly another day's report:
 * "Stocks fluctuate as investors weigh economy").
 */
export const COPY_TIME_FACTOR = 0.5;
/** Dice overlap of two sentences' content lemmas for them to align. */
export const SENTENCE_ALIGN = 0.4;
/** Share of the shorter reading's sentences that must align. */
export const ALIGNED_SHARE = 0.6;
const LENGTH_RATIO = 0.5;
/**
 * Sentences the shorter reading needs before re-wording can count as copying:
 * two headlines or two-line snippets of one event "align" whenever they report
 * it, and that is a story, not a copy.
 */
export const SPUN_MIN_SENTENCES = 3;
const FACTS_SHARE = 0.5;

export interface NearDuplicate {
  /** In [0, 1]: shingle Jaccard for copies, share of aligned sentences for spun copies. */
  similarity: number;
}

function alignedShare(short: Uint16Array[], long: Uint16Array[]): number {
  let aligned = 0;
  for (const s of short) {
    let best = 0;
    for (const t of long) {
      const dice = (2 * sketchOverlap(s, t)) / (s.length + t.length);
      if (dice > best) best = dice;
    }
    if (best >= SENTENCE_ALIGN) aligned++;
  }
  return aligned / short.length;
}

function factsShare(a: Features, b: Features): number {
  const facts = (f: Features): Set<string> => new Set([...f.entities.map((e) => `e:${e.key}`), ...f.numbers.map((n) => `n:${n}`)]);
  const x = facts(a);
  const y = facts(b);
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 1;
  let shared = 0;
  for (const k of x) if (y.has(k)) shared++;
  return shared / smaller;
}

function closeInTime(a: Features, b: Features): boolean {
  return timeFactor(a.day, b.day, DEFAULT_HALF_LIFE_DAYS, lengthScale(a.words) * lengthScale(b.words)) >= COPY_TIME_FACTOR;
}

/** The word-for-word part of `nearDuplicate`: the shingle Jaccard estimate of two readings close in time, else 0. */
export function copySimilarity(a: Features, b: Features): number {
  return closeInTime(a, b) ? signatureSimilarity(a.signature, b.signature) : 0;
}

export function nearDuplicate(a: Features, b: Features): NearDuplicate | null {
  if (!closeInTime(a, b)) return null;
  const jaccard = signatureSimilarity(a.signature, b.signature);
  if (jaccard >= COPY_JACCARD) return { similarity: jaccard };
  if (Math.min(a.sentences.length, b.sentences.length) < SPUN_MIN_SENTENCES) return null;
  const [short, long] = a.sentences.length <= b.sentences.length ? [a, b] : [b, a];
  if (short.sentences.length / long.sentences.length < LENGTH_RATIO) return null;
  const share = alignedShare(short.sentences.map(decodeSketch), long.sentences.map(decodeSketch));
  if (share < ALIGNED_SHARE || factsShare(a, b) < FACTS_SHARE) return null;
  return { similarity: Math.max(jaccard, share) };
}
