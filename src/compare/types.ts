/**
 * The corroboration report `compare` gives for a story: claims, each with
 * the outlets that state it, state a compatible figure or a conflicting one;
 * and for every reading whether its headline is supported.
 */
import type { StoryDocument } from '../summarize/types.js';
import type { NlpToolkit } from '../relate/nlp.js';

export interface CompareDeps {
  nlp: NlpToolkit;
}

/** A reading to compare: the same shape a story summary takes. */
export type CompareDocument = StoryDocument;

export type ClaimKind = 'quantity' | 'date' | 'quote' | 'fact';

/** A numeric value as an interval: "more than 2,000" = [2000, Infinity], "no more than 10" = [0, 10]. */
export interface Amount {
  low: number;
  high: number;
  /** How it was written: exact, at least, at most, about. */
  bound: 'exact' | 'atLeast' | 'atMost' | 'about' | 'range';
  value: number;
}

/** One place a reading makes a claim. */
export interface ClaimMention {
  id: string;
  outlet: string | null;
  /** The words of the claim ("more than 2,000 troops"). */
  text: string;
  /** The sentence it is in (the headline counts as a sentence, index -1). */
  sentence: string;
  index: number;
  amount?: Amount;
  /** A resolved date (YYYY-MM-DD) or, when it cannot be resolved, a weekday. */
  date?: string;
  weekday?: string;
  speaker?: string | null;
}

export interface ClaimGroup {
  kind: ClaimKind;
  /** What the claim is about, stable across runs: "quantity:troops", "quantity:people/detain", "date:pull". */
  key: string;
  /** A readable form of the claim as most outlets state it. */
  label: string;
  /** Outlets stating the claim as in `label`. */
  statedBy: ClaimMention[];
  /** Outlets stating a different but compatible figure ("2,500" beside "more than 2,000"). */
  compatible: ClaimMention[];
  /** Outlets stating a figure or date that cannot be true together with `label`. */
  conflicting: ClaimMention[];
  /** Only one outlet makes the claim. */
  singleOutlet: boolean;
  /** The story's other outlets, which say nothing on the point (one reading each, to read it). */
  silent: { id: string; outlet: string | null }[];
}

export interface HeadlineCheck {
  id: string;
  outlet: string | null;
  headline: string;
  /** The body sentence that best supports the headline, when one does. */
  ownBody: { supported: boolean; sentence: string | null; score: number };
  /** Other readings with a sentence or headline that says what the headline says. */
  supportedBy: { id: string; outlet: string | null; sentence: string; score: number }[];
  /** Set when the headline is supported neither by its body nor by another outlet. */
  flagged: boolean;
  reason?: string;
}

export interface CompareReport {
  readings: number;
  outlets: number;
  /** Set when there is nothing to compare (one reading, or one outlet). */
  nothingToCompare?: string;
  /** Readings left out of the comparison: their language is not English, which is all the claim and headline readers read. */
  notCompared?: { id: string; outlet: string | null; language: string }[];
  claims: ClaimGroup[];
  /** Claims stated by several outlets with different figures, compatible or conflicting. */
  differences: ClaimGroup[];
  /** Claims only one outlet makes. */
  singleOutlet: ClaimGroup[];
  headlines: HeadlineCheck[];
}
