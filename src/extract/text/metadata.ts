/**
 * Article details read from the lines around the body: title, byline,
 * publication date, category, outlet.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';
import { parseLocalizedDate } from './dates.js';
import { namesOwnerAfter, outletFromCopyright, outletInOwnerName, outletFromMasthead, plausibleName } from './outlets.js';
import { siteNameFromFurniture } from './site-name.js';
import { contentWords } from './topic.js';
import { isFirstName, isOtherThanName } from '../../lexicon/name-words.js';
import { MONTH_STEMS, WEEKDAY_STEMS } from '../../domain/calendar.js';

/** How far before the body the header (title, byline, dateline) may start. */
const HEADER_WINDOW = 30;

const CATEGORY_RE = /^(?:categories|category|filed under|section|rubrik|kategorie|catégorie|categoría|categoria|рубрика)\s*:\s*(.+)$/iu;
const YEAR_RE = /\b(?:19[9]\d|20\d\d)\b/;
const DATE_CUE_RE = /^(?:published|posted|updated|last updated|original|date|on|publié le|publié|veröffentlicht(?: am)?|aktualisiert|publicado|pubblicato|опубликовано|发布时间|發佈時間)\b[\s:]*/iu;
export const BYLINE_RE = /^(?:(?:posted|written|words|reporting) by|by|par|von|por|di|door|av|af|автор:?)\s+(.+)$/iu;
const BY_ALONE_RE = /^(?:by|par|von|por|di|door|av|af)$/iu;
/** A line that is only a name of two to four capitalised words ("Rodrigo Campos"): a byline without its "By". */
const NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const PUBLISHED_BY_RE = /^published by\s*:?\s*(.*)$/iu;

/** Lines at the body's start where a byline or dateline the cleaner dropped may be. */
const HEAD_WINDOW = 10;
/** How many lines under a headline far above the body may hold its byline. */
const TITLE_BYLINE_LINES = 3;
/** The body's first lines, where a byline or dateline the cleaner kept may sit under a standfirst (trim.ts takes it out). */
export const HEAD_LINES = 3;

/** How many lines after a headline its byline or dateline may come (a standfirst, a share bar between). */
const HEADLINE_TO_BYLINE = 6;

/**
 * What a headline candidate's score adds besides its share of body words and
 * its signature (tuned on the 121 dumps of bench/text-details.ts): nearness
 * to the body, a penalty for three words or fewer (a name, a section) and for
 * four, being printed twice before the body (title bar and page), Title Case,
 * and a penalty for reading as the standfirst under another headline.
 */
const TITLE_WEIGHTS = { near: 0.5, threeWords: -0.6, fourWords: -0.3, repeated: 0.5, titleCase: 0.25, standfirst: -0.4 };

/**
 * The headline among the lines before the body, when there is one. Every
 * headline-like line (not a menu, a caption, a link, a date or a sentence)
 * about what the body is about is a candidate; a page prints other headlines
 * too (teasers, "up next", section names, a photo's title), so candidates are
 * weighed: the article's own headline is the one a byline or a dateline
 * follows, and it sits near the body. A headline followed by its byline may be
 * as short as two words.
 */
export function findTitle(
  lines: readonly Line[],
  features: readonly LineFeatures[],
  bodyStart: number,
  bodyTerms: ReadonlyMap<string, number>,
): string | null {
  let stems: Set<string> | null = null;
  let printed: Map<string, number> | null = null;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const i of headerLines(lines, features, bodyStart)) {
    const line = lines[i]!;
    const f = features[i]!;
    // The text's first line, right above its body, is the headline pasted with it ("Storm Closes Harbor"): as signed,
    // and a few capitalised words there are a headline unless they open on a first name (a byline).
    const leads = i === 0 && bodyStart === 1;
    if (!headlineShaped(line, f, leads)) continue;
    const signed = leads ? Math.max(0.8, signature(lines, features, i, bodyStart)) : signature(lines, features, i, bodyStart);
    if (f.units < 4 && signed < 0.8) continue;
    const words = contentWords(line.text);
    if (words.length < (signed >= 0.8 ? 1 : 3)) continue;
    // The body's stems, made once a line gets this far.
    if (stems === null) {
      stems = new Set<string>();
      for (const w of bodyTerms.keys()) stems.add(stem(w));
    }
    let hits = 0;
    for (const w of words) if (stems.has(stem(w))) hits++;
    const about = hits / words.length;
    if (about < 0.3) continue;
    const w = TITLE_WEIGHTS;
    const score =
      about +
      signed +
      w.near * Math.max(0, 1 - (bodyStart - i) / HEADER_WINDOW) +
      (f.units <= 3 ? w.threeWords : f.units === 4 ? w.fourWords : 0) +
      ((printed ??= countTexts(lines, bodyStart)).get(line.text)! > 1 ? w.repeated : 0) +
      (isTitleCase(f) ? w.titleCase : 0) +
      (belowHeadline(lines, features, i) ? w.standfirst : 0);
    if (score > bestScore) {
      bestScore = score;
      best = line.firstColumn ?? line.text;
    }
  }
  // A section's name glued to the headline by a bar, as a browser copies a label and a link: "Business|Trump’s …".
  return best?.replace(/^\p{Lu}[\p{L}&-]*(?: [\p{L}&-]+)?\|(?=\S)/u, '') ?? null;
}

/** Most paragraphs at the body's start that may be the page's head kept as text (a quote, its source, the headline, the byline). */
const KEPT_HEAD = 4;
/** Longest byline or dateline kept as a paragraph (words). */
const SIGNING_UNITS = 25;

/**
 * The page's head when the cleaner kept it as the body's first paragraphs:
 * the headline, then only the lines that sign it (a byline, a dateline).
 * PolitiFact prints the quote it checks, its source, the headline and "By
 * Matthew Digby, Minh Do on Monday, November 18th, 2019…" above the body; CNBC
 * the headline alone over its dateline. A head without a signing line is taken
 * only when no title was found above the body (`untitled`). Returns the
 * headline and where the body starts among `kept`.
 */
export function keptHead(
  lines: readonly Line[],
  features: readonly LineFeatures[],
  kept: readonly number[],
  terms: ReadonlyMap<string, number>,
  untitled: boolean,
): { title: string; bodyAt: number } | null {
  // A short "By …" line or a date: a paragraph that merely has "by Russia" in it signs nothing.
  const signing = (i: number): boolean => {
    const line = lines[i]!;
    const f = features[i]!;
    return f.units <= SIGNING_UNITS && (BYLINE_RE.test(line.text) || f.dateish || DATE_CUE_RE.test(line.text)) && !headlineShaped(line, f);
  };
  // The longest head first: a quote and its source above the headline are the head too.
  for (let k = Math.min(KEPT_HEAD, kept.length - 3); k >= 2; k--) {
    if (!signing(kept[k - 1]!)) continue;
    // The headline is the line right above the signing lines at the head's end.
    let at = k - 1;
    while (at > 0 && signing(kept[at]!)) at--;
    const line = lines[kept[at]!]!;
    const f = features[kept[at]!]!;
    if (signing(kept[at]!) || f.units < 3 || f.units > 30 || /[.:;,]$/u.test(line.text)) continue;
    return { title: line.text, bodyAt: k };
  }
  if (!untitled || kept.length < 3) return null;
  const headline = findTitle(lines, features, kept[1]!, terms);
  return headline !== null && headline === lines[kept[0]!]!.text ? { title: headline, bodyAt: 1 } : null;
}

/**
 * The lines before the body where its headline and dateline may be, nearest
 * first: HEADER_WINDOW lines a reader reads, so that a share panel of forty
 * buttons between headline and body (BBC) does not push them out.
 */
function headerLines(lines: readonly Line[], features: readonly LineFeatures[], bodyStart: number): number[] {
  const found: number[] = [];
  let read = 0;
  for (let i = bodyStart - 1; i >= 0 && read < HEADER_WINDOW; i--) {
    const f = features[i]!;
    if (!(lines[i]!.bullet || f.furniture || f.linkish || f.units < 3)) read++;
    found.push(i);
  }
  return found;
}

/** How many times each line's text is printed before the body. */
function countTexts(lines: readonly Line[], bodyStart: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let j = 0; j < bodyStart; j++) counts.set(lines[j]!.text, (counts.get(lines[j]!.text) ?? 0) + 1);
  return counts;
}

const isTitleCase = (f: LineFeatures): boolean => f.units >= 4 && f.lowerRatio !== null && f.lowerRatio < 0.4;

/** Shaped like a headline: not a menu, a caption, a link, a date, a byline, a name or a sentence. */
function headlineShaped(line: Line, f: LineFeatures, leadsText = false): boolean {
  if (f.units < 2 || f.units > 30 || line.bullet || f.linkish || f.furniture || f.caption || f.separators > 0) return false;
  if (f.dateish || CATEGORY_RE.test(line.text) || BYLINE_RE.test(line.text)) return false;
  // Title Case marks a headline even when it runs to a second sentence ("… Falls. Why You Shouldn't Worry.").
  if (isTitleCase(f) ? f.sentences > 2 || /[:;,]$/.test(line.text) : /[.:;,]$/.test(line.text) || f.sentences >= 2) return false;
  // A social handle ("Siga @adautoracing") asks to be followed; it heads nothing.
  const name = NAME_RE.test(line.text) && (!leadsText || isFirstName(line.text.split(' ')[0]!));
  return !/^\d{1,2}[.)]\s/u.test(line.text) && !name && !/(?:^|\s)@\w/u.test(line.text);
}

/**
 * Whether line `i` reads as the standfirst under a headline: a sentence-case
 * line of some length whose nearest line of text above (labels aside) is
 * headline-shaped and is not the same headline with a breadcrumb glued on.
 */
function belowHeadline(lines: readonly Line[], features: readonly LineFeatures[], i: number): boolean {
  const f = features[i]!;
  if (isTitleCase(f) || f.units < 8) return false;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const above = lines[j]!;
    if (!substantial(features[j]!)) continue;
    return headlineShaped(above, features[j]!) && !signs(above, features[j]!) && !above.text.includes(lines[i]!.text);
  }
  return false;
}

/** A byline or a dateline: "By …", "Published …", a date, or a name alone. */
function signs(line: Line, f: LineFeatures): boolean {
  return f.dateish || NAME_RE.test(line.text) || BYLINE_RE.test(line.text) || DATE_CUE_RE.test(line.text) || /\bby\s+\p{Lu}/u.test(line.text);
}

/** A line a reader would read, as opposed to a label, a caption, a link or a share button. */
function substantial(f: LineFeatures): boolean {
  return f.units >= 5 && !f.furniture && !f.caption && !f.linkish;
}

/**
 * How strongly the lines around line `i` sign it as the article's headline:
 * 1 for a byline or dateline right after it or after its standfirst, less
 * for each further line of text in between (labels, captions and share
 * buttons do not count); half as much for one right before it (some pages
 * print the date, or the author, above the headline).
 */
function signature(lines: readonly Line[], features: readonly LineFeatures[], i: number, bodyStart: number): number {
  const end = Math.min(bodyStart, i + 1 + HEADLINE_TO_BYLINE);
  let between = 0;
  for (let j = i + 1; j < end; j++) {
    if (signs(lines[j]!, features[j]!)) return 1 - Math.max(0, between - 1) / HEADLINE_TO_BYLINE;
    if (substantial(features[j]!)) between++;
  }
  return i > 0 && signs(lines[i - 1]!, features[i - 1]!) ? 0.5 : 0;
}

/** A crude stem: the first five letters ("exams" and "exam", "opening" and "open" differ less). */
function stem(word: string): string {
  return word.slice(0, Math.min(5, Math.max(4, word.length - 1)));
}

/** A title made from the body's first sentence, cut at a word boundary. */
export function titleFromBody(paragraph: string, maxLength = 90): string {
  // A list item's number ("4. Does Marie Yovanovitch…", a breadcrumb's last step) is no sentence.
  const item = paragraph.replace(/^\d{1,3}[.)]\s+(?=\S)/u, '');
  const sentence = firstSentence(item);
  const text = sentence.replace(/[.。]$/u, '');
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut.slice(0, maxLength)).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** Words whose full stop ends no sentence: titles before a name, months, and the like ("Alaska Gov. Sarah Palin", "Dec. 6"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gov sen rep gen col lt sgt capt cmdr adm pres supt rev st mt ft jr sr inc corp co ltd bros no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Words that open a sentence and follow no abbreviation inside one: "… in the U.S. The president said …" ends at "U.S.". */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you but and this that these those its his her their there here as after when while if however meanwhile'.split(' '),
);

/**
 * The paragraph's first sentence: up to the first ".", "!" or "?" followed by
 * a space or the end, unless the full stop ends an abbreviation or an
 * initial ("John F. Kennedy", "U.S.") not followed by a sentence's opening
 * word, or the next word goes on in lower case or with a digit.
 */
export function firstSentence(paragraph: string): string {
  const end = /[.!?。！？](?=\s|$)/gu;
  for (let m = end.exec(paragraph); m; m = end.exec(paragraph)) {
    const at = m.index;
    if (at === 0) continue;
    if (paragraph[at] === '.') {
      const word = /(\p{L}+)\.?$/u.exec(paragraph.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      const initial = /(?:^|[\s(])\p{Lu}$/u.test(paragraph.slice(Math.max(0, at - 2), at)) || /\p{L}\.\p{L}$/u.test(paragraph.slice(Math.max(0, at - 3), at));
      const nextWord = /^\s+(\S)(\p{L}*)(?!\.)/u.exec(paragraph.slice(at + 1));
      const next = nextWord?.[1] ?? '';
      const opens = nextWord !== null && SENTENCE_OPENERS.has(`${next}${nextWord[2]}`.toLowerCase());
      if (((ABBREVIATIONS.has(word.toLowerCase()) || initial) && !opens) || /[\p{Ll}\d]/u.test(next)) continue;
    }
    return paragraph.slice(0, at + 1);
  }
  return paragraph;
}

/** A year glued to the time after it, as a browser copies "Nov 20 2019" and "4:29 AM" from two elements. */
const YEAR_THEN_TIME_RE = /\b((?:19|20)\d\d)(\d{1,2}:\d\d)/gu;
/** Where a dateline of several parts splits: "… | Updated …", "Updated … / Original …", "… ESTUpdated …". */
const DATELINE_PARTS_RE = /\s+[|/]\s+|;\s*|(?=(?:Updated|Original)\b)/u;
/** An update's date ("Updated 0339 GMT (1139 HKT) November 19, 2019"). */
const UPDATED_RE = /^(?:updated|last updated|aktualisiert|actualizado|mis à jour)\b[\s:]*/iu;
/** Longest dateline read (words): a sentence that mentions a date is not one. */
const DATELINE_WORDS = 14;

/**
 * The publication date: the dateline nearest before the body, else one among
 * the lines the cleaner dropped at the body's start (a fact-check's
 * "Published 18 November 2019" under its headline), else one after the body.
 * A byline that carries the date ("By Mike Wall 2019-11-18T20:51:19Z") is a
 * dateline; a line of several parts ("Published Nov 18, 2019 at 4:07 PM |
 * Updated …") is read part by part.
 */
export function findPublished(lines: readonly Line[], features: readonly LineFeatures[], body: readonly number[], title: string | null): string | null {
  const bodyStart = body[0]!;
  const bodyEnd = body[body.length - 1]!;
  const inBody = new Set(body);
  const header = headerLines(lines, features, bodyStart);
  const titleAt = title === null ? -1 : (header.find((i) => lines[i]!.text === title) ?? -1);
  const candidates = [...header];
  // The cleaner may keep a dateline as the body's first paragraph, or drop it inside the body's first lines.
  for (let i = bodyStart; i < bodyEnd && i <= bodyStart + HEAD_WINDOW; i++) if (!inBody.has(i) || (i < bodyStart + HEAD_LINES && datelineShaped(lines[i]!.text, features[i]!))) candidates.push(i);
  for (let i = bodyEnd + 1; i < lines.length && i <= bodyEnd + 10; i++) candidates.push(i);
  let fallback: string | null = null;
  // The day a page was last updated is most often its day too: the last resort.
  let updated: string | null = null;
  for (const i of candidates) {
    const line = lines[i]!.text.replace(YEAR_THEN_TIME_RE, '$1 $2');
    if (!YEAR_RE.test(line)) continue;
    // The date printed under the headline is the article's, however far above the body.
    const underTitle = titleAt >= 0 && i > titleAt && i <= titleAt + 3;
    for (const text of line.split(DATELINE_PARTS_RE)) {
      if (!YEAR_RE.test(text) || text.split(' ').length > DATELINE_WORDS) continue;
      if (UPDATED_RE.test(text)) {
        updated ??= parseLocalizedDate(text.replace(UPDATED_RE, ''));
        continue;
      }
      const cued = DATE_CUE_RE.test(text) || BYLINE_RE.test(text) || (underTitle && features[i]!.dateish);
      // A date alone far above the body is more often today's date in the masthead.
      if (!cued && (fallback !== null || !features[i]!.dateish || bodyStart - i > HEADER_WINDOW)) continue;
      const date = parseLocalizedDate(text.replace(DATE_CUE_RE, ''));
      if (!date) continue;
      if (cued) return date;
      fallback ??= date;
    }
  }
  return fallback ?? updated ?? farDateline(lines, features, bodyStart);
}

/** Furthest above the body a cued dateline is read when no nearer line dates the page. */
const FAR_DATELINE = 150;

/**
 * A "Published …" or "Updated …" line far above the body: CNN prints
 * "Updated 0339 GMT (1139 HKT) November 19, 2019" under its headline and a
 * gallery of a hundred caption lines before the article.
 */
function farDateline(lines: readonly Line[], features: readonly LineFeatures[], bodyStart: number): string | null {
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - FAR_DATELINE); i--) {
    const text = lines[i]!.text.replace(YEAR_THEN_TIME_RE, '$1 $2');
    if (!YEAR_RE.test(text) || !datelineShaped(text, features[i]!) || !(DATE_CUE_RE.test(text) || UPDATED_RE.test(text))) continue;
    const date = parseLocalizedDate(text.replace(UPDATED_RE, '').replace(DATE_CUE_RE, ''));
    if (date) return date;
  }
  return null;
}

/** Short and unfinished, as a dateline or a byline with its date is; a body's sentence ends. */
function datelineShaped(text: string, f: LineFeatures): boolean {
  return f.units <= DATELINE_WORDS && !/[.!?。！？]$/u.test(text);
}

/**
 * A byline, a date or a "Published …" line, short and unfinished ("By Joseph
 * Tsidulko November 19, 2019, 07:47 PM EST"): a detail of the article, not its
 * text, wherever the cleaner put it (trim.ts takes it out of the body).
 */
export function isDateline(text: string, f: LineFeatures): boolean {
  return datelineShaped(text, f) && (BYLINE_RE.test(text) || f.dateish || /^(?:published|posted|updated)\b/iu.test(text));
}

/**
 * "by" inside a short line, after a date or an avatar's name glued before it
 * ("11/19/2019 by Lars Brandle", "Eric SongBy Eric Song, IGN Staff").
 */
const INLINE_BY_RE = /(?:\s|\p{Ll}|^)[Bb]y\s+(\p{Lu}.*)$/u;
/** "Photo by …": a credit, not the article's byline. */
const CREDIT_BY_RE = /\b(?:photo|image|picture|illustration|video|graphic|design)s?\s+by\b/iu;
/**
 * Where the name in a byline ends: a separator, a date, a time, a handle, a
 * role glued on ("Meg JamesStaff Writer"), an update note, a weekday, a site.
 */
const NAME_END_RE = new RegExp(
  [
    String.raw`\s+[|–—/-]\s+`,
    String.raw`[;@·•]`,
    String.raw`,\s*(?=\p{Lu}{2}|\d|(?:${WEEKDAY_STEMS})day\b|[\p{L}-]+\.(?:com|net|org|co\.uk)\b)`,
    String.raw`\s+(?:on|am|le|el|il|op)\s+(?=\d|\p{Lu})`,
    String.raw`\s+(?=\d)`,
    String.raw`\s+(?=(?:${MONTH_STEMS})[a-z]*\.?\s+\d)`,
    String.raw`\s+(?:updated|posted|published)\b`,
    String.raw`(?<=\p{Ll})(?=(?:Staff|Senior|Chief|Business|Contributing|Associate|Deputy|Editor|Reporter|Writer|Columnist|Correspondent|Contributor)\b)`,
  ].join('|'),
  'iu',
);

/** The name a byline gives, cut where it ends; a name printed twice ("Sean Martin Sean Martin") once. */
function bylineName(raw: string): string | null {
  const name = raw.split(NAME_END_RE)[0]!.trim();
  const words = name.split(' ');
  const half = words.length / 2;
  const once = words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half).join(' ') : name;
  // "(Photo by REUTERS)" credits a photo.
  return once && !/[()[\]]/u.test(once) && isPersonName(once) ? once : null;
}

/**
 * "By Jane Doe" (or "By" on its own line, then the name, or "by" after a
 * dateline) near the body: before it, among the lines the cleaner dropped at
 * its start (a byline under a standfirst), or at its end.
 */
export function findByline(lines: readonly Line[], features: readonly LineFeatures[], body: readonly number[], titleAt: number | null = null): string | null {
  const bodyStart = body[0]!;
  const bodyEnd = body[body.length - 1]!;
  const inBody = new Set(body);
  const from = Math.max(0, bodyStart - HEADER_WINDOW);
  const to = Math.min(lines.length - 1, bodyEnd + 3);
  // Nearest the body's start first: a menu item ("By Any Means Necessary", a show's name) sits higher than the byline.
  // The lines right under the headline come first, however far above the body a page's furniture pushed it.
  const underTitle = titleAt !== null && titleAt < from ? range(titleAt + 1, Math.min(titleAt + TITLE_BYLINE_LINES, from - 1), 1) : [];
  // Inside the body only its first lines (a byline the cleaner dropped under a standfirst) and its last ones.
  const headEnd = Math.min(to, bodyStart + HEAD_WINDOW);
  const order = [...underTitle, ...range(bodyStart - 1, from, -1), ...range(bodyStart, headEnd, 1), ...range(Math.max(headEnd + 1, bodyEnd - 2), to, 1)];
  for (const i of order) {
    if (i >= bodyStart && i <= bodyEnd - 3 && inBody.has(i)) continue;
    const text = lines[i]!.text;
    const m = BYLINE_RE.exec(text) ?? (datelineShaped(text, features[i]!) && !CREDIT_BY_RE.test(text) ? INLINE_BY_RE.exec(text) : null);
    const name = m ? m[1] : BY_ALONE_RE.test(text) ? lines[i + 1]?.text : undefined;
    const clean = name === undefined ? null : bylineName(name);
    if (clean) return clean;
  }
  // A wire's credit line a few lines under the body, past its graphics' captions: "Reporting by Rodrigo Campos; …".
  for (let i = to + 1; i <= Math.min(lines.length - 1, bodyEnd + CREDIT_TAIL_LINES); i++) {
    const m = CREDIT_LINE_RE.exec(lines[i]!.text);
    const clean = m ? bylineName(m[1]!) : null;
    if (clean) return clean;
  }
  return unmarkedByline(lines, features, body);
}

/** "Reporting by …", "Written by …": a credit line, read further under the body than a bare "By". */
const CREDIT_LINE_RE = /^(?:reporting|written|writing) by\s+(.+)$/iu;
const CREDIT_TAIL_LINES = 8;

/** first, first + step, … up to last (included). */
function range(first: number, last: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let i = first; step > 0 ? i <= last : i >= last; i += step) out.push(i);
  return out;
}

/** Words of a name printed without its "By": two to four, each capitalised or in capitals. */
const BARE_NAME_RE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){1,3}$/u;
/** Longest line read as a byline without "By" (a name, a handle, a date and time). */
const BARE_BYLINE_CHARS = 100;
/** "1 day ago", "Yesterday 2:45PM", "2 days": a date as a page counts it from today. */
const RELATIVE_DATE_RE = /^(?:\d+\s+(?:minutes?|hours?|days?|weeks?|months?)(?:\s+ago)?|yesterday|today|an? (?:hour|day|week) ago)\b/iu;

/**
 * A byline without "By": a person's name (its first word a known first
 * name) alone before the body, with its date or handle on its line ("Chris
 * Davies - Nov 19, 2019, 10:31 pm CST", "Natasha Turak@NatashaTurak") or on
 * the line next to it ("Maren Estrada" over "November 19th, 2019 at 8:40
 * AM"). The line nearest the body wins. A name the article itself talks
 * about ("Trinity Academy junior Ben Patton added…") is a caption's subject.
 */
function unmarkedByline(lines: readonly Line[], features: readonly LineFeatures[], body: readonly number[]): string | null {
  const bodyStart = body[0]!;
  const inBody = (surname: string): boolean => {
    const lower = surname.toLowerCase();
    return body.some((i) => wordAt(lines[i]!.text.toLowerCase(), lower));
  };
  const dated = (j: number): boolean => {
    const line = lines[j];
    return line !== undefined && (features[j]!.dateish || RELATIVE_DATE_RE.test(line.text) || DATE_CUE_RE.test(line.text));
  };
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - HEADER_WINDOW); i--) {
    const text = lines[i]!.text;
    if (text.length > BARE_BYLINE_CHARS) continue;
    const name = text.split(NAME_END_RE)[0]!.trim();
    if (!BARE_NAME_RE.test(name) || !isFirstName(name.split(' ')[0]!)) continue;
    const rest = text.slice(name.length).trim();
    const signed = rest === '' ? dated(i - 1) || dated(i + 1) : datelineShaped(text, features[i]!) && SIGNED_REST_RE.test(rest);
    if (!signed) continue;
    const byline = withoutAffiliation(name, lines, i);
    if (!inBody(byline.split(' ').at(-1)!)) return byline;
  }
  return null;
}

/** What follows a name on its byline line: a handle, a separator, a date. */
const SIGNED_REST_RE = new RegExp(String.raw`^(?:[@|–—/-]|\d|(?:${MONTH_STEMS})[a-z]*\.?\s+\d)`, 'iu');

/**
 * "Tom Davies Associated Press", "Elliot Brownstein Florida Today": the
 * words after the first two are the author's employer when they are words
 * the lexicon knows other than as names, or the page names them elsewhere on
 * their own, not as the end of this name ("Recent from Adam Clark Estes"
 * keeps "Estes").
 */
function withoutAffiliation(name: string, lines: readonly Line[], at: number): string {
  const words = name.split(' ');
  if (words.length <= 2) return name;
  const first = words.slice(0, 2).join(' ');
  const rest = words.slice(2).join(' ');
  if (isOtherThanName(rest) || isOtherThanName(words[2]!)) return first;
  const elsewhere = lines.some((line, j) => j !== at && line.text.includes(rest) && wordAt(line.text.split(name).join(' '), rest));
  return elsewhere ? first : name;
}

/** Whether `word` stands in `text` as a word of its own (no letter either side). */
function wordAt(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

export function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 1 || words.length > 8 || /[.!?]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= Math.ceil(words.filter((w) => !/^(?:and|und|et|y|e|i|de|van|von|der|da|del)$/u.test(w)).length * 0.8);
}

/** "Categories: World" -> "World". */
export function findCategory(lines: readonly Line[], bodyStart: number): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (i > bodyStart + 200) break;
    if (!lines[i]!.text.includes(':')) continue;
    const m = CATEGORY_RE.exec(lines[i]!.text);
    const first = m?.[1]?.split(/\s*[,|/]\s*/u)[0]?.trim();
    if (first && plausibleName(first)) return first;
  }
  return null;
}

/** The outlet named by the page itself: masthead, "Published by", its furniture (site-name.ts), copyright line. */
export function findOutlet(lines: readonly Line[], bodyStart: number, title: string | null, byline: string | null): string | null {
  const first = lines[0];
  if (first && first.index < bodyStart && first.text !== title) {
    const fromMasthead = outletFromMasthead(first.text);
    if (fromMasthead) return fromMasthead;
  }
  for (let i = 0; i < lines.length; i++) {
    const m = PUBLISHED_BY_RE.exec(lines[i]!.text);
    if (!m) continue;
    const name = (m[1] || lines[i + 1]?.text || '').trim();
    if (plausibleName(name)) return name;
  }
  // The last copyright line, unless another names the outlet with its owner after it (the last names the owner alone).
  let copyright: string | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const holder = outletFromCopyright(lines[i]!.text);
    if (holder === null) continue;
    if (namesOwnerAfter(lines[i]!.text)) {
      copyright = holder;
      break;
    }
    copyright ??= holder;
  }
  if (copyright !== null) copyright = outletInOwnerName(copyright, lines);
  return siteNameFromFurniture(lines, copyright, byline) ?? copyright;
}
