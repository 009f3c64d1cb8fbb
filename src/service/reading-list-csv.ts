/**
 * Reading lists exported as CSV by read-it-later services, one saved link per
 * row: Pocket's export (`title,url,time_added,cursor,tags,status`, tags
 * separated by "|"), Instapaper's (`URL,Title,Selection,Folder,Timestamp`),
 * and any CSV whose header names a `url` (or `link`) column. Each row becomes
 * a URL to fetch, with the title the service stored (used when the page names
 * none), its first tag (or Instapaper folder) as the reading's category, and
 * read when the service had it archived. Parsed by csv-parse, as a stream: a 10,000-row
 * export never sits in memory at once.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { ReadingsError } from '../domain/errors.js';
import type { InputHints } from '../domain/types.js';
import type { InputSource } from './input-sources.js';

const URL_COLUMNS = ['url', 'link', 'href'];
/** Instapaper's own folders say where a link sits, not what it is about. */
const SERVICE_FOLDERS = new Set(['unread', 'archive', 'starred']);

type Row = Record<string, string | undefined>;

function column(row: Row, names: readonly string[]): string | null {
  for (const name of names) {
    const value = row[name]?.trim();
    if (value) return value;
  }
  return null;
}

/** The reading's category from a row: its first tag, else its folder unless the service's own. */
function categoryOf(row: Row): string | null {
  const tag = column(row, ['tags', 'tag'])?.split(/[|,]/u).map((t) => t.trim()).find(Boolean);
  if (tag) return tag;
  const folder = column(row, ['folder']);
  return folder && !SERVICE_FOLDERS.has(folder.toLowerCase()) ? folder : null;
}

/** Read already: Pocket's status "archive", Instapaper's folder "Archive". */
function isArchived(row: Row): boolean {
  return column(row, ['status'])?.toLowerCase() === 'archive' || column(row, ['folder'])?.toLowerCase() === 'archive';
}

export async function* readReadingListCsv(path: string, hints: InputHints): AsyncGenerator<InputSource> {
  const parser = createReadStream(path).pipe(
    parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_empty_lines: true, relax_column_count: true, info: true }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
      const label = `${path}:${info.lines}`;
      const url = column(record, URL_COLUMNS);
      if (!url || !/^https?:\/\//iu.test(url)) {
        if (!URL_COLUMNS.some((name) => name in record)) {
          yield { kind: 'invalid', label: path, error: new ReadingsError('malformed_input', `no url column (the header names: ${Object.keys(record).join(', ')})`, path) };
          return;
        }
        yield { kind: 'invalid', label, error: new ReadingsError('malformed_input', `line ${info.lines}: ${url ? `not an http(s) URL: ${url}` : 'no url'}`, label) };
        continue;
      }
      const itemHints: InputHints = {
        ...hints,
        titleFallback: column(record, ['title']),
        read: isArchived(record),
        category: hints.category ?? categoryOf(record),
        url,
      };
      yield { kind: 'url', url, label, hints: itemHints };
    }
  } catch (error) {
    // A quote left open, a broken row: what was read is kept, the rest is reported.
    yield { kind: 'invalid', label: path, error: new ReadingsError('malformed_input', `unreadable CSV (${(error as Error).message})`, path) };
  }
}
