/**
 * The site's own name as its furniture prints it, for a text dump: a page
 * names itself in its menus and footers ("The Verge homepage", "Follow The
 * Verge online:", "The Verge main menu", "About Houston Chronicle", "More From
 * the Los Angeles Times", a logo's alt text printed twice: "MoreBikesMoreBikes"),
 * where its copyright line often names the company that owns it ("Vox Media",
 * "Hearst Communications", "CBS Interactive"). A name is taken when the page
 * names it this way at least twice; the copyright holder stays the fallback.
 */
import type { Line } from './blocks.js';
import { plausibleName } from './outlets.js';

/** Bullets and boxes a browser prints before list items. */
const BULLET = /^[\s•·◦▪□■☆★●○◆◇→»>*+-]+/u;
/** "Follow X online:", "About X", "More From the X": the name after the cue. */
const BEFORE_NAME = /^(?:[Aa]bout|[Ff]ollow|[Cc]ontact|[Bb]ack to|[Mm]ore [Ff]rom|[Pp]opular on|[Ss]ubscribe to|[Ss]ign up for|[Aa]dvertise (?:with|on)|[Ww]ork at|[Ww]hy you can trust|[Ww]elcome to|[Cc]ontinue to)\s+(?:the\s+)?(.+?)(?:\s+online)?\s*:?$/u;
/** "X homepage", "X main menu", "X Archives": the name before the cue. */
const AFTER_NAME = /^(.+?)\s+(?:homepage|home page|main menu|navigation|archives?|logo|newsletters?|services)\s*:?$/iu;
/** "Senior editor at Gizmodo.", "Staff writer for The Verge": an author's box names the site the author writes for. */
const ROLE_AT_NAME = /^(?:(?:senior|staff|contributing|deputy|executive|managing|associate|news|features?|science|tech|political)\s+)*(?:editor|writer|reporter|correspondent|contributor|columnist|producer)\s+(?:at|for)\s+(?:the\s+)?(.+?)\.?$/iu;
/** "LinkNaija | Nigeria's popular news platform": a masthead of the name and its slogan (or a page title and the name), two parts. */
const TWO_PARTS = /^([^|]+?)\s+\|\s+([^|]+)$/u;

/** "WSJ.com", "Trending Now on NYPost.com": a site's own address, written as a name (capitalised). */
const ADDRESS_NAME = /(?<![\p{L}\p{N}.@/])(\p{Lu}[\p{L}\p{N}]+\.(?:com|net|org|co\.uk))(?![\p{L}\p{N}])/gu;

const ADDRESS_ENDINGS = ['.com', '.net', '.org', '.co.uk'];

/** Where a site is made, not whose it is ("WordPress.com" under a blog). */
const PLATFORM = /^(?:WordPress|Blogger|Blogspot|Medium|Substack|Tumblr|Wix|Squarespace|Ghost|Weebly|Typepad|LiveJournal)\./iu;

/** A name's letters and digits in lower case, without "The": "The Houston Chronicle" -> "houstonchronicle". */
function compact(name: string): string {
  return name.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of menu items and calls to action, which no site is named after ("Email newsletters", "Join our newsletter"). */
const NOT_A_NAME = /^(?:our|your|my|us|me|more|most|all|this|these|other|new|latest|recent|top|daily|weekly|free|get|see|read|join|back|news|home|menu|search|sign|log|subscribe|subscribers?|rss|help|terms|privacy|cookies?|contact|about|email|e-mail|newsletters?|magazines?|adchoices|site|website|page|app|video|podcasts?)\b/iu;
/** Where a page asks to be followed: never the page's own name ("Follow us on Twitter", "Twitter logo"). */
const ELSEWHERE = /^(?:(?:twitter|facebook|instagram|youtube|linkedin|pinterest|whatsapp|telegram|reddit|tiktok|snapchat|flipboard|google|apple news|mastodon)\b|(?:x|threads)$)/iu;
/** Small words a name may hold in lower case ("Dawgs by Nature", "Bank of America"). */
const LINKING = /^(?:of|the|and|by|for|on|in|de|du|des|la|le|el|di|da|do|von|van|der|&|-|–)$/u;
/** How many times a page must name a site for the name to stand against its copyright holder. */
const NAMED_ENOUGH = 2;
/** Longest name taken (words): a site name, not a slogan. */
const MAX_WORDS = 5;

function asName(raw: string | undefined): string | null {
  const name = raw?.trim().replace(/\s+/gu, ' ');
  // An underscore writes a file or an identifier ("dp3_1_en", an image's name printed as its alt text), not a name.
  if (!name || !plausibleName(name) || !/\p{L}/u.test(name) || /[?!？！。_]/u.test(name)) return null;
  const words = name.split(' ');
  if (words.length > MAX_WORDS || NOT_A_NAME.test(name) || ELSEWHERE.test(name)) return null;
  // A capital says it is written as a name; scripts without case (a headline in Japanese) cannot say so.
  if (!/\p{Lu}/u.test(name) && !(words.length === 1 && /[\p{N}.]/u.test(name))) return null;
  // Written as a name: each word capitalised but the small linking ones ("The Verge"), or one word of a brand written its own way ("my6sense", "Phys.org").
  return words.length === 1 || words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && LINKING.test(w))) ? name : null;
}

/** The shorter part of a line of two parts, when the other is a phrase (a slogan, a headline). */
function mastheadName(text: string): string | null {
  const m = TWO_PARTS.exec(text);
  if (!m) return null;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  const [name, other] = a.split(' ').length <= b.split(' ').length ? [a, b] : [b, a];
  return other.split(' ').length >= 3 && other.split(' ').length > name.split(' ').length && !/\d/u.test(name) ? asName(name) : null;
}

/** "MoreBikesMoreBikes" -> "MoreBikes": a logo's text printed twice without a space. */
function doubled(text: string): string | null {
  if (text.length % 2 !== 0 || text.length < 4) return null;
  const half = text.slice(0, text.length / 2);
  return half === text.slice(text.length / 2) ? asName(half) : null;
}

/**
 * The name the page's furniture gives the site most often, when it gives one
 * at least twice (cue lines, a doubled logo, the name alone on a line once it
 * is a cue's); `copyright`, the copyright line's holder, counts as one more
 * naming of a name it starts with ("Vox Media" for "Vox"). A name the byline
 * holds is the author's, not the site's.
 */
export function siteNameFromFurniture(lines: readonly Line[], copyright: string | null, byline: string | null): string | null {
  const counts = new Map<string, number>();
  const alone = new Map<string, number>();
  const addresses: string[] = [];
  const count = (name: string | null, by = 1): void => {
    if (name) counts.set(name, (counts.get(name) ?? 0) + by);
  };
  for (const line of lines) {
    const text = line.text.replace(BULLET, '').trim();
    if (text.length === 0 || text.length > 80) continue;
    count(asName(BEFORE_NAME.exec(text)?.[1]));
    count(asName(AFTER_NAME.exec(text)?.[1]));
    if (/ (?:at|for) /iu.test(text)) count(asName(ROLE_AT_NAME.exec(text)?.[1]));
    count(doubled(text), NAMED_ENOUGH);
    // Few lines hold an address: the pattern runs only on those that hold its ending.
    if (ADDRESS_ENDINGS.some((e) => text.includes(e))) for (const m of text.matchAll(ADDRESS_NAME)) if (!PLATFORM.test(m[1]!)) addresses.push(m[1]!);
    alone.set(text, (alone.get(text) ?? 0) + 1);
  }
  // "HoustonChronicle.com" names "Houston Chronicle", "Sputniknews.com" names "Sputnik": a name the page gives spaced wins.
  const spaced = [...counts.keys(), ...(copyright === null ? [] : [copyright])];
  for (const address of addresses) {
    const label = compact(address.replace(/\.[a-z.]+$/u, ''));
    count(spaced.find((name) => compact(name) !== '' && label.startsWith(compact(name))) ?? address);
  }
  // A masthead printed twice ("LinkNaija | Nigeria's popular news platform" above the page and the article).
  for (const [text, times] of alone) if (times >= 2) count(mastheadName(text), NAMED_ENOUGH);
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, cued] of counts) {
    // "Follow Jason Cipriani", "About Pamela Wilson": the author's box names the author.
    if (byline?.includes(name)) continue;
    const owner = copyright !== null && (copyright === name || copyright.startsWith(`${name} `)) ? 1 : 0;
    const score = cued + (alone.get(name) ?? 0) + owner;
    if (score > bestScore || (score === bestScore && best !== null && name.length < best.length)) {
      best = name;
      bestScore = score;
    }
  }
  return bestScore >= NAMED_ENOUGH ? best : null;
}
