/**
 * The footer a reading app (ours, as in seed 003) prints under an article:
 *
 *   Similar Readings (5 items) / <titles> / Summary / <text> / Statistics /
 *   225 / Words1 / Read CountDetails / ID: … / Category ID: nhk / URL: … /
 *   Date: Jan. 14, 2022 / Created: … / Updated: … / Last Read: …
 *
 * It is metadata, not body: we read its fields and cut it off.
 */
import type { Line } from './blocks.js';
import { canonicalizeUrl } from '../common/canonical-url.js';
import { parseDate } from '../common/dates.js';

export interface ReadingFooter {
  /** Index of the first footer line: everything from here on is footer. */
  start: number;
  url: string | null;
  published: string | null;
  category: string | null;
}

const FIELD_RE = /^(ID|Category ID|Category|URL|Date|Published|Created|Updated|Last Read)\s*:\s*(.+)$/i;
const SECTION_RE = /^(?:Similar Readings(?:\s*\(\d+\s+items?\))?|Summary|Statistics|Details|(?:\d+\s*)?Words\d*|(?:Read Count)?Details?)$/i;
const SIMILAR_RE = /^Similar Readings\s*\(\d+\s+items?\)$/i;

/** The reading-app footer at the end of the lines, when there is one. */
export function findReadingFooter(lines: readonly Line[]): ReadingFooter | null {
  // The Details fields: at least three "Key: value" lines among the last ones.
  const fields = new Map<string, string>();
  let firstField = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
    const m = FIELD_RE.exec(lines[i]?.text ?? '');
    if (!m) continue;
    fields.set((m[1] ?? '').toLowerCase(), (m[2] ?? '').trim());
    firstField = i;
  }
  if (fields.size < 3 || firstField < 0) return null;
  // Walk back over the Statistics / Summary / Similar Readings sections.
  let start = firstField;
  const similar = findLast(lines, firstField, (t) => SIMILAR_RE.test(t), 40);
  if (similar >= 0) start = similar;
  else {
    for (let i = firstField - 1; i >= 0 && i >= firstField - 8; i--) {
      const t = lines[i]?.text ?? '';
      if (SECTION_RE.test(t) || /^\d+$/.test(t)) start = i;
    }
  }
  return {
    start,
    url: canonicalizeUrl(fields.get('url') ?? null),
    published: parseDate(fields.get('date') ?? fields.get('published') ?? null),
    category: fields.get('category id') ?? fields.get('category') ?? null,
  };
}

function findLast(lines: readonly Line[], before: number, test: (t: string) => boolean, within: number): number {
  for (let i = before - 1; i >= 0 && i >= before - within; i--) if (test(lines[i]?.text ?? '')) return i;
  return -1;
}
