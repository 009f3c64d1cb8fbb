import { ALL_CLAIMS } from '../../compare/first-claims.js';
import type { ClaimGroup, CompareReport } from '../../compare/types.js';
import type { StoryMemberView, StoryView } from '../../service/stories.js';
import { countOutlets } from '../../summarize/support.js';
import type { StorySentence, StorySummary } from '../../summarize/types.js';
import { csrfInput, dayTag, notice, outletChips, readingHref, storyHref, textAttributes } from './components.js';
import type { Reading } from '../../domain/types.js';
import type { StoryRecord } from '../../store/relate-store.js';
import { corroborationView } from './corroboration-view.js';
import { formatDay, sourceLabel, plural, readingTime } from './format.js';
import { html, type Html } from './html.js';
import { outletsLine } from '../../service/story-outlets.js';
import { storyDays } from '../../service/story-days.js';

export interface StoryData {
  view: StoryView;
  /** Other stories holding similar readings: each may be merged into this one. */
  related: { story: StoryRecord; score: number }[];
  csrfToken: string;
  /** What the last correction did. */
  notice: { text: string; link?: { href: string; text: string } } | null;
  summary: StorySummary | null;
  report: CompareReport | null;
  /** The outlets silent on a claim of `report` (made for the claims shown). */
  silentOf: (claim: ClaimGroup) => { id: string; outlet: string | null }[];
}

/** How many paragraphs of each version show before "Read on". */
const LEAD_PARAGRAPHS = 2;
/**
 * Up to this many versions, each carries its whole text (folded under "Read
 * on"); a larger story shows each version's lead and links its reader page,
 * or the page would hold every article of the story (a hundred: ~700 kB).
 */
const WHOLE_TEXT_VERSIONS = 20;

function sentence(s: StorySentence, outlets: number): Html {
  return html`<li><p dir="auto">${s.text}</p><p class="support">Reported by ${countOutlets(s.supportedBy)} of ${plural(outlets, 'outlet')}: ${outletChips(s.supportedBy)}</p></li>`;
}

function summarySection(summary: StorySummary): Html | null {
  if (!summary.headline && summary.sentences.length === 0) return null;
  return html`<section class="panel story-summary" aria-labelledby="story-summary">
  <h2 id="story-summary">Summary</h2>
  ${summary.headline ? html`<p class="story-headline" dir="auto">${summary.headline.text}</p><p class="support">${outletChips(summary.headline.supportedBy)}</p>` : ''}
  <ol class="summary">${summary.sentences.map((s) => sentence(s, summary.outlets))}</ol>
  ${summary.single ? html`<p class="muted">One reading: this is its own summary.</p>` : ''}
</section>`;
}


/** "Not the same event?": the reading leaves for a story of its own (a correction kept across regrouping). */
function splitForm(storyId: string, r: Reading, token: string): Html {
  return html`<details class="version-manage"><summary>Not the same event?</summary>
    <form method="post" action="${storyHref(storyId)}/split">${csrfInput(token)}<input type="hidden" name="reading" value="${r.id}">
      <button type="submit" class="button-quiet">Move it to a story of its own</button></form></details>`;
}

/** Stories that may tell the same event, each with a button that merges it into this one. */
function relatedSection(storyId: string, related: StoryData['related'], token: string): Html | null {
  if (related.length === 0) return null;
  return html`<section aria-labelledby="story-related" class="panel">
  <h2 id="story-related">Perhaps the same event</h2>
  <p class="muted">Stories with readings close to this one's. Merging moves their readings here and is kept when stories are regrouped.</p>
  <ul class="related-stories">${related.map(({ story, score }) => html`<li>
    <a href="${storyHref(story.id)}">${story.title || 'Untitled'}</a>
    <span class="muted">${plural(story.size, 'reading')} · ${outletsLine(story, (n) => plural(n, 'outlet'))} · ${storyDays(story, formatDay)} · closeness ${score.toFixed(2)}</span>
    <form method="post" action="${storyHref(storyId)}/merge">${csrfInput(token)}<input type="hidden" name="story" value="${story.id}"><button type="submit" class="button-quiet">Merge into this story</button></form>
  </li>`)}</ul>
</section>`;
}

function version(m: StoryMemberView, whole: boolean, split: Html | null): Html {
  const r = m.reading;
  const paragraphs = r.text ? r.text.split('\n\n') : [];
  const lead = paragraphs.slice(0, LEAD_PARAGRAPHS);
  const rest = paragraphs.slice(LEAD_PARAGRAPHS);
  const more = !rest.length
    ? ''
    : whole
      ? html`<details class="read-on"><summary>Read on (${plural(rest.length, 'more paragraph')})</summary><div${textAttributes(r.language)}>${rest.map((p) => html`<p>${p}</p>`)}</div></details>`
      : html`<p class="read-on"><a href="${readingHref(r.id)}">Read on (${plural(rest.length, 'more paragraph')})</a></p>`;
  return html`<article class="version" aria-labelledby="v-${r.id}">
  <p class="meta"><span class="outlet">${sourceLabel(r)}</span> · ${dayTag(r)}</p>
  <h3 id="v-${r.id}"${textAttributes(r.language)}><a href="${readingHref(r.id)}">${r.title || 'Untitled'}</a></h3>
  <p class="muted">${r.extractionStatus === 'failed' ? 'Extraction failed' : html`${plural(r.wordCount, 'word')} · ${readingTime(r)}`}</p>
  <div class="version-text"${textAttributes(r.language)}>${lead.map((p) => html`<p>${p}</p>`)}</div>
  ${more}
  ${m.copies.length ? html`<details class="copies"><summary>${plural(m.copies.length, 'near-duplicate copy', 'near-duplicate copies')} collapsed</summary>
    <ul>${m.copies.map((c) => html`<li><a href="${readingHref(c.reading.id)}">${c.reading.title || 'Untitled'}</a> — ${sourceLabel(c.reading)}${c.similarity !== null ? html`, ${Math.round(c.similarity * 100)}% alike` : ''}</li>`)}</ul></details>` : ''}
  ${split ?? ''}
</article>`;
}

function timeline(members: readonly StoryMemberView[]): Html {
  const all = members.flatMap((m) => [m.reading, ...m.copies.map((c) => c.reading)]);
  const when = (iso: string | null, created: string): string => iso ?? created;
  all.sort((a, b) => when(a.publishedAt, a.createdAt).localeCompare(when(b.publishedAt, b.createdAt)));
  return html`<ol class="timeline">${all.map((r) => html`<li><span class="when">${dayTag(r)}</span> <span class="outlet">${sourceLabel(r)}</span> <a href="${readingHref(r.id)}">${r.title || 'Untitled'}</a></li>`)}</ol>`;
}

/** A story: summary with its sources, the corroboration report, then every outlet's version side by side. */
export function storyView(data: StoryData): Html {
  const { story, members } = data.view;
  const copies = members.reduce((n, m) => n + m.copies.length, 0);
  return html`<div class="story">
  ${data.notice ? notice('success', html`${data.notice.text}${data.notice.link ? html` <a href="${data.notice.link.href}">${data.notice.link.text}</a>` : ''}`) : ''}
  <header class="page-head story-head">
    <div>
      <p class="eyebrow">Story</p>
      <h1>${story.title}</h1>
      <p class="muted">${outletsLine(story, (n) => plural(n, 'outlet'), false)} · ${plural(story.size, 'reading')}${copies ? html` (${plural(copies, 'near-duplicate')} collapsed)` : ''}${` · ${storyDays(story, formatDay)}`}</p>
    </div>
  </header>
  <div class="story-grid">
    ${data.summary ? summarySection(data.summary) : ''}
    ${data.report ? html`<section class="panel report" aria-labelledby="story-report"><h2 id="story-report">Corroboration</h2>${corroborationView(data.report, data.silentOf, `/api/v1/stories/${encodeURIComponent(data.view.story.id)}/compare?limit=${ALL_CLAIMS}`)}</section>` : ''}
  </div>
  <section aria-labelledby="story-versions">
    <h2 id="story-versions">Versions by outlet</h2>
    <div class="versions">${members.map((m) => version(m, members.length <= WHOLE_TEXT_VERSIONS, members.length > 1 ? splitForm(story.id, m.reading, data.csrfToken) : null))}</div>
  </section>
  ${relatedSection(story.id, data.related, data.csrfToken) ?? ''}
  <section aria-labelledby="story-timeline" class="panel">
    <h2 id="story-timeline">Timeline</h2>
    ${timeline(members)}
  </section>
</div>`;
}
