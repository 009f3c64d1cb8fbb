import type { Reading } from '../../domain/types.js';

export { formatDay, formatTime } from '../../cli/format.js';

const NUMBER = new Intl.NumberFormat('en-US');

/** "1,234" */
export const formatNumber = (n: number): string => NUMBER.format(n);

/** "1 word", "225 words" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "2 min read"; a reading under a minute still takes one. */
export const readingTime = (r: Pick<Reading, 'readingMinutes'>): string => `${Math.max(1, r.readingMinutes)} min read`;

export { sourceLabel } from '../../domain/outlets.js';

/** The host of a URL, for link labels ("www3.nhk.or.jp"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A URL safe to put in an href: absolute http(s) only, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
