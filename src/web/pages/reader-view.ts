import type { Reading } from '../../domain/types.js';
import type { SimilarItem } from '../../service/similar.js';
import { reasonLabels } from '../../service/similar-reasons.js';
import type { ReadingSource } from '../../store/feed-store.js';
import type { StoryRecord } from '../../store/relate-store.js';
import type { ReadingSummary } from '../../summarize/types.js';
import { articleBody } from './article-html.js';
import { csrfInput, dayTag, notice, outletTag, queryString, readingHref, storyHref, textAttributes } from './components.js';
import { formatDay, formatNumber, formatTime, hostOf, sourceLabel, plural, readingTime, safeHref } from './format.js';
import { html, join, type Html } from './html.js';
import { outletsLine } from '../../service/story-outlets.js';

export interface ReaderData {
  reading: Reading;
  /** The verbatim input, described (its bytes are served by "Show original"). */
  original: { label: string; contentType: string | null; bytes: number } | null;
  similar: SimilarItem[];
  summary: ReadingSummary | null;
  /** The reading's story, when other readings share it. */
  story: StoryRecord | null;
  /** The feed entries it came from. */
  sources: ReadingSource[];
  /** For the forms that change the reading (category, unread, delete). */
  csrfToken: string;
  /** What the last change did ("Category saved."), or why it was refused. */
  notice: { kind: 'success' | 'error'; text: string } | null;
}

function sourceValue(s: ReadingSource): Html {
  const note = s.fullText === 'feed'
    ? html` <span class="muted">· the feed's text${s.fullTextError ? html` (the article could not be fetched: ${s.fullTextError})` : ''}</span>`
    : '';
  return html`<a href="/feeds#feed-${String(s.feedId)}">${s.feedTitle ?? s.feedUrl}</a>${s.author ? html` <span class="muted">· by ${s.author}</span>` : ''}${note}`;
}

function header(r: Reading, original: ReaderData['original']): Html {
  const href = safeHref(r.url);
  const byline = r.byline ? html`<span>by ${r.byline}</span>` : null;
  const parts = [outletTag(r, true), byline, dayTag(r), r.extractionStatus === 'ok' ? readingTime(r) : null].filter(Boolean);
  return html`<header class="article-head">
  <p class="meta">${join(parts, html`<span class="sep" aria-hidden="true"> · </span>`)}</p>
  <h1>${r.title || 'Untitled'}</h1>
  <p class="article-actions">
    ${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">Open on ${hostOf(href)}</a>` : ''}
    ${original ? html`<a href="${readingHref(r.id)}/original">Show original</a>` : ''}
  </p>
</header>`;
}

function failed(r: Reading, original: ReaderData['original']): Html {
  return notice('error', html`<p><strong>No article could be extracted from this input.</strong> ${r.extractionError ?? ''} <code>${r.extractionErrorCode ?? 'extraction_failed'}</code></p>
    <p>Everything you gave is kept${original ? html` (${plural(original.bytes, 'byte')})` : ''}: <a href="${readingHref(r.id)}/original">show the original</a>.</p>`);
}

function storyPanel(story: StoryRecord): Html {
  return html`<section class="panel" aria-labelledby="panel-story">
  <h2 id="panel-story">Story</h2>
  <p><a href="${storyHref(story.id)}">${story.title}</a></p>
  <p class="muted">${plural(story.size, 'reading')} · ${outletsLine(story, (n) => plural(n, 'outlet'))}</p>
  <p><a class="button" href="${storyHref(story.id)}">Compare the outlets</a></p>
</section>`;
}

function reasonsOf(item: SimilarItem): string[] {
  return reasonLabels(item.reasons, 6);
}

function similarPanel(items: SimilarItem[]): Html {
  return html`<section class="panel" aria-labelledby="panel-similar">
  <h2 id="panel-similar">Similar Readings (${plural(items.length, 'item')})</h2>
  <ol class="similar">${items.map((item) => {
    const why = reasonsOf(item);
    return html`<li>
      <a href="${readingHref(item.reading.id)}">${item.reading.title || 'Untitled'}</a>
      <span class="muted">${sourceLabel(item.reading)} · ${dayTag(item.reading)}</span>
      <span class="score" title="How closely the two cover the same event (0 to 1)">score ${item.score.toFixed(2)}</span>
      ${why.length ? html`<span class="reasons">shared: ${why.join(', ')}</span>` : ''}
    </li>`;
  })}</ol>
</section>`;
}

function summaryPanel(summary: ReadingSummary, language: string | null): Html {
  return html`<section class="panel" aria-labelledby="panel-summary">
  <h2 id="panel-summary">Summary</h2>
  <ul class="summary"${textAttributes(language)}>${summary.sentences.map((s) => html`<li>${s.text}</li>`)}</ul>
</section>`;
}

function statisticsPanel(r: Reading): Html {
  const stat = (value: string, label: string): Html => html`<div class="stat"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section class="panel" aria-labelledby="panel-statistics">
  <h2 id="panel-statistics">Statistics</h2>
  <dl class="stats">
    ${stat(formatNumber(r.wordCount), 'Words')}
    ${stat(formatNumber(r.readCount), 'Read Count')}
    ${stat(`${Math.max(1, r.readingMinutes)} min`, 'Reading time')}
  </dl>
</section>`;
}

function detailsPanel(r: Reading, original: ReaderData['original'], sources: readonly ReadingSource[]): Html {
  const href = safeHref(r.url);
  const row = (label: string, value: Html | string): Html => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section class="panel" aria-labelledby="panel-details">
  <h2 id="panel-details">Details</h2>
  <dl class="details">
    ${row('ID', html`<code>${r.id}</code>`)}
    ${r.ref ? row('Ref', r.ref) : ''}
    ${row('Category ID', html`<a href="/${queryString({ category: r.category })}">${r.category}</a>`)}
    ${row('URL', href ? html`<a href="${href}" rel="noopener noreferrer nofollow" class="url">${href}</a>` : (r.url ?? '—'))}
    ${row('Date', formatDay(r.publishedAt))}
    ${row('Created', formatTime(r.createdAt))}
    ${row('Updated', formatTime(r.updatedAt))}
    ${row('Last Read', formatTime(r.lastReadAt))}
    ${r.language ? row('Language', r.language) : ''}
    ${original ? row('Original', html`<a href="${readingHref(r.id)}/original">${original.label}</a> (${plural(original.bytes, 'byte')})`) : ''}
    ${sources.map((src) => row('Feed', sourceValue(src)))}
  </dl>
</section>`;
}

/** Change the category, mark unread, delete (behind a disclosure, as removing a feed is). */
function managePanel(r: Reading, token: string): Html {
  const action = (what: string): string => `${readingHref(r.id)}/${what}`;
  return html`<section class="panel manage" aria-labelledby="panel-manage">
  <h2 id="panel-manage">Manage</h2>
  <form method="post" action="${action('category')}" class="field">
    ${csrfInput(token)}
    <label for="category">Category</label>
    <div class="search-row"><input id="category" name="category" value="${r.category}" required maxlength="200"> <button type="submit" class="button-quiet">Save</button></div>
  </form>
  <div class="field-actions">
    ${r.readCount > 0 ? html`<form method="post" action="${action('unread')}">${csrfInput(token)}<button type="submit" class="button-quiet">Mark as unread</button></form>` : ''}
    <details class="reading-delete">
      <summary>Delete…</summary>
      <form method="post" action="${action('delete')}">
        ${csrfInput(token)}
        <p class="muted">Removes the reading, its original input and its place in its story.</p>
        <button type="submit" class="button-danger">Delete this reading</button>
      </form>
    </details>
  </div>
</section>`;
}


/** One reading: the clean article in a reading column, and beside it the panels of seed 003's footer. */
export function readerView(data: ReaderData): Html {
  const r = data.reading;
  const hasSummary = data.summary && data.summary.sentences.length > 0;
  return html`<div class="reader">
  ${data.notice ? notice(data.notice.kind, data.notice.text) : ''}
  <article class="article"${textAttributes(r.language)}>
    ${header(r, data.original)}
    ${r.extractionStatus === 'failed' ? failed(r, data.original) : html`<div class="article-body">${articleBody(r)}</div>`}
  </article>
  <aside class="panels" aria-label="About this reading">
    ${data.story ? storyPanel(data.story) : ''}
    ${data.similar.length ? similarPanel(data.similar) : ''}
    ${hasSummary && data.summary ? summaryPanel(data.summary, r.language) : ''}
    ${statisticsPanel(r)}
    ${detailsPanel(r, data.original, data.sources)}
    ${managePanel(r, data.csrfToken)}
  </aside>
</div>`;
}
