import { cleanOutletName } from '../common/outlet-name.js';
import { decodeEntities } from './metadata.js';

const COPYRIGHT_RE =
  /(?:©|&copy;|&#169;|&#xa9;|\(c\)|\bcopyright\b)(?:\s|&nbsp;)*(?:©|&copy;|&#169;)?(?:\s|&nbsp;)*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?[\s,]*([^<>\n|.,;©"'=]{2,80})(?=[<\n|.,;©]|$)/gi;

/**
 * The outlet named in a footer line such as "Copyright © 2022 Press TV. All
 * rights reserved." Reads the last such line of the raw HTML; null when none.
 */
export function findCopyrightOutlet(html: string): string | null {
  let found: string | null = null;
  for (const m of html.matchAll(COPYRIGHT_RE)) {
    const name = cleanName(m[1] ?? '');
    if (name) found = name;
  }
  return found;
}

function cleanName(raw: string): string | null {
  const name = cleanOutletName(decodeEntities(raw));
  if (!name || name.length > 60) return null;
  if (!/^\p{Lu}|^\p{Lo}|^\d/u.test(name)) return null;
  if (name.split(' ').length > 6) return null;
  return name;
}
