import { FULL_TEXT_MODES, type FullTextMode } from '../../feeds/full-text.js';
import type { OpmlProblem } from '../../feeds/opml.js';
import type { FeedLink } from '../../feeds/discover.js';
import type { Failure } from '../../service/failure.js';
import type { Feed, FeedWithCounts } from '../../store/feed-store.js';
import { plainWords } from './add-view.js';
import { csrfInput, notice, queryString } from './components.js';
import { formatTime, hostOf, plural, safeHref } from './format.js';
import { html, join, type Html } from './html.js';

/** What the user typed in the subscribe form, given back when it failed. */
export interface SubscribeForm {
  url: string;
  title: string;
  category: string;
  fullText: FullTextMode;
  all: boolean;
}

export const EMPTY_SUBSCRIBE: SubscribeForm = { url: '', title: '', category: '', fullText: 'auto', all: false };

/** What the last action did, said at the top of the page. */
export type FeedsNotice =
  | { kind: 'subscribed'; added: Feed[]; existing: Feed[]; candidates: FeedLink[]; problems: Failure[]; all: boolean }
  | { kind: 'subscribe_failed'; failure: Failure }
  | { kind: 'refreshed'; feed: Feed; reenabled: boolean }
  | { kind: 'removed'; id: number; deletedReadings: number; kept: boolean }
  | { kind: 'imported'; label: string; added: Feed[]; skipped: { url: string; feed: Feed }[]; problems: OpmlProblem[] }
  | { kind: 'import_failed'; failure: Failure };

export interface FeedsData {
  feeds: FeedWithCounts[];
  now: Date;
  /** The server refreshes feeds on its own (its scheduler runs). */
  scheduled: boolean;
  csrfToken: string;
  form: SubscribeForm;
  notice: FeedsNotice | null;
}

const FULL_TEXT_LABELS: Record<FullTextMode, string> = {
  auto: 'Auto: fetch the article when the feed has only a teaser',
  always: 'Always fetch the article',
  never: 'Never: keep what the feed gives',
};

const SUBSCRIBE_PLAIN: Partial<Record<Failure['code'], string>> = {
  no_feed: 'No feed was found at this address.',
  malformed_feed: 'The feed could not be read.',
  feed_gone: 'The feed is gone (the site says it was removed for good).',
  rate_limited: 'The site asked Readings to slow down; try again later.',
};

const IMPORT_PLAIN: Partial<Record<Failure['code'], string>> = {
  malformed_input: 'This is not an OPML file Readings can read.',
  empty_input: 'No OPML file was given, or it is empty.',
  input_too_large: 'This file is larger than Readings accepts.',
};

const feedHref = (id: number, action: 'refresh' | 'remove'): string => `/feeds/${id}/${action}`;
const feedName = (f: Pick<Feed, 'title' | 'url'>): string => f.title || hostOf(f.url);

function externalLink(url: string | null, label: string): Html | string {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${label}</a>` : label;
}

/** The feed's name for screen readers, after a button label that the row shows visually. */
const forFeed = (f: Feed): Html => html`<span class="visually-hidden"> “${feedName(f)}”</span>`;

function timeOf(iso: string): Html {
  return html`<time datetime="${iso}" title="UTC">${formatTime(iso)}</time>`;
}

function statusBadge(f: Feed): Html {
  if (f.status === 'disabled') return html`<span class="badge badge-error">disabled</span>`;
  if (f.errorCount > 0) return html`<span class="badge badge-error">${plural(f.errorCount, 'error')}</span>`;
  if (f.lastFetchedAt) return html`<span class="badge badge-ok">ok</span>`;
  return html`<span class="badge badge-unread">new</span>`;
}

function nextFetch(f: Feed, now: Date): Html | string {
  if (f.status === 'disabled') return 'never (disabled)';
  if (!f.nextFetchAt || Date.parse(f.nextFetchAt) <= now.getTime()) return 'due now';
  return timeOf(f.nextFetchAt);
}

function counts(f: FeedWithCounts): Html {
  const items = plural(f.items, 'item');
  const unread = plural(f.unread, 'unread', 'unread');
  if (!f.category) return html`${items}, ${unread}`;
  return html`<a href="/${queryString({ category: f.category })}">${items}</a>, <a href="/${queryString({ category: f.category, state: 'unread' })}">${unread}</a>`;
}

function removeForm(f: FeedWithCounts, token: string): Html {
  return html`<details class="feed-remove">
    <summary>Remove${forFeed(f)}…</summary>
    <form method="post" action="${feedHref(f.id, 'remove')}">
      ${csrfInput(token)}
      <label class="check"><input type="checkbox" name="keep" value="1"> Keep its readings${f.items ? html` (${plural(f.items, 'reading')})` : ''} in the library</label>
      <button type="submit" class="button-danger">Remove${forFeed(f)}</button>
    </form>
  </details>`;
}

function feedRow(f: FeedWithCounts, data: FeedsData): Html {
  const meta: (Html | string)[] = [
    html`<span>Category: ${f.category ? html`<a href="/${queryString({ category: f.category })}">${f.category}</a>` : 'none'}</span>`,
    html`<span>${counts(f)}</span>`,
    html`<span>Full text: ${f.fullText}</span>`,
  ];
  const schedule: (Html | string)[] = [
    statusBadge(f),
    html`<span>Last fetched: ${f.lastFetchedAt ? timeOf(f.lastFetchedAt) : 'never'}</span>`,
    html`<span>Next fetch: ${nextFetch(f, data.now)}</span>`,
  ];
  const sep = html`<span class="sep" aria-hidden="true"> · </span>`;
  return html`<li class="item feed" id="feed-${f.id}">
  <h3 class="item-title">${externalLink(f.siteUrl, feedName(f))}</h3>
  <p class="meta feed-url">${externalLink(f.url, f.url)}</p>
  <p class="meta">${join(meta, sep)}</p>
  <p class="meta">${join(schedule, sep)}</p>
  ${f.lastError ? html`<p class="feed-error">Last error: ${f.lastError} <code>${f.lastErrorCode ?? ''}</code></p>` : ''}
  <div class="feed-actions">
    <form method="post" action="${feedHref(f.id, 'refresh')}">
      ${csrfInput(data.csrfToken)}
      <button type="submit" class="button-quiet">${f.status === 'disabled' ? 'Enable and refresh' : 'Refresh now'}${forFeed(f)}</button>
    </form>
    ${removeForm(f, data.csrfToken)}
  </div>
</li>`;
}

function feedList(data: FeedsData): Html {
  if (data.feeds.length === 0) {
    return html`<div class="empty"><p>You have no subscriptions yet.</p>
      <p>Subscribe to a site or a feed with the form above, or import the OPML file another reader exports (Miniflux, FreshRSS, NetNewsWire…).</p>
      <p>From the command line: <code>readings feeds add &lt;site-or-feed-url&gt;</code></p></div>`;
  }
  return html`<ol class="items feeds-list">${data.feeds.map((f) => feedRow(f, data))}</ol>`;
}

function subscribeForm(form: SubscribeForm, token: string): Html {
  return html`<form class="panel add-form" method="post" action="/feeds" aria-labelledby="subscribe-h">
    <h2 id="subscribe-h">Subscribe</h2>
    ${csrfInput(token)}
    <p class="field"><label for="feed-url">Site or feed URL</label>
      <input id="feed-url" name="url" type="url" inputmode="url" placeholder="https://…" value="${form.url}" required></p>
    <div class="field-row">
      <p class="field"><label for="feed-title">Title <span class="muted">(optional)</span></label>
        <input id="feed-title" name="title" value="${form.title}" autocomplete="off" placeholder="the feed's own"></p>
      <p class="field"><label for="feed-category">Category <span class="muted">(optional)</span></label>
        <input id="feed-category" name="category" value="${form.category}" autocomplete="off" placeholder="from the title"></p>
    </div>
    <p class="field"><label for="feed-full-text">Full text</label>
      <select id="feed-full-text" name="fullText">${FULL_TEXT_MODES.map((m) => html`<option value="${m}"${form.fullText === m ? html` selected` : ''}>${FULL_TEXT_LABELS[m]}</option>`)}</select></p>
    <p class="field"><label class="check"><input type="checkbox" name="all" value="1"${form.all ? html` checked` : ''}> Subscribe to every feed the site lists, not only the first</label></p>
    <p><button type="submit">Subscribe</button></p>
  </form>`;
}

function importForm(token: string): Html {
  return html`<form class="panel add-form" method="post" action="/feeds/import" enctype="multipart/form-data" aria-labelledby="import-h">
    <h2 id="import-h">Import OPML</h2>
    ${csrfInput(token)}
    <p class="muted">The subscription list another reader exports. Its folders become categories; feeds you already have are skipped.</p>
    <p class="field"><label for="opml">OPML file</label>
      <input id="opml" name="opml" type="file" accept=".opml,.xml,text/x-opml,application/xml,text/xml" required></p>
    <p><button type="submit">Import</button></p>
    <p class="muted">To move your subscriptions elsewhere: <a href="/feeds.opml">export them as OPML</a>.</p>
  </form>`;
}

function failureNotice(f: Failure, plain: Partial<Record<Failure['code'], string>>, what: string): Html {
  return notice('error', html`<p><strong>${plain[f.code] ?? plainWords(f)}</strong> ${what}</p>
    <p class="muted">${f.input ? html`${f.input}: ` : ''}${f.message} <code>${f.code}</code></p>`);
}

function feedLine(f: Feed): Html {
  return html`<li><strong>${feedName(f)}</strong> <span class="muted">${f.url}</span>${f.category ? html` <span class="muted">· category ${f.category}</span>` : ''}</li>`;
}

function nextRefresh(scheduled: boolean, what: string): Html {
  return scheduled
    ? html`<p>${what} with the next refresh, in a moment.</p>`
    : html`<p>${what} with the next <code>readings feeds refresh</code>.</p>`;
}

function otherCandidates(n: Extract<FeedsNotice, { kind: 'subscribed' }>, data: FeedsData): Html | null {
  if (n.all || n.candidates.length < 2) return null;
  const taken = new Set(data.feeds.map((f) => f.url));
  const others = n.candidates.filter((c) => !taken.has(c.url));
  if (others.length === 0) return null;
  return html`<p>The site lists ${plural(n.candidates.length, 'feed')}; only the first was taken. The others:</p>
    <ul class="candidates">${others.map((c) => html`<li>
      <form method="post" action="/feeds">${csrfInput(data.csrfToken)}<input type="hidden" name="url" value="${c.url}">
        ${c.title ? html`<strong>${c.title}</strong> ` : ''}<span class="muted">${c.url}</span> <button type="submit" class="button-quiet">Subscribe</button></form>
    </li>`)}</ul>`;
}

function subscribedNotice(n: Extract<FeedsNotice, { kind: 'subscribed' }>, data: FeedsData): Html {
  const parts: (Html | null)[] = [];
  if (n.added.length) {
    parts.push(html`<p><strong>Subscribed to ${plural(n.added.length, 'feed')}:</strong></p><ul>${n.added.map(feedLine)}</ul>`);
    parts.push(nextRefresh(data.scheduled, n.added.length === 1 ? 'Its first entries will arrive' : 'Their first entries will arrive'));
  }
  if (n.existing.length) parts.push(html`<p><strong>Already subscribed:</strong></p><ul>${n.existing.map(feedLine)}</ul>`);
  parts.push(otherCandidates(n, data));
  if (n.problems.length) {
    parts.push(html`<p>Some feeds the site lists could not be read:</p><ul>${n.problems.map((p) => html`<li>${p.input}: ${p.message} <code>${p.code}</code></li>`)}</ul>`);
  }
  return notice(n.added.length ? 'success' : 'info', html`${parts}`);
}

function importedNotice(n: Extract<FeedsNotice, { kind: 'imported' }>, data: FeedsData): Html {
  const summary = `${n.label}: ${plural(n.added.length, 'feed')} added, ${n.skipped.length} skipped (already subscribed), ${plural(n.problems.length, 'problem')}.`;
  const body = html`<p><strong>${summary}</strong></p>
    ${n.added.length ? html`<p>Added:</p><ul>${n.added.map(feedLine)}</ul>` : ''}
    ${n.added.length ? nextRefresh(data.scheduled, 'Their first entries will arrive') : ''}
    ${n.skipped.length ? html`<p>Skipped, already subscribed:</p><ul>${n.skipped.map((s) => html`<li>${s.url} <span class="muted">(as ${feedName(s.feed)})</span></li>`)}</ul>` : ''}
    ${n.problems.length ? html`<p>Problems:</p><ul>${n.problems.map((p) => html`<li>${p.where}: ${p.message}</li>`)}</ul>` : ''}`;
  return notice(n.added.length ? 'success' : n.skipped.length ? 'info' : 'error', body);
}

function actionNotice(n: FeedsNotice, data: FeedsData): Html {
  switch (n.kind) {
    case 'subscribed':
      return subscribedNotice(n, data);
    case 'subscribe_failed':
      return failureNotice(n.failure, SUBSCRIBE_PLAIN, 'Nothing was subscribed.');
    case 'refreshed':
      return notice('success', html`<p><strong>“${feedName(n.feed)}” is due for a refresh now.</strong>${n.reenabled ? ' It was disabled; it is active again.' : ''}</p>
        ${nextRefresh(data.scheduled, 'Its new entries will arrive')}`);
    case 'removed':
      return notice('success', html`<p><strong>Feed ${n.id} removed.</strong> ${n.kept
        ? 'The readings it brought in are kept in your library.'
        : `${plural(n.deletedReadings, 'reading')} it brought in ${n.deletedReadings === 1 ? 'was' : 'were'} removed from your library.`}</p>`);
    case 'imported':
      return importedNotice(n, data);
    case 'import_failed':
      return failureNotice(n.failure, IMPORT_PLAIN, 'Nothing was imported.');
  }
}

const FORM_NOTICES: ReadonlySet<FeedsNotice['kind']> = new Set(['subscribed', 'subscribe_failed', 'imported', 'import_failed']);

/** The forms open above the list when there is nothing to list yet, or a form was just sent; else the list comes first. */
const formsFirst = (data: FeedsData): boolean => data.feeds.length === 0 || (data.notice !== null && FORM_NOTICES.has(data.notice.kind));

/** The Feeds page: what the last action did, then the subscriptions and the subscribe and import forms (in the order formsFirst says). */
export function feedsView(data: FeedsData): Html {
  const failedForm = data.notice?.kind === 'subscribe_failed' ? data.form : EMPTY_SUBSCRIBE;
  const forms = html`<div class="add-forms">${subscribeForm(failedForm, data.csrfToken)}${importForm(data.csrfToken)}</div>`;
  return html`<div class="feeds">
  <div class="page-head"><h1>Feeds${data.feeds.length ? html` <span class="count">${plural(data.feeds.length, 'subscription')}</span>` : ''}</h1>
    <a class="button button-quiet" href="/feeds.opml">Export OPML</a></div>
  ${data.notice ? actionNotice(data.notice, data) : ''}
  ${data.scheduled ? '' : html`<p class="muted">This server does not refresh feeds itself: run <code>readings feeds refresh</code> or <code>readings watch</code> to bring their entries in.</p>`}
  ${formsFirst(data) ? html`${forms}<h2 class="feeds-heading">Subscriptions</h2>${feedList(data)}` : html`<h2 class="feeds-heading">Subscriptions</h2>${feedList(data)}
  <details class="feeds-add"><summary>Subscribe to a feed, or import OPML</summary>${forms}</details>`}
</div>`;
}
