import type { Original, Reading, ReadingSummary } from '../domain/types.js';

/** Filters shared by list, search and export. */
export interface ReadingFilter {
  source?: string;
  category?: string;
  /** ISO date or timestamp: readings published (else created) on or after it. */
  since?: string;
  unread?: boolean;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface SearchHit {
  reading: ReadingSummary;
  /** BM25 score, higher is better. */
  score: number;
  /** A fragment of the text; matched terms wrapped in <mark>…</mark>, the rest HTML-escaped. */
  snippet: string;
}

/** What a reader may change on a reading. */
export interface ReadingChanges {
  category?: string;
  /** Back to never read: read count 0, no last read. */
  unread?: boolean;
}

/** What identifies an input already in the library. */
export interface Identity {
  url: string | null;
  inputHash: string;
  contentHash: string | null;
}

/**
 * All storage goes through this interface, so that another backend
 * (PostgreSQL) can be added without touching the core.
 */
export interface ReadingRepository {
  /** Stores a reading and its verbatim input in one transaction. */
  insert(reading: Reading, inputHash: string, original: Original): void;
  /** The reading that already holds this input, if any. */
  findExisting(identity: Identity): Reading | null;
  get(id: string): Reading | null;
  /** Resolves a full id or a unique id prefix (at least 4 characters). */
  resolveId(idOrPrefix: string): string | null;
  /** Newest first, without the bodies (a page of a large library should not read every article). */
  list(filter: ReadingFilter, page: Page): ReadingSummary[];
  count(filter: ReadingFilter): number;
  search(query: string, filter: ReadingFilter, page: Page): SearchHit[];
  /** read_count += 1, last_read_at = at. Returns the updated reading, or null when absent. */
  markRead(id: string, at: string): Reading | null;
  /** Applies the changes in one transaction (a new category moves updated_at to `at`). Returns the updated reading, or null when absent. */
  update(id: string, changes: ReadingChanges, at: string): Reading | null;
  delete(id: string): boolean;
  getOriginal(id: string): Original | null;
  /** Every reading matching the filter, oldest first, without holding them all in memory. */
  iterate(filter: ReadingFilter): IterableIterator<Reading>;
  close(): void;
}
