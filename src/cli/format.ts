import type { Reading, ReadingSummary } from '../domain/types.js';
import type { Failure } from '../service/failure.js';
import type { SimilarItem } from '../service/similar.js';
import { reasonLabels } from '../service/similar-reasons.js';
import { UNKNOWN_OUTLET, sourceLabel } from '../domain/outlets.js';

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** "1 story", "3 stories". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Jan. 14, 2022", as seed 003's Details show a publication date. */
export function formatDay(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "2022/01/14 08:51" (UTC), as seed 003's Details show times. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * One line per reading: id, title, outlet, date, words. In a list an undated
 * reading says the day it was added, by which it sorts; just after `add` that
 * day is today and goes without saying.
 */
export function formatReadingLine(r: ReadingSummary, { listed = true }: { listed?: boolean } = {}): string {
  const day = r.publishedAt ? formatDay(r.publishedAt) : listed ? `added ${formatDay(r.createdAt)}` : null;
  const parts = [sourceLabel(r), day, plural(r.wordCount, 'word')];
  const status = r.extractionStatus === 'failed' ? ` [extraction failed: ${r.extractionErrorCode}]` : '';
  return `${r.id}  ${r.title}  (${parts.filter(Boolean).join(' · ')})${status}`;
}

/** The whole reading: clean text, then Statistics and Details as in seed 003's footer. */
export function formatReading(r: Reading, originalBytes: number | null): string {
  const lines: string[] = [r.title];
  const sub = [r.outlet, r.byline && `by ${r.byline}`, r.publishedAt && formatDay(r.publishedAt)].filter(Boolean);
  if (sub.length) lines.push(sub.join(' · '));
  lines.push('');
  if (r.extractionStatus === 'failed') {
    lines.push(`Extraction failed: ${r.extractionError} [${r.extractionErrorCode}]`);
    lines.push(`The original input is kept verbatim (${originalBytes ?? 0} bytes).`);
  } else {
    lines.push(r.text);
  }
  lines.push('', 'Statistics');
  lines.push(`  ${r.wordCount} Words`);
  lines.push(`  ${r.readCount} Read Count`);
  lines.push(`  ${r.readingMinutes} min reading time`);
  lines.push('Details');
  lines.push(`  ID: ${r.id}`);
  if (r.ref) lines.push(`  Ref: ${r.ref}`);
  lines.push(`  Category ID: ${r.category}`);
  lines.push(`  URL: ${r.url ?? '—'}`);
  lines.push(`  Date: ${formatDay(r.publishedAt)}`);
  lines.push(`  Created: ${formatTime(r.createdAt)}`);
  lines.push(`  Updated: ${formatTime(r.updatedAt)}`);
  lines.push(`  Last Read: ${formatTime(r.lastReadAt)}`);
  if (r.language) lines.push(`  Language: ${r.language}`);
  return lines.join('\n');
}

export function formatFailure(f: Failure): string {
  return `${f.input}: ${f.message} [${f.code}]`;
}

/** One similar reading: score, the reading, and why (shared names, numbers, dates, rare terms). */
export function formatSimilar(item: SimilarItem): string {
  const why = reasonLabels(item.reasons, 8);
  return `  ${item.score.toFixed(2)}  ${formatReadingLine(item.reading)}${why.length ? `\n        shared: ${why.join(', ')}` : ''}`;
}

/** An outlet as the CLI lists it: a reading that names none by its id's first characters, to tell two such apart. */
export function outletLabel(m: { outlet: string | null; id: string }): string {
  return m.outlet ?? `${UNKNOWN_OUTLET} (${m.id.slice(0, 8)})`;
}
