/**
 * The outlet a feed's entries come from, for entries whose text names none:
 * the feed's name up to its first separator ("BBC News - World" -> "BBC
 * News", "NYT > Top Stories" -> "NYT", "Reuters: World News" -> "Reuters"),
 * else its site's host ("www.example.com" -> "example.com"). Without it each
 * such entry counted as an outlet of its own, so that five entries of one
 * feed in a story read as "5 outlets".
 */
import { outletOfHost } from '../extract/common/known-outlets.js';

const SEPARATOR = /\s+[-–—|>»]\s+|:\s+/u;

export function feedOutlet(title: string | null, siteUrl: string | null): string | null {
  const name = title?.split(SEPARATOR)[0]?.trim();
  if (name && name.length >= 2) return name;
  return outletOfHost(siteUrl);
}
