import { isReadingsError, ReadingsError } from '../domain/errors.js';

/**
 * SQLite's answer when another connection (a bulk import in another
 * terminal, the server's feed refresh) held the library's write lock for
 * longer than the busy timeout: better-sqlite3 throws a SqliteError whose
 * code is SQLITE_BUSY or SQLITE_LOCKED, or one of their extended codes.
 * Nothing was written; the same command run again once the other writer is
 * done works.
 */
export function asLibraryBusy(error: unknown): ReadingsError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^SQLITE_(BUSY|LOCKED)/.test(code)) return null;
  return new ReadingsError('library_busy', 'the library is busy: another process is writing to it (an import, a feed refresh, the server); try again when it is done');
}

/** The error as one of ours (a busy library included), or null for anything else. */
export function asReadingsError(error: unknown): ReadingsError | null {
  return isReadingsError(error) ? error : asLibraryBusy(error);
}

/** An error as one line: input, reason and stable code when it is one of ours or a busy library, else its message. */
export function errorLine(error: unknown): string {
  const known = asReadingsError(error);
  return known ? known.toLine() : error instanceof Error ? error.message : String(error);
}
