import type { Reading } from '../../domain/types.js';
import type { Failure } from '../../service/failure.js';
import { csrfInput, notice, readingHref } from './components.js';
import { formatDay, plural, readingTime, safeHref } from './format.js';
import { html, type Html } from './html.js';

export type AddKind = 'url' | 'file' | 'text';

/** What the user typed, given back when something went wrong. */
export interface AddForm {
  kind: AddKind;
  url: string;
  text: string;
  title: string;
  outlet: string;
  category: string;
}

export const EMPTY_FORM: AddForm = { kind: 'url', url: '', text: '', title: '', outlet: '', category: '' };

export type AddResult =
  | { status: 'added'; reading: Reading }
  | { status: 'failed'; reading: Reading; failure: Failure }
  | { status: 'skipped'; reading: Reading; reason: 'same_url' | 'same_content' }
  | { status: 'rejected'; failure: Failure };

/** Each stable error code in plain words; the detailed reason follows. */
const PLAIN: Partial<Record<Failure['code'], string>> = {
  empty_input: 'There was nothing to add: the input is empty.',
  binary_input: 'This is not a web page or text (it looks like an image, a PDF or another binary file).',
  input_too_large: 'This input is larger than the library accepts.',
  invalid_encoding: 'The text could not be decoded.',
  no_article: 'No article was found in this input.',
  malformed_input: 'This input could not be read.',
  fetch_timeout: 'The site took too long to answer.',
  fetch_http_error: 'The site answered with an error.',
  fetch_too_many_redirects: 'The site redirected too many times.',
  fetch_unreachable: 'The site could not be reached.',
  private_address: 'This address is on a private or local network, so Readings will not fetch it.',
  invalid_url: 'This is not a web address Readings can fetch (it needs to start with http:// or https://).',
  unsupported_scheme: 'Only http:// and https:// addresses can be fetched.',
  invalid_argument: 'Something in the form is not valid.',
};

export const plainWords = (f: Failure): string => PLAIN[f.code] ?? 'The input could not be added.';

function failureNotice(f: Failure, stored: boolean): Html {
  return notice('error', html`<p><strong>${plainWords(f)}</strong>${stored ? ' It is stored as it was given, so nothing is lost.' : ' Nothing was added to your library.'}</p>
    <p class="muted">${f.message} <code>${f.code}</code></p>`);
}

function csrf(token: string | null): Html | null {
  return token ? csrfInput(token) : null;
}

function categoryField(kind: AddKind, form: AddForm): Html {
  return html`<p class="field"><label for="${kind}-category">Category <span class="muted">(optional, default: the outlet)</span></label>
    <input id="${kind}-category" name="category" value="${form.kind === kind ? form.category : ''}" autocomplete="off"></p>`;
}

/** The three ways in: a URL, a file, pasted text. Each is its own small form. */
export function addForms(form: AddForm, csrfToken: string | null): Html {
  return html`<div class="add-forms">
  <form class="panel add-form" method="post" action="/add" aria-labelledby="add-url-h">
    <h2 id="add-url-h">From a web address</h2>
    ${csrf(csrfToken)}<input type="hidden" name="kind" value="url">
    <p class="field"><label for="url">Article URL</label>
      <input id="url" name="url" type="url" inputmode="url" placeholder="https://…" value="${form.kind === 'url' ? form.url : ''}" required></p>
    ${categoryField('url', form)}
    <p><button type="submit">Fetch and add</button></p>
  </form>
  <form class="panel add-form" method="post" action="/add" enctype="multipart/form-data" aria-labelledby="add-file-h">
    <h2 id="add-file-h">From a saved file</h2>
    ${csrf(csrfToken)}<input type="hidden" name="kind" value="file">
    <p class="field"><label for="file">HTML page, web archive (.mhtml), email (.eml) or text file <span class="muted">— or a list of many: a reading-list export (Pocket, Instapaper: .csv), a bookmarks file (.html) or a JSONL file, imported in the background</span></label>
      <input id="file" name="file" type="file" accept=".html,.htm,.xhtml,.mht,.mhtml,.eml,.txt,.text,.md,.csv,.jsonl,.ndjson,text/html,text/plain,text/csv,multipart/related,message/rfc822" required></p>
    ${categoryField('file', form)}
    <p><button type="submit">Upload and add</button></p>
  </form>
  <form class="panel add-form add-text" method="post" action="/add" aria-labelledby="add-text-h">
    <h2 id="add-text-h">From pasted text</h2>
    ${csrf(csrfToken)}<input type="hidden" name="kind" value="text">
    <p class="field"><label for="text">Article text <span class="muted">(copied from a browser: menus and ads are removed)</span></label>
      <textarea id="text" name="text" rows="12" required>${form.kind === 'text' ? form.text : ''}</textarea></p>
    <p class="field"><label for="title">Title <span class="muted">(optional)</span></label>
      <input id="title" name="title" value="${form.kind === 'text' ? form.title : ''}" autocomplete="off"></p>
    <p class="field"><label for="outlet">Outlet <span class="muted">(optional, when the text does not name it)</span></label>
      <input id="outlet" name="outlet" value="${form.kind === 'text' ? form.outlet : ''}" autocomplete="off"></p>
    <p class="field"><label for="text-url">Web address <span class="muted">(optional, where it was copied from; not fetched)</span></label>
      <input id="text-url" name="url" type="url" inputmode="url" placeholder="https://…" value="${form.kind === 'text' ? form.url : ''}" autocomplete="off"></p>
    ${categoryField('text', form)}
    <p><button type="submit">Add text</button></p>
  </form>
</div>`;
}

/** What extraction found: the fields and the first paragraphs. */
function extracted(r: Reading): Html {
  const paragraphs = r.text ? r.text.split('\n\n') : [];
  const href = safeHref(r.url);
  const row = (label: string, value: Html | string | null): Html | null => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : null);
  return html`<section class="panel extracted" aria-labelledby="extracted-h">
  <h2 id="extracted-h">What was extracted</h2>
  <dl class="details">
    ${row('Title', r.title || 'Untitled')}
    ${row('Outlet', r.outlet ?? 'not found')}
    ${row('Byline', r.byline)}
    ${row('Published', r.publishedAt ? formatDay(r.publishedAt) : 'not found')}
    ${row('URL', href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${href}</a>` : 'none')}
    ${row('Category', r.category)}
    ${row('Language', r.language)}
    ${row('Length', r.extractionStatus === 'ok' ? `${plural(r.wordCount, 'word')} in ${plural(paragraphs.length, 'paragraph')} · ${readingTime(r)}` : null)}
  </dl>
  ${paragraphs.length ? html`<div class="extracted-text">${paragraphs.slice(0, 3).map((p) => html`<p>${p}</p>`)}${paragraphs.length > 3 ? html`<p class="muted">… and ${plural(paragraphs.length - 3, 'more paragraph')}.</p>` : ''}</div>` : ''}
</section>`;
}

export function addResultView(result: AddResult, form: AddForm, csrfToken: string | null): Html {
  switch (result.status) {
    case 'added':
      return html`${notice('success', html`<p><strong>Added to your library.</strong> <a href="${readingHref(result.reading.id)}">Read it now</a></p>`)}
        ${extracted(result.reading)}<p><a class="button" href="${readingHref(result.reading.id)}">Open the reading</a> <a href="/add">Add another</a></p>`;
    case 'skipped':
      return html`${notice('info', html`<p><strong>Already in your library</strong> (${result.reason === 'same_url' ? 'same URL' : 'same content'}): nothing was added twice.</p>`)}
        ${extracted(result.reading)}<p><a class="button" href="${readingHref(result.reading.id)}">Open the reading</a> <a href="/add">Add another</a></p>`;
    case 'failed':
      return html`${failureNotice(result.failure, true)}
        <p><a class="button" href="${readingHref(result.reading.id)}">Open the stored input</a> <a href="/add">Add another</a></p>`;
    case 'rejected':
      return html`${failureNotice(result.failure, false)}${addForms(form, csrfToken)}`;
  }
}

export function addView(body: Html): Html {
  return html`<div class="add">
  <div class="page-head"><h1>Add a reading</h1></div>
  <p class="lead">Give Readings a web address, a saved page or text copied out of a browser. It keeps the original exactly as given and shows you the clean article.</p>
  ${body}
</div>`;
}
