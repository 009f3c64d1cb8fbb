import { openStorage, type Storage } from '../../store/storage.js';

/** A library in use by one request; release it when the request is done. */
export interface LibraryLease {
  storage: Storage;
  /** The library file. */
  path: string;
  /** Runs fn alone among this library's exclusive sections (ingests), in arrival order. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  release(): void;
}

interface Entry {
  path: string;
  storage: Storage;
  refs: number;
  lastUsed: number;
  queue: Promise<unknown>;
  evicted: boolean;
}

/**
 * Open libraries, one per user, kept open between requests (opening a
 * library runs its migrations check). At most `max` stay open when idle; the
 * least recently used idle one is closed first, and a library in use by a
 * request is never closed under it.
 */
export class LibraryCache {
  private readonly entries = new Map<string, Entry>();
  private tick = 0;

  constructor(private readonly max = 16, private readonly open: (path: string) => Storage = openStorage) {}

  acquire(path: string): LibraryLease {
    let entry = this.entries.get(path);
    if (!entry) {
      entry = { path, storage: this.open(path), refs: 0, lastUsed: 0, queue: Promise.resolve(), evicted: false };
      this.entries.set(path, entry);
    }
    const e = entry;
    e.refs++;
    e.lastUsed = ++this.tick;
    this.evictIdle();
    let released = false;
    return {
      storage: e.storage,
      path,
      exclusive: <T>(fn: () => Promise<T>): Promise<T> => {
        const run = e.queue.then(fn, fn);
        e.queue = run.catch(() => undefined);
        return run;
      },
      release: () => {
        if (released) return;
        released = true;
        e.refs--;
        if (e.evicted && e.refs === 0) e.storage.close();
      },
    };
  }

  get size(): number {
    return this.entries.size;
  }

  private evictIdle(): void {
    if (this.entries.size <= this.max) return;
    const idle = [...this.entries.values()].filter((e) => e.refs === 0).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const e of idle.slice(0, this.entries.size - this.max)) {
      this.entries.delete(e.path);
      e.evicted = true;
      e.storage.close();
    }
  }

  /** Closes every library (at shutdown); ones still leased close when released. */
  closeAll(): void {
    for (const e of this.entries.values()) {
      e.evicted = true;
      if (e.refs === 0) e.storage.close();
    }
    this.entries.clear();
  }
}
