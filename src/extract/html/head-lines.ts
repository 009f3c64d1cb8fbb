import { parseDate } from '../common/dates.js';

/**
 * Details printed in the article's own lines rather than in the markup:
 * "By Sam Okafor | March 4, 2020", "Published January 12th, 2022 - 09:51 GMT".
 * Read from the lines the cleaner dropped as dateline or byline, as a
 * fallback when the page's metadata names no author or date.
 */
export interface HeadLineDetails {
  byline: string | null;
  published: string | null;
}

const BY_RE = /^(?:by|written by|words by|story by|von|par|por|di|door|av)\s*:?\s+(.+)$/iu;
const SEPARATOR_RE = /\s+(?:[|·•—–]|-{1,2}|on|updated|published|posted)\s+|,\s+(?=\p{Lu}\p{Ll}+\.? \d)|\s{2,}/u;

export function readHeadLines(lines: readonly string[]): HeadLineDetails {
  let byline: string | null = null;
  let published: string | null = null;
  for (const line of lines) {
    if (!byline) {
      const m = BY_RE.exec(line);
      const name = m?.[1]?.split(SEPARATOR_RE)[0]?.trim().replace(/[,;:]+$/, '');
      if (name && name.length <= 80 && /^\p{Lu}/u.test(name)) byline = name;
    }
    if (!published && /\d/.test(line) && line.length <= 120) {
      published = parseDate(line.replace(/^(published|updated|posted|last updated)\s*:?\s*/i, ''));
    }
  }
  return { byline, published };
}
