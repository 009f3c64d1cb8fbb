import type { Storage } from '../store/storage.js';

/**
 * What an id the user gave names in the library, when a command for the
 * other kind did not find it: a story id given to `show` or `summary`, a
 * reading id given to `story` or `compare`.
 */
export function idKind(storage: Storage, id: string): 'reading' | 'story' | null {
  if (storage.readings.resolveId(id) !== null) return 'reading';
  if (storage.relate.resolveStoryId(id) !== null) return 'story';
  return null;
}
