import type { Reading } from '../../domain/types.js';
import { requireReading } from '../../service/library.js';
import type { LibraryLease } from '../auth/libraries.js';

export interface ReadingEdit {
  category?: string;
  /** false: never read (read count 0, no last read). true is a read: use readReading. */
  unread?: boolean;
}

/** Changes a reading's category, or marks it unread. */
export function editReading(library: LibraryLease, id: string, edit: ReadingEdit, now: Date = new Date()): Reading {
  const reading = requireReading(library.storage.readings, id);
  library.storage.readings.update(reading.id, { ...(edit.category !== undefined ? { category: edit.category } : {}), unread: edit.unread ?? false }, now.toISOString());
  return requireReading(library.storage.readings, reading.id);
}
