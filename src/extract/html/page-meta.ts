/**
 * One walk over a document's elements, collecting <meta>, <link> and the few
 * marked-up elements the metadata readers need into plain maps, so nothing
 * queries the DOM twice (selector queries are slow on linkedom).
 */
export interface PageMeta {
  /** meta property/name/itemprop/http-equiv (lower-cased) -> first non-empty content. */
  meta: Map<string, string>;
  /** link rel (lower-cased, each token) -> first href. */
  links: Map<string, string>;
  /** The <title> text. */
  title: string | null;
  /** The text of the first <h1>. */
  h1: string | null;
  /** The short texts printed right after the first <h1> (a byline, a date), in page order. */
  afterH1: string[];
  /** <html lang>. */
  lang: string | null;
  /** The date of the first element marked as the publication date, else the first <time datetime>. */
  time: string | null;
  /** Text of the first element marked rel=author / itemprop=author. */
  authorText: string | null;
  /** The text of the page's logos (an image's alt or title, "logo" and "brand" aside), in page order. */
  logoNames: string[];
}

/** How many short texts after the <h1> are kept, and how long one may be: a byline and a date sit right under a headline. */
const AFTER_H1_TEXTS = 6;
const AFTER_H1_CHARS = 80;

/** Most logo texts kept: a site's logo is near the top; the rest are partners' and sponsors'. */
const MAX_LOGOS = 4;
const HOME_HREF_RE = /^(?:\/|\.\/|\/?index\.\w+|https?:\/\/[^/]+\/?)$/iu;

/** An image's text when the image is a logo: "logo" in its address, class or id, or it links to the home page. */
function logoName(img: Element): string | null {
  const marked = /logo/iu.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''}`);
  const link = img.parentElement?.localName === 'a' ? img.parentElement.getAttribute('href')?.trim() : undefined;
  if (!marked && !(link && HOME_HREF_RE.test(link))) return null;
  const text = collapse(img.getAttribute('alt') || img.getAttribute('title') || '')
    .replace(/\b(?:logo|brand|home(?:page)?)\b/giu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,:|-]+|[\s.,:|-]+$/gu, '');
  return text.length >= 2 && text.length <= 60 ? text : null;
}

export function readPageMeta(document: Document): PageMeta {
  const meta = new Map<string, string>();
  const links = new Map<string, string>();
  let title: string | null = null;
  let h1: string | null = null;
  const afterH1: string[] = [];
  // The <h1> while the texts after it are being read; null before it and once they are read.
  let h1Element: Element | null = null;
  let pubTime: string | null = null;
  let anyTime: string | null = null;
  let authorText: string | null = null;
  const logoNames: string[] = [];
  for (const el of elements(document.documentElement)) {
    const tag = el.localName;
    if (tag === 'meta') {
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
        // itemprop may hold several names: "datePublished dateCreated".
        for (const key of (el.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) {
          if (key && !meta.has(key)) meta.set(key, content);
        }
      }
      continue;
    }
    if (tag === 'link') {
      const href = el.getAttribute('href')?.trim();
      if (!href) continue;
      for (const rel of (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)) {
        if (rel && !links.has(rel)) links.set(rel, href);
      }
      continue;
    }
    if (tag === 'title' && title === null) title = collapse(el.textContent ?? '') || null;
    else if (tag === 'h1' && h1 === null) {
      h1 = collapse(el.textContent ?? '') || null;
      h1Element = h1 === null ? null : el;
    }
    if (h1Element !== null && el.firstElementChild === null && tag !== 'script' && tag !== 'style' && !h1Element.contains(el)) {
      const text = collapse(el.textContent ?? '');
      // The article's first paragraph ends the headline's block.
      if (text.length > AFTER_H1_CHARS) h1Element = null;
      else if (text !== '') afterH1.push(text);
      if (afterH1.length >= AFTER_H1_TEXTS) h1Element = null;
    }
    if (tag === 'img' && logoNames.length < MAX_LOGOS) {
      const name = logoName(el);
      if (name !== null) logoNames.push(name);
    }
    if (tag === 'time' && anyTime === null) anyTime = el.getAttribute('datetime')?.trim() || null;
    const itemprop = el.getAttribute('itemprop');
    if (pubTime === null && (itemprop === 'datePublished' || (tag === 'time' && el.hasAttribute('pubdate')))) {
      pubTime = (el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '').trim() || null;
    }
    if (authorText === null && (itemprop === 'author' || (tag === 'a' && el.getAttribute('rel') === 'author'))) {
      const text = collapse(el.textContent ?? '');
      if (text && text.length <= 100) authorText = text;
    }
  }
  return {
    meta,
    links,
    title,
    h1,
    afterH1,
    lang: document.documentElement?.getAttribute('lang') ?? null,
    time: pubTime ?? anyTime,
    authorText,
    logoNames,
  };
}

/** Every element under root (included), in document order, by a sibling walk. */
function* elements(root: Element | null): Generator<Element> {
  let el: Element | null = root;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    if (!el || el === root) return;
    el = el.nextElementSibling;
  }
}

export function collapse(text: string): string {
  return text.replace(/(?:\s|\u200b|\u200c|\u200d|\ufeff)+/g, ' ').trim();
}
