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
 * peak at 160 MB, ~620 MB at 96 MB, ~605 MB at 64 MB). A worker keeps ~45-55
 * MB live (the language model and lexicon ~20 MB, its paragraph cache, code,
 * the page in hand), and near its bound V8 collects to reduce memory, which
 * lets the maps its optimized code was specialised on die: the HTML parser's,
 * Readability's and our DOM walkers' code was thrown away ~20 functions at a
 * time and compiled again, all through a refresh (~540 such deoptimizations on
 * 40 feeds at 64 MB, none at 80; the 200-feed refresh 108-111 s at 64 MB, 98.5
 * s at 80, V8's background threads 68 -> 37 CPU-s; peak RSS 490 MB, 503 at
 * 96). Every page of the extraction benchmark fits; a page too large for the
 * bound is extracted on the main thread instead.
 */
export const DEFAULT_WORKER_HEAP_MB = 80;
