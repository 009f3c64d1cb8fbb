import type sanitizeHtml from 'sanitize-html';
import { lazyModule } from '../../lexicon/lazy-module.js';

const sanitizer = lazyModule<typeof sanitizeHtml>('sanitize-html');

/** The tags a stored article may hold: text structure, links, images, simple tables. */
export const ARTICLE_TAGS: readonly string[] = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i',
  'a', 'br', 'figure', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'sup', 'sub',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ARTICLE_TAGS],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // Drop the content of these tags, not just the tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'],
  transformTags: {
    h1: 'h2',
    // A link that is not absolute http(s) loses its href and keeps its text.
    a: (tagName, attribs) => {
      const href = absoluteHttp(attribs['href']);
      const out: Record<string, string> = href ? { href } : {};
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => {
      const src = absoluteHttp(attribs['src']);
      const out: Record<string, string> = {};
      if (src) out['src'] = src;
      // An image with no alt text is described by its title, if any (a source's logo titled "Press TV").
      const text = attribs['alt']?.trim() || attribs['title']?.trim();
      if (text) out['alt'] = text;
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) => {
    if (frame.tag === 'img') return !frame.attribs['src'];
    if (frame.tag === 'a' || frame.tag === 'br' || frame.tag === 'td' || frame.tag === 'th') return false;
    return frame.tag !== 'figure' && !frame.text.trim() && !frame.mediaChildren.length;
  },
};

/**
 * The article HTML reduced to an allowlist: text structure, links (absolute
 * http(s) only), images and simple tables. Scripts, styles, event handlers,
 * classes and `javascript:` URLs never survive.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizer()(html, OPTIONS).replace(/\n{3,}/g, '\n\n').trim();
}

function absoluteHttp(href: string | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  return /^https?:\/\//i.test(h) ? h : null;
}
