/** Outlet names of a text dump: from a copyright line, from a masthead line. */
import { cleanOutletName } from '../common/outlet-name.js';
import { escapeRegExp } from '../../domain/strings.js';

const COPYRIGHT_MARKS = ['©', 'opyright', 'OPYRIGHT', '(c)', '(C)'];
const COPYRIGHT_RE = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.*)$/iu;

/**
 * "Copyright © 2022 Press TV. All rights reserved." -> "Press TV"; the first
 * part of a footer line ("Copyright © 2019, Los Angeles Times | Terms of
 * Service | Privacy Policy"). A menu item ("Copyright and Reprint") names no one.
 */
export function outletFromCopyright(text: string): string | null {
  // Most lines name no copyright: a look for its marks first, before the pattern.
  if (!COPYRIGHT_MARKS.some((mark) => text.includes(mark))) return null;
  const m = COPYRIGHT_RE.exec(text.trim());
  if (!m) return null;
  // "Business Insider Deutschland / finanzen.net GmbH": the outlet, then its partner.
  const name = cleanOutletName((m[1] ?? '').split(/\s+[|/]\s+/u)[0]!);
  return name && plausibleName(name) && !/^\p{Ll}+\b/u.test(name) ? name : null;
}

/** What an owner adds to its outlet's name ("The New York Times Company", "Al Jazeera Media Network", "Healthline Media"). */
const OWNER_WORDS = /\s+(?:Company|Media(?:\s+(?:Network|Company))?)$/u;

/**
 * The outlet's name inside its owner's, when the page names it alone too:
 * "Healthline Media" -> "Healthline" on a page that says "Healthline" elsewhere
 * ("Healthline has strict sourcing guidelines"), but "Vox Media" stays whole
 * on a page of The Verge that names Vox nowhere else. A name one word long
 * after "The" stays whole ("The Channel Company").
 */
export function outletInOwnerName(holder: string, lines: readonly { text: string }[]): string {
  const name = holder.replace(OWNER_WORDS, '');
  if (name === holder) return holder;
  if (/^The\s/u.test(name) && name.split(' ').length < 3) return holder;
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}]|\\s+(?:Company|Media)\\b)`, 'u');
  return lines.some((line) => line.text.includes(name) && alone.test(line.text)) ? name : holder;
}

/** "© 2018 Rolling Stone, LLC, a subsidiary of Penske Business Media, LLC.": the line names the outlet, its owner after it. */
export function namesOwnerAfter(text: string): boolean {
  return /,\s+(?:a|an)\s+(?:subsidiary|division|unit|member|part) of\s|,\s+part of\s/iu.test(text);
}

/** One word that names a page's section, not its site. */
const SECTION_WORD = /^(?:home|news|content|blog|articles?|stories|sports?|world|business|politics|opinion|latest|menu|main|index|page|posts?)$/iu;

/** "SpreadIt News | Digital Newspaper" -> "SpreadIt News": the shortest part of a separated masthead. */
export function outletFromMasthead(text: string): string | null {
  const all = text.split(/\s+[|–—-]\s+|\s*\|\s*/u).map((p) => p.trim()).filter(Boolean);
  if (all.length < 2) return null;
  // "Catch it Kansas - Content - News": a section's name is no site's.
  const parts = all.filter((p) => !SECTION_WORD.test(p));
  let best: string | null = null;
  for (const p of parts) if (best === null || p.split(' ').length < best.split(' ').length) best = p;
  return best && plausibleName(best) ? best : null;
}

/** A site name: one to six words, starting with a letter or digit, no sentence end. */
export function plausibleName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 6 && name.length <= 60 && /^[\p{L}\p{N}]/u.test(name) && !/[.!?:]$/.test(name);
}
