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
 * which adds up over a 10,000-page import (with stories, two workers: 633 MB
 * peak at 160 MB, ~620 MB at 96 MB, ~605 MB at 64 MB; the speed at 64 MB was
 * measured only beside other work). Every
 * page of the extraction benchmark fits in 64 MB (one needs more than 48); a
 * page too large for the bound is extracted on the main thread instead.
 */
export const DEFAULT_WORKER_HEAP_MB = 64;
