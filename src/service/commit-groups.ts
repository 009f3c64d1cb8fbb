import type { Storage, WriteGroup } from '../store/storage.js';

/** A bulk import's commit rhythm: readings are never held back long, and no commit carries too much. */
export const GROUP_READINGS = 1024;
export const GROUP_MILLISECONDS = 2000;

export interface CommitGroups {
  /** Runs fn as one all-or-nothing unit, committed with the group it falls in. */
  store(fn: () => void): void;
  /** Commits what is pending. */
  flush(): void;
}

/** Every store in its own transaction, committed at once. */
export function commitEach(storage: Storage): CommitGroups {
  return { store: (fn) => storage.transaction(fn), flush: () => {} };
}

/**
 * Stores grouped into commits of up to GROUP_READINGS readings or
 * GROUP_MILLISECONDS, whichever comes first. Each store stays atomic (a
 * savepoint); a crash loses at most the open group, which a re-run of the
 * same import adds again (it skips what is already in the library).
 */
export function commitInGroups(storage: Storage, size = GROUP_READINGS, milliseconds = GROUP_MILLISECONDS): CommitGroups {
  let group: WriteGroup | null = null;
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    group?.commit();
    group = null;
    count = 0;
  };
  return {
    store: (fn) => {
      if (!group) {
        group = storage.beginGroup();
        timer = setTimeout(flush, milliseconds);
      }
      storage.transaction(fn);
      if (++count >= size) flush();
    },
    flush,
  };
}
