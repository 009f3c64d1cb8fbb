import sanitizeHtml from 'sanitize-html';
import type { Reading } from '../../domain/types.js';
import { ARTICLE_TAGS, sanitizeArticleHtml } from '../../extract/html/sanitize.js';
import { html, trusted, type Html } from './html.js';

/**
 * After the allowlist sanitizer (run again here, whatever the store holds):
 * links open outside the app without a referrer, and images become links, so
 * opening a reading never makes a request to another site.
 */
const PRESENT: sanitizeHtml.IOptions = {
  // The tags the ingest sanitizer keeps, images turned into links below.
  allowedTags: [...ARTICLE_TAGS.filter((t) => t !== 'img'), 'figcaption'],
  allowedAttributes: { a: ['href', 'rel', 'class'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https'],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
    img: (_tag, attribs) => ({
      tagName: 'a',
      attribs: { href: attribs['src'] ?? '', rel: 'noopener noreferrer nofollow', class: 'image-link' },
      text: `Image${attribs['alt'] ? `: ${attribs['alt']}` : ''} (opens on ${hostOf(attribs['src'])})`,
    }),
  },
};

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : 'another site';
  } catch {
    return 'another site';
  }
}

/** The clean article body: the stored HTML, sanitized again, else the paragraphs as text. */
export function articleBody(r: Pick<Reading, 'html' | 'text'>): Html {
  if (r.html && r.html.trim()) return trusted(sanitizeHtml(sanitizeArticleHtml(r.html), PRESENT));
  const paragraphs = r.text ? r.text.split('\n\n') : [];
  return html`${paragraphs.map((p) => html`<p>${p}</p>`)}`;
}
