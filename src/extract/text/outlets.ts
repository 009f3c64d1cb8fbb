/** Outlet names of a text dump: from a copyright line, from a masthead line. */
import { cleanOutletName } from '../common/outlet-name.js';

const COPYRIGHT_RE = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.*)$/iu;

/**
 * "Copyright © 2022 Press TV. All rights reserved." -> "Press TV"; the first
 * part of a footer line ("Copyright © 2019, Los Angeles Times | Terms of
 * Service | Privacy Policy"). A menu item ("Copyright and Reprint") names no one.
 */
export function outletFromCopyright(text: string): string | null {
  const m = COPYRIGHT_RE.exec(text.trim());
  if (!m) return null;
  const name = cleanOutletName((m[1] ?? '').split(/\s+\|\s+/u)[0]!);
  return name && plausibleName(name) && !/^\p{Ll}+\b/u.test(name) ? name : null;
}

/** "SpreadIt News | Digital Newspaper" -> "SpreadIt News": the shortest part of a separated masthead. */
export function outletFromMasthead(text: string): string | null {
  const parts = text.split(/\s+[|–—-]\s+|\s*\|\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let best: string | null = null;
  for (const p of parts) if (best === null || p.split(' ').length < best.split(' ').length) best = p;
  return best && plausibleName(best) ? best : null;
}

/** A site name: one to six words, starting with a letter or digit, no sentence end. */
export function plausibleName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 6 && name.length <= 60 && /^[\p{L}\p{N}]/u.test(name) && !/[.!?:]$/.test(name);
}
