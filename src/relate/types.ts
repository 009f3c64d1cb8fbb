/**
 * Types of the `relate` stage: what `analyze` derives from a reading, what
 * the candidate index serves, and what similarity and story grouping return.
 * Everything here is plain JSON-serializable data.
 */

/** The reading fields `analyze` looks at (a subset of `Reading`). */
export interface RelateInput {
  title: string;
  text: string;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
}

export type EntityKind = 'person' | 'place' | 'organisation' | 'name';

/** A named entity as it appears in a reading. */
export interface Entity {
  /** Matching key, lower-cased: "vladimir putin". */
  key: string;
  /** Display form: "Vladimir Putin". */
  name: string;
  kind: EntityKind;
  /** How often it occurs in the reading (title included). */
  count: number;
}

/**
 * What `analyze` keeps of a reading: compact (a few KB for a long article,
 * a few hundred bytes for a headline) and JSON-serializable, so the store can
 * keep it beside the reading and never re-run the NLP.
 */
export interface Features {
  /** Format version: bump when the analysis changes so stored features get recomputed. */
  version: number;
  /** Published calendar day `YYYY-MM-DD`, or null when unknown. */
  day: string | null;
  outlet: string | null;
  title: string;
  /** Word count of title + text. */
  words: number;
  /** Lemmas of content words (stop-words, numbers, punctuation removed) -> frequency, title included. */
  terms: Record<string, number>;
  /** In a language with a stemmer (not English), the word each stem in `terms` was first read from, where the two differ. */
  stemForms?: Record<string, string>;
  /** Lemmas of the title's content words, in order, without repeats. */
  titleTerms: string[];
  /** The title is only the body's first words (extraction made it for a text given without a headline). */
  titleMade?: true;
  entities: Entity[];
  /** Normalized numbers, amounts and percentages: "2500", "$1.5 trillion" -> "1.5 trillion$", "10%". */
  numbers: string[];
  /** Date expressions, lower-cased: "january 2", "tuesday", "2022". */
  dates: string[];
  /** MinHash of word 3-shingles, as base64 of little-endian uint32 values. */
  signature: string;
  /** One sketch per sentence: base64 of the sorted 16-bit hashes of its content lemmas. */
  sentences: string[];
}

/** Library-wide statistics for term weighting, as the index serves them. */
export interface RelateStats {
  docCount: number;
  /** Number of readings holding a key (term lemma, `e:`, `n:`, `d:` keys). */
  docFreq: (key: string) => number;
}

export interface SimilarityReasons {
  people: string[];
  places: string[];
  organisations: string[];
  numbers: string[];
  dates: string[];
  /** The rarest shared terms (lemmas). */
  terms: string[];
}

export interface Similarity {
  /** In [0, 1]: how closely the two readings cover the same event. */
  score: number;
  reasons: SimilarityReasons;
}

export interface CandidateOptions {
  limit: number;
  /** Inclusive day range `YYYY-MM-DD`; readings without a day are always eligible. */
  window?: { from: string; to: string };
}

/**
 * What the relate stage needs from storage. The SQLite store implements it
 * with a `relate_postings(key, day, reading_id)` table indexed on
 * `(key, day)` and a `relate_df(key, df)` table; `InMemoryRelateIndex` is the
 * reference implementation. See `postings.ts` for which keys are posted.
 */
export interface RelateIndex {
  docCount(): number;
  /** Document frequency of each key over the whole library (absent keys -> 0). */
  docFreq(keys: string[]): Map<string, number>;
  /**
   * Library statistics covering the given readings' keys (their statKeys),
   * to score them at once: lookups may read the index's live counts, so the
   * object is not kept across a write.
   */
  statsFor(keyLists: readonly (readonly string[])[]): RelateStats;
  /** Ids sharing rare posted keys or LSH buckets with `features`, best first; never a scan of the library. */
  candidates(features: Features, options: CandidateOptions): string[];
  /** Ids sharing LSH buckets with `features` (likely copies), most shared buckets first, ties by id. */
  bucketMates(features: Features, options: CandidateOptions): string[];
  features(ids: string[]): Map<string, Features>;
  storyOf(id: string): string | null;
  /** The story of each of `ids` that is in one. */
  storiesOf(ids: readonly string[]): Map<string, string>;
}

/** What grouping says of a story: its title (the most representative headline), outlets, size and days. */
export interface StoryDetails {
  title: string;
  /** Distinct known outlets. */
  outlets: string[];
  /** Members whose outlet is unknown: each counts as an outlet of its own where outlets are counted. */
  unknownOutlets: number;
  size: number;
  /** Members kept out of the candidate index as word-for-word copies of another member. */
  copies: number;
  firstDay: string | null;
  lastDay: string | null;
}
