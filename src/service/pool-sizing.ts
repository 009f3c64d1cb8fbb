/**
 * How many inputs may be in flight for a pool of `size` worker threads: enough
 * queued per worker that none waits while the main thread commits a group.
 */
export function poolCapacity(size: number): number {
  return size >= 1 ? size * 8 : 1;
}

/**
 * A bounded heap per worker: parsing pages leaves a lot of short-lived
 * garbage, and without a bound V8 lets each worker's heap grow for speed,
 * which adds up over a 10,000-page import (two workers with stories: 633 MB
 * peak at 160 MB, 600 MB at 96 MB, at the same speed). A page too large for
 * the bound is extracted on the main thread instead.
 */
export const DEFAULT_WORKER_HEAP_MB = 64;
