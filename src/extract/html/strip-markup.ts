/**
 * Cheap string-level pre-pass before DOM parsing. Node creation dominates the
 * cost of parsing with linkedom and of Readability's walks, so markup that
 * can never be article text is cut from the string first:
 * - the JSON-LD blocks are kept aside, then scripts, styles, SVG, noscript,
 *   templates, iframes, comments, and the page chrome that the cleaner drops
 *   anyway (nav, aside, buttons, selects) are removed in one pass. Footers
 *   stay: a string pass cannot tell the page's from the ones that sign each
 *   comment (author, time, reply links), which are what tell Readability that
 *   a run of comments is not the article when class names say nothing
 *   ("css-1x2y3z"); Readability drops footers from the article it picks;
 * - whitespace runs that touch a block-level tag are removed (they render as
 *   nothing, but each would become a text node);
 * - attributes nobody reads later (data-*, aria-* except aria-hidden, event
 *   handlers, inline styles that do not hide the element) are removed.
 * <header> stays: it holds the title, byline and date that metadata reads.
 * On a typical news page this leaves about a third of the bytes.
 */
export interface StrippedHtml {
  html: string;
  /** The raw text of each `<script type="application/ld+json">` block, in page order. */
  jsonLd: string[];
}

const REMOVED_TAGS = 'svg|noscript|template|iframe|object|canvas|nav|aside|button|select';
/**
 * A comment; a script or style (an unclosed one runs to the end: the page was
 * truncated); or one of the other removed elements with its content.
 */
const REMOVED_RE = new RegExp(
  '<!--[\\s\\S]*?(?:-->|$)' +
    '|<(script|style)(?=[\\s>/])([^>]*)>([\\s\\S]*?)(?:<\\/\\1\\s*>|$)' +
    `|<(${REMOVED_TAGS})(?=[\\s>/])[^>]*>[\\s\\S]*?<\\/\\4\\s*>`,
  'gi',
);
export const JSON_LD_TYPE_RE = /\btype\s*=\s*["']?application\/ld\+json/i;
const BLOCK_TAGS =
  'html|head|body|meta|link|title|base|div|p|ul|ol|li|dl|dt|dd|section|article|header|main|table|thead|tbody|tfoot|tr|td|th|h[1-6]|figure|figcaption|form|fieldset|blockquote|hr';
const BLOCK_WS_RE = new RegExp(`(<\\/?(?:${BLOCK_TAGS})(?=[\\s>/])[^>]*>)\\s+(?=<)|\\s+(?=<\\/?(?:${BLOCK_TAGS})[\\s>/])`, 'gi');
const UNUSED_ATTR_RE =
  /\s(?:data-(?!src|lazy|original)[\w-]*|on[a-z]+|aria-(?!hidden)[\w-]*|style(?=\s*=\s*["'](?![^"']*(?:display|visibility))))\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

export function stripMarkup(html: string): StrippedHtml {
  const jsonLd: string[] = [];
  const out = html
    .replace(REMOVED_RE, (_all, tag: string | undefined, attrs: string | undefined, body: string | undefined) => {
      if (tag && tag.toLowerCase() === 'script' && attrs && body && JSON_LD_TYPE_RE.test(attrs)) {
        const text = body.trim();
        if (text) jsonLd.push(text);
      }
      return '';
    })
    .replace(BLOCK_WS_RE, '$1')
    .replace(UNUSED_ATTR_RE, '');
  return { html: out, jsonLd };
}
