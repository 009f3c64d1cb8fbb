/**
 * Other articles around the body: a page that runs on into the next story,
 * or lists the section's latest each with its byline and first paragraph,
 * prints a byline ("By Andrew C. McCarthy") over each article; teasers of
 * other stories may come before the article's own byline too. Where bylines
 * split the body, the article is the longest part.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';
import { BYLINE_RE, isPersonName } from './metadata.js';

/** A byline line is short: "By" and a name. */
const BYLINE_MAX_UNITS = 7;

export function longestBetweenBylines(lines: readonly Line[], features: readonly LineFeatures[], kept: readonly number[]): number[] {
  const parts: number[][] = [[]];
  let previous = kept[0] ?? 0;
  for (const i of kept) {
    // The byline itself may have been dropped as furniture: look at the lines since the last one kept.
    const own = isByline(lines[i]!, features[i]!);
    let byline = own;
    for (let j = previous + 1; j < i && !byline; j++) byline = isByline(lines[j]!, features[j]!);
    if (byline) parts.push([]);
    if (!own) parts[parts.length - 1]!.push(i);
    previous = i;
  }
  if (parts.length === 1) return [...kept];
  const units = (part: readonly number[]): number => part.reduce((n, i) => n + features[i]!.units, 0);
  let best = parts[0]!;
  for (const part of parts) if (units(part) > units(best)) best = part;
  return best;
}

function isByline(line: Line, f: LineFeatures): boolean {
  if (f.units > BYLINE_MAX_UNITS) return false;
  const m = BYLINE_RE.exec(line.text);
  return m !== null && isPersonName(m[1]!.trim());
}
