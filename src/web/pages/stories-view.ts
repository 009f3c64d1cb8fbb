import type { StoryRecord } from '../../store/relate-store.js';
import { storyHref } from './components.js';
import { formatDay, plural } from './format.js';
import { html, type Html } from './html.js';
import { outletCount, outletNames } from '../../service/story-outlets.js';

export interface StoriesData {
  stories: StoryRecord[];
  total: number;
  page: number;
  pageSize: number;
}

function days(s: StoryRecord): string {
  if (!s.firstDay) return 'date unknown';
  return s.firstDay === s.lastDay ? formatDay(s.firstDay) : `${formatDay(s.firstDay)} – ${formatDay(s.lastDay)}`;
}

/** Stories, latest first: each with its outlets and how many readings it holds. */
export function storiesView(data: StoriesData): Html {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return html`<div class="stories">
  <div class="page-head"><h1>Stories <span class="count">${plural(data.total, 'story', 'stories')}</span></h1></div>
  ${data.stories.length === 0
    ? html`<p class="empty">No stories yet: stories appear as you add readings. <a href="/add">Add a reading</a></p>`
    : html`<ol class="items">${data.stories.map((s) => html`<li class="item">
      <h2 class="item-title"><a href="${storyHref(s.id)}">${s.title || 'Untitled story'}</a></h2>
      <p class="meta">${plural(s.size, 'reading')} · ${plural(outletCount(s), 'outlet')}${outletCount(s) > 0 ? html`: ${outletNames(s)}` : ''} · ${days(s)}</p>
    </li>`)}</ol>`}
  ${pages > 1 ? html`<nav class="pager" aria-label="Pages">
    ${data.page > 1 ? html`<a href="/stories?page=${data.page - 1}" rel="prev">← Previous</a>` : html`<span></span>`}
    <span class="pager-at">Page ${data.page} of ${pages}</span>
    ${data.page < pages ? html`<a href="/stories?page=${data.page + 1}" rel="next">Next →</a>` : html`<span></span>`}
  </nav>` : ''}
</div>`;
}
