import Database from 'better-sqlite3';
import type { Reading } from '../../domain/types.js';
import { requireReading } from '../../service/library.js';
import type { LibraryLease } from '../auth/libraries.js';

export interface ReadingEdit {
  category?: string;
  /** false: never read (read count 0, no last read). true is a read: use readReading. */
  unread?: boolean;
}

/**
 * Changes a reading's category, or marks it unread.
 *
 * The ReadingRepository has no update for these yet (only markRead), and the
 * store is not this module's to change, so the two statements run on a
 * short-lived second connection to the same library file (WAL, busy
 * timeout): a stopgap until the repository grows `update(id, fields)`.
 */
export function editReading(library: LibraryLease, id: string, edit: ReadingEdit, now: Date = new Date()): Reading {
  const reading = requireReading(library.storage.readings, id);
  const db = new Database(library.path);
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      if (edit.category !== undefined && edit.category !== reading.category) {
        db.prepare('UPDATE readings SET category = ?, updated_at = ? WHERE id = ?').run(edit.category, now.toISOString(), reading.id);
      }
      if (edit.unread) db.prepare('UPDATE readings SET read_count = 0, last_read_at = NULL WHERE id = ?').run(reading.id);
    })();
  } finally {
    db.close();
  }
  return requireReading(library.storage.readings, reading.id);
}
