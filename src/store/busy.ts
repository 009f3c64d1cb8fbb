import { ReadingsError } from '../domain/errors.js';

/**
 * SQLite's answer when another connection (a bulk import in another
 * terminal, the server's feed refresh) held the library's write lock for
 * longer than the busy timeout: better-sqlite3 throws a SqliteError whose
 * code is SQLITE_BUSY or SQLITE_LOCKED, or one of their extended codes.
 * Nothing was written; the same command run again once the other writer is
 * done works.
 */
export function asLibraryBusy(error: unknown, input: string | null = null): ReadingsError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^SQLITE_(BUSY|LOCKED)/.test(code)) return null;
  return new ReadingsError('library_busy', 'the library is busy: another process is writing to it (an import, a feed refresh, the server); try again when it is done', input);
}
