/** Scheduling bounds for refreshing a feed, in seconds. */
export interface ScheduleSettings {
  /** Default interval when the feed and the server say nothing: 30 min. */
  defaultSeconds: number;
  /** Never sooner than this: 5 min. */
  minSeconds: number;
  /** Never later than this (also the back-off ceiling): 24 h. */
  maxSeconds: number;
  /** First back-off step after an error: 5 min, doubling per consecutive error. */
  backoffBaseSeconds: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  defaultSeconds: 30 * 60,
  minSeconds: 5 * 60,
  maxSeconds: 24 * 60 * 60,
  backoffBaseSeconds: 5 * 60,
};

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** `max-age` (or `s-maxage`) of a Cache-Control header, in seconds; null when absent. */
export function cacheControlMaxAge(header: string | null | undefined): number | null {
  if (!header) return null;
  if (/\bno-(?:store|cache)\b/i.test(header)) return 0;
  const m = /\b(?:s-maxage|max-age)\s*=\s*"?(\d+)"?/i.exec(header);
  return m ? Number(m[1]) : null;
}

/** `Retry-After` (seconds, or an HTTP date) as seconds from `now`; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now.getTime()) / 1000));
}

/**
 * Seconds until the next fetch after a success: the feed's `<ttl>` or the response's
 * Cache-Control max-age (the longer of the two), else the default; always within
 * [min, max].
 */
export function intervalAfterSuccess(hints: { ttlMinutes: number | null; maxAgeSeconds: number | null }, s: ScheduleSettings = DEFAULT_SCHEDULE): number {
  const asked = Math.max(hints.ttlMinutes ? hints.ttlMinutes * 60 : 0, hints.maxAgeSeconds ?? 0);
  return clamp(asked > 0 ? asked : s.defaultSeconds, s.minSeconds, s.maxSeconds);
}

/**
 * Seconds until the next try after `errorCount` consecutive errors (1 = the first):
 * exponential, 5 min · 2^(n-1), up to 24 h; a server's Retry-After is honoured when
 * longer (and also capped at 24 h).
 */
export function backoffSeconds(errorCount: number, retryAfter: number | null, s: ScheduleSettings = DEFAULT_SCHEDULE): number {
  const exponent = Math.min(Math.max(errorCount, 1) - 1, 30);
  const backoff = Math.min(s.maxSeconds, s.backoffBaseSeconds * 2 ** exponent);
  return clamp(Math.max(backoff, retryAfter ?? 0), s.minSeconds, s.maxSeconds);
}

export const addSeconds = (now: Date, seconds: number): string => new Date(now.getTime() + seconds * 1000).toISOString();
