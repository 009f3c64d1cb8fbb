import { notFound, ReadingsError } from '../domain/errors.js';
import type { Original, Reading } from '../domain/types.js';
import type { Page, ReadingFilter, ReadingRepository, SearchHit } from '../store/repository.js';
import { parseSince } from './since.js';

export interface FilterInput {
  source?: string;
  category?: string;
  since?: string;
  unread?: boolean;
}

/** Validates user-given filters once, at the edge of the service. */
export function toFilter(input: FilterInput, now: Date = new Date()): ReadingFilter {
  const filter: ReadingFilter = {};
  if (input.source) filter.source = input.source;
  if (input.category) filter.category = input.category;
  if (input.unread) filter.unread = true;
  if (input.since) filter.since = parseSince(input.since, `--since ${input.since}`, now);
  return filter;
}

export function toPage(limit: number | undefined, offset: number | undefined): Page {
  const l = limit ?? 50;
  const o = offset ?? 0;
  if (!Number.isInteger(l) || l < 1 || l > 10_000) throw new ReadingsError('invalid_argument', 'limit must be 1..10000', `--limit ${limit}`);
  if (!Number.isInteger(o) || o < 0) throw new ReadingsError('invalid_argument', 'offset must be 0 or more', `--offset ${offset}`);
  return { limit: l, offset: o };
}

/** Finds a reading by id or unique id prefix, or fails with not_found. */
export function requireReading(repo: ReadingRepository, id: string): Reading {
  const full = repo.resolveId(id);
  const reading = full ? repo.get(full) : null;
  if (!reading) throw notFound('reading', id);
  return reading;
}

export function showReading(repo: ReadingRepository, id: string): { reading: Reading; original: Original | null } {
  const reading = requireReading(repo, id);
  return { reading, original: repo.getOriginal(reading.id) };
}

export interface ReadingEdit {
  /** The new category: trimmed, 1 to 200 characters. */
  category?: string;
  /** true: never read (read count 0, no last read). A read is `readReading`. */
  unread?: boolean;
}

const MAX_CATEGORY = 200;

/** Changes a reading's category, or marks it unread; an empty or overlong category changes nothing. */
export function editReading(repo: ReadingRepository, id: string, edit: ReadingEdit, now: Date = new Date()): Reading {
  const reading = requireReading(repo, id);
  const category = edit.category?.trim();
  if (category !== undefined && (category.length === 0 || category.length > MAX_CATEGORY)) {
    throw new ReadingsError('invalid_argument', `a category is 1 to ${MAX_CATEGORY} characters`, JSON.stringify(edit.category));
  }
  const updated = repo.update(reading.id, { ...(category !== undefined ? { category } : {}), unread: edit.unread ?? false }, now.toISOString());
  if (!updated) throw notFound('reading', id);
  return updated;
}

export function readReading(repo: ReadingRepository, id: string, now: Date = new Date()): Reading {
  const reading = requireReading(repo, id);
  const updated = repo.markRead(reading.id, now.toISOString());
  if (!updated) throw notFound('reading', id);
  return updated;
}

export function searchReadings(repo: ReadingRepository, query: string, filter: ReadingFilter, page: Page): SearchHit[] {
  if (!query.trim()) throw new ReadingsError('invalid_argument', 'the search query is empty', 'search');
  return repo.search(query, filter, page);
}
