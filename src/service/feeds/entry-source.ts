import type { InputHints, RawInput } from '../../domain/types.js';
import { escapeHtml } from '../../domain/strings.js';
import { htmlToParagraphs } from '../../feeds/text.js';
import type { FeedEntry } from '../../feeds/types.js';
import type { InputSource } from '../input-sources.js';

/**
 * The feed's own content of an entry as an HTML page, for the extraction stage:
 * title, author and date in the head (as a news page declares them), the body in
 * an <article>, enclosures as links.
 */
export function entryPage(entry: FeedEntry, published: string | null): string {
  const title = entry.title ?? '';
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    entry.author ? `<meta name="author" content="${escapeHtml(entry.author)}">` : '',
    published ? `<meta property="article:published_time" content="${escapeHtml(published)}">` : '',
    entry.link ? `<link rel="canonical" href="${escapeHtml(entry.link)}">` : '',
  ].join('');
  const enclosures = entry.enclosures.map((e) => `<p><a href="${escapeHtml(e.url)}">${escapeHtml(e.type ?? 'enclosure')}</a></p>`).join('');
  const body = entry.content ?? entry.summary ?? '';
  return `<!doctype html><html><head>${head}</head><body><article>${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${body}${enclosures}</article></body></html>`;
}

/**
 * A teaser as plain text, headline first: the HTML extractor rightly refuses a
 * page with a lead only, while the text stage keeps a headline and a short lead.
 */
export function entryText(entry: FeedEntry): string {
  const body = htmlToParagraphs(entry.content ?? entry.summary ?? '');
  return [entry.title ?? '', ...body].filter(Boolean).join('\n\n');
}

/** The feed's own content of an entry, in the form the extraction stage reads best; `teaser`: `isTeaser` of that content. */
export function entryInput(entry: FeedEntry, published: string | null, teaser: boolean): { text: string; contentType: string } {
  return teaser
    ? { text: entryText(entry), contentType: 'text/plain; charset=utf-8' }
    : { text: entryPage(entry, published), contentType: 'text/html; charset=utf-8' };
}

export function entryRaw(entry: FeedEntry, published: string | null, label: string, teaser: boolean): RawInput {
  const { text, contentType } = entryInput(entry, published, teaser);
  return { bytes: new TextEncoder().encode(text), contentType, url: null, label };
}

/** The ingest input for an entry: its article URL when the full text is fetched, else the feed's content. */
export function entrySource(entry: FeedEntry, fetchArticle: boolean, teaser: boolean, hints: InputHints, label: string, published: string | null): InputSource {
  if (fetchArticle && entry.link) return { kind: 'url', url: entry.link, label, hints };
  return { kind: 'inline', ...entryInput(entry, published, teaser), label, hints };
}
