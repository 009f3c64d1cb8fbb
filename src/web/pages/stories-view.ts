import type { StoryRecord } from '../../store/relate-store.js';
import { storyHref } from './components.js';
import { formatDay, plural } from './format.js';
import { html, type Html } from './html.js';
import { noStoryFound, storyFilter } from '../../service/stories.js';
import { outletsLine } from '../../service/story-outlets.js';
import { storyDays } from '../../service/story-days.js';

export interface StoriesData {
  stories: StoryRecord[];
  total: number;
  page: number;
  pageSize: number;
  /** The `since` filter as given ("7d", "2022-01-10"), empty for all stories, and the day it means. */
  since: string;
  day: string | null;
  /** Only stories told by at least this many outlets (1: every story). */
  minOutlets: number;
}

/** The spans offered above the list; any other `since` (a date, "3 days ago") works too and is shown as its day. */
const SPANS: readonly [string, string][] = [['', 'All'], ['1d', 'Last day'], ['3d', 'Last 3 days'], ['7d', 'Last week']];

/** Outlet counts offered above the list; `?outlets=N` takes any other. */
const OUTLET_FILTERS: readonly [number, string][] = [[1, 'Any outlets'], [2, '2+ outlets'], [3, '3+ outlets']];

const storiesHref = (filter: { since: string; minOutlets: number }, page = 1): string => {
  const params = new URLSearchParams();
  if (filter.since) params.set('since', filter.since);
  if (filter.minOutlets > 1) params.set('outlets', String(filter.minOutlets));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/stories?${query}` : '/stories';
};

const chip = (label: string, href: string, current: boolean): Html =>
  current ? html`<a class="chip" href="${href}" aria-current="page"><strong>${label}</strong></a>` : html`<a class="chip" href="${href}">${label}</a>`;

function filters(data: StoriesData): Html {
  const offeredSpan = SPANS.some(([value]) => value === data.since);
  const offeredOutlets = OUTLET_FILTERS.some(([n]) => n === data.minOutlets);
  return html`<nav class="spans" aria-label="Stories since">
  ${SPANS.map(([value, label]) => chip(label, storiesHref({ since: value, minOutlets: data.minOutlets }), value === data.since))}
  ${!offeredSpan && data.day ? html`<span class="chip" aria-current="page"><strong>Since ${formatDay(data.day)}</strong></span>` : ''}
</nav>
<nav class="spans" aria-label="Stories told by">
  ${OUTLET_FILTERS.map(([n, label]) => chip(label, storiesHref({ since: data.since, minOutlets: n }), n === data.minOutlets))}
  ${!offeredOutlets ? html`<span class="chip" aria-current="page"><strong>${data.minOutlets}+ outlets</strong></span>` : ''}
</nav>`;
}

function emptyLine(data: StoriesData): Html {
  const filtered = noStoryFound(storyFilter(data.day, data.minOutlets), formatDay);
  if (filtered) return html`<p class="empty">${filtered} <a href="/stories">All stories</a></p>`;
  return html`<p class="empty">No stories yet: stories appear as you add readings. <a href="/add">Add a reading</a></p>`;
}


/** Stories, latest first: each with its outlets and how many readings it holds. */
export function storiesView(data: StoriesData): Html {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return html`<div class="stories">
  <div class="page-head"><h1>Stories <span class="count">${plural(data.total, 'story', 'stories')}</span></h1></div>
  ${filters(data)}
  ${data.stories.length === 0
    ? emptyLine(data)
    : html`<ol class="items">${data.stories.map((s) => html`<li class="item">
      <h2 class="item-title"><a href="${storyHref(s.id)}">${s.title || 'Untitled story'}</a></h2>
      <p class="meta">${plural(s.size, 'reading')} · ${outletsLine(s, (n) => plural(n, 'outlet'))} · ${storyDays(s, formatDay)}</p>
    </li>`)}</ol>`}
  ${pages > 1 ? html`<nav class="pager" aria-label="Pages">
    ${data.page > 1 ? html`<a href="${storiesHref(data, data.page - 1)}" rel="prev">← Previous</a>` : html`<span></span>`}
    <span class="pager-at">Page ${data.page} of ${pages}</span>
    ${data.page < pages ? html`<a href="${storiesHref(data, data.page + 1)}" rel="next">Next →</a>` : html`<span></span>`}
  </nav>` : ''}
</div>`;
}
