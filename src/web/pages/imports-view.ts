import type { ImportStatus } from '../imports/import-jobs.js';
import { notice, readingHref } from './components.js';
import { plural } from './format.js';
import { html, type Html } from './html.js';

export const importHref = (id: string): string => `/imports/${encodeURIComponent(id)}`;

/** Seconds between reloads of a running import's page. */
export const IMPORT_REFRESH_SECONDS = 2;

/** The items to show progress against: the count before the import, until the file is read to its end. */
const totalOf = (s: ImportStatus): number => (s.listed ? s.seen : Math.max(s.expected, s.seen));

function counts(s: ImportStatus): Html {
  const done = s.added + s.skipped + s.failed + s.rejected;
  const total = totalOf(s);
  const of = total > 0 ? html` of ${s.listed ? '' : 'about '}<strong>${total}</strong>` : '';
  const outcomes = `${plural(s.added, 'reading')} added, ${s.skipped} already in the library, ${s.failed} stored without an article, ${s.rejected} not added`;
  return html`<p><strong>${done}</strong>${of} done: ${outcomes}.</p>`;
}

function progress(s: ImportStatus): Html | null {
  const total = totalOf(s);
  if (total === 0) return null;
  const done = s.added + s.skipped + s.failed + s.rejected;
  return html`<progress class="import-progress" max="${total}" value="${done}" aria-label="Items imported">${done} of ${total}</progress>`;
}

function failures(s: ImportStatus): Html | null {
  if (s.failures.length === 0) return null;
  const more = s.failed + s.rejected - s.failures.length;
  return html`<section class="panel" aria-labelledby="import-failures-h"><h2 id="import-failures-h">Not added, or stored without an article</h2>
  <ul>${s.failures.map((f) => html`<li><code>${f.label}</code>: ${f.message} <span class="muted">[${f.code}]</span></li>`)}</ul>
  ${more > 0 ? html`<p class="muted">… and ${plural(more, 'more')}.</p>` : ''}</section>`;
}

function added(s: ImportStatus): Html | null {
  if (s.readings.length === 0) return null;
  const more = s.added - s.readings.length;
  return html`<section class="panel" aria-labelledby="import-added-h"><h2 id="import-added-h">Added</h2>
  <ul>${s.readings.map((r) => html`<li><a href="${readingHref(r.id)}">${r.title || 'Untitled'}</a></li>`)}</ul>
  ${more > 0 ? html`<p class="muted">… and ${plural(more, 'more')}: <a href="/">see the library</a>.</p>` : ''}</section>`;
}

export function importView(s: ImportStatus): Html {
  const state = s.state === 'running'
    ? notice('info', html`<p><strong>Importing “${s.file}”…</strong> Each link is fetched and added in turn; this page follows along. You can leave it: the import goes on.</p>`)
    : s.state === 'stopped'
      ? notice('error', html`<p><strong>The import of “${s.file}” stopped</strong> when the server shut down, after ${s.seen} ${s.seen === 1 ? 'item' : 'items'}. It goes on from there when the server starts again.</p>`)
      : notice('success', html`<p><strong>Imported “${s.file}”.</strong></p>`);
  return html`<div class="add">
  <div class="page-head"><h1>Import</h1></div>
  ${state}
  <div role="status" aria-live="polite">${counts(s)}${progress(s)}</div>
  ${added(s)}
  ${failures(s)}
  <p><a class="button" href="/">Go to the library</a> <a href="/add">Add more</a></p>
</div>`;
}
