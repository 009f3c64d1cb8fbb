import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../src/store/storage.js';
import type { AppEnv } from '../src/web/context.js';
import { mhtmlOf } from './helpers/mime.js';
import { NHK_SEED, openSeededPages, SEEDS_DIR, type SeededPages, textOf } from './pages.helpers.js';

let lib: SeededPages;
let storage: Storage;
let app: Hono<AppEnv>;
let ids: Map<string, string>;

beforeAll(async () => {
  lib = await openSeededPages('readings-pages-');
  ({ storage, app, ids } = lib);
}, 120_000);

afterAll(() => lib.close());

const nhk = (): string => ids.get(NHK_SEED)!;
const get = (path: string, headers: Record<string, string> = {}): Promise<Response> => Promise.resolve(app.request(path, { headers }));

function form(fields: Record<string, string | Blob>, name?: string): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string') f.set(k, v);
    else f.set(k, v, name);
  }
  return f;
}

describe('library page', () => {
  it('lists the readings newest first, each with outlet, date, words, reading time, read count and story size', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const body = await res.text();
    expect(body).toContain('<main id="main"');
    expect(body).toContain('class="skip-link" href="#main"');
    expect(body).toMatch(/Library <span class="count">5 readings<\/span>/);
    // NHK (Jan 14) comes before Press TV (Jan 12): newest first.
    expect(body.indexOf('NHK World')).toBeLessThan(body.indexOf('Press TV'));
    const text = textOf(body);
    expect(text).toContain('225 words');
    expect(text).toContain('1 min read');
    expect(text).toContain('Unread');
    // The three seeds that give no date say the day they were added, by which they sort.
    expect(text.match(/added [A-Z][a-z]+\.? \d{1,2}, \d{4}/g)).toHaveLength(3);
    expect(text.match(/Jan\. 1[24], 2022/g)).toHaveLength(2);
    // Every seed is in one story of five outlets (seed 000 names none: an outlet of its own, as the summary counts it).
    expect(text.match(/\+4 outlets/g)).toHaveLength(5);
    expect(text).not.toContain('+3 outlets');
    expect(body).toContain(`href="/readings/${nhk()}"`);
  });

  it('searches with highlighted snippets', async () => {
    const body = await (await get('/?q=Tokayev')).text();
    expect(body).toContain('Results for “Tokayev”');
    expect(body).toMatch(/<p class="snippet" lang="en" dir="auto">[^]*<mark>Tokayev<\/mark>/);
    expect(body).toContain('value="Tokayev"');
  });

  it('filters by outlet, category, date and read state', async () => {
    const bySource = textOf(await (await get('/?source=nhk%20world')).text());
    expect(bySource).toContain('1 reading');
    const byCategory = textOf(await (await get('/?category=press-tv')).text());
    expect(byCategory).toContain('Kazakhstan: Russian Peacekeepers to Leave in Two Days');
    expect(byCategory).toContain('1 reading');
    const since = textOf(await (await get('/?since=2022-01-13&state=all')).text());
    expect(since).toContain('NHK World');
    expect(since).not.toContain('Press TV Kazakhstan');
    const bad = await (await get('/?since=not-a-date')).text();
    expect(bad).toContain('is not a date the library understands');
    expect(textOf(bad)).toContain('5 readings');
  });

  it('pages through the library', async () => {
    const body = await (await get('/?page=2')).text();
    expect(body).toContain('No readings match these filters');
    expect(body).toContain('Page 2 of 1');
  });

  it('says what to do when a search finds nothing', async () => {
    const body = await (await get('/?q=zzzyqx')).text();
    expect(body).toContain('No readings match “zzzyqx”');
  });
});

describe('reader page', () => {
  it('shows the clean article with Statistics and Details as in seed 003', async () => {
    const res = await get(`/readings/${nhk()}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    const text = textOf(body);
    expect(body).toContain('<article class="article"');
    expect(text).toContain('Statistics');
    expect(text).toMatch(/Words 225/);
    expect(text).toMatch(/Read Count 1/);
    expect(text).toContain('Details');
    expect(text).toContain(`ID ${nhk()}`);
    expect(text).toContain('Category ID nhk');
    expect(text).toContain('https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/');
    expect(text).toContain('Date Jan. 14, 2022');
    expect(text).toMatch(/Last Read \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(text).toMatch(/Similar Readings \(4 items\)/);
    expect(text).toMatch(/score 0\.\d\d/);
    expect(text).toContain('Summary');
    expect(body).toContain('Compare the outlets');
    // The body once, not twice (seed 003 prints it twice).
    expect(text.split('Analysts say Putin wants to increase Russian influence').length).toBe(2);
  });

  it('says the day an undated reading was added, above it and in its similar readings', async () => {
    const body = await (await get(`/readings/${ids.get('000_a456e5bb84180f06.txt')!}`)).text();
    const head = body.slice(body.indexOf('<header class="article-head"'));
    const header = textOf(head.slice(0, head.indexOf('</header>')));
    expect(header).toMatch(/added [A-Z][a-z]+\.? \d{1,2}, \d{4}/);
    const similar = textOf(body.slice(body.indexOf('id="panel-similar"')));
    expect(similar).toContain('Jan. 14, 2022');
    expect(similar).toMatch(/news2in · added [A-Z][a-z]+\.? \d{1,2}, \d{4}/);
  });

  it('counts a read once per visit: a reload with the visit cookie does not count again', async () => {
    const id = ids.get('001_c6319db2e688382b.txt')!;
    expect(storage.readings.get(id)!.readCount).toBe(0);
    const first = await get(`/readings/${id}`);
    expect(textOf(await first.text())).toMatch(/Read Count 1/);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toContain(`Path=/readings/${id}`);
    const reload = await get(`/readings/${id}`, { cookie: cookie.split(';')[0]! });
    expect(textOf(await reload.text())).toMatch(/Read Count 1/);
    expect(reload.headers.get('set-cookie')).toBeNull();
    expect(storage.readings.get(id)!.readCount).toBe(1);
    // A new visit (no cookie) counts again.
    await get(`/readings/${id}`);
    expect(storage.readings.get(id)!.readCount).toBe(2);
  });

  it('redirects an id prefix to the full id, and answers 404 for an unknown reading', async () => {
    const res = await get(`/readings/${nhk().slice(0, 8)}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`/readings/${nhk()}`);
    const missing = await get('/readings/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('no reading with this id');
  });

  it('shows the original verbatim, as plain text, never as HTML', async () => {
    const res = await get(`/readings/${nhk()}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="reading-/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes).equals(readFileSync(join(SEEDS_DIR, NHK_SEED)))).toBe(true);
    const download = await get(`/readings/${nhk()}/original?download`);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
  });
});

describe('story page', () => {
  it('shows every outlet’s version, the summary with its outlets and the corroboration report', async () => {
    const storyId = storage.relate.storyOf(nhk())!;
    const body = await (await get(`/stories/${storyId}`)).text();
    const text = textOf(body);
    expect(text).toContain('5 outlets · 5 readings');
    expect(text).toContain('Reported by 2 of 5 outlets');
    expect(body.match(/<article class="version"/g)?.length).toBe(5);
    for (const outlet of ['NHK World', 'Press TV', 'SpreadIt News', 'news2in']) expect(text).toContain(outlet);
    expect(text).toContain('Summary');
    expect(text).toMatch(/Reported by \d of \d outlets/);
    expect(body).toMatch(/<a class="chip" href="\/readings\/[0-9a-f-]{36}">/);
    expect(text).toContain('Corroboration');
    expect(text).toMatch(/Agreed|Compatible figures|Conflicting figures|Said by one outlet only/);
    // A claim several outlets make names the others, silent on it, each a link to its reading.
    expect(body).toMatch(/<span class="claim-silent muted">silent: <a class="chip" href="\/readings\/[0-9a-f-]{36}">/);
    expect(text).toContain('Headlines');
    expect(text).toContain('China Forces Russia To Pull Out of Kazakhstan');
    expect(text).toContain('Timeline');
    // The three undated seeds say the day they were added, in their versions and on the timeline.
    expect(text.match(/added [A-Z][a-z]+\.? \d{1,2}, \d{4}/g)).toHaveLength(6);
    expect(text).not.toContain('date unknown');
  });

  it('lists stories, and answers 404 for an unknown one', async () => {
    const list = textOf(await (await get('/stories')).text());
    expect(list).toContain('1 story');
    expect(list).toMatch(/5 readings · 5 outlets: (?:(?:NHK World|Press TV|SpreadIt News|news2in), ){4}1 unknown ·/);
    expect((await get('/stories/nope')).status).toBe(404);
  });

  it('filters stories by how recent their readings are', async () => {
    // The seeds' story ends on Jan. 14, 2022, but three seeds have no date and were added now.
    expect(textOf(await (await get('/stories?since=7d')).text())).toContain('1 story');
    const later = textOf(await (await get('/stories?since=2099-01-01')).text());
    expect(later).toContain('0 stories');
    expect(later).toContain('No story has a reading since Jan. 1, 2099');
    const dated = await get('/stories?since=2022-01-13');
    const text = textOf(await dated.text());
    expect(text).toContain('1 story');
    expect(text).toContain('Since Jan. 13, 2022');
    const bad = await get('/stories?since=soon');
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text())).toContain('not a date');
  });

  it('filters stories by how many outlets tell them, keeping the other filter in its links', async () => {
    expect(textOf(await (await get('/stories?outlets=5')).text())).toContain('1 story');
    const more = textOf(await (await get('/stories?outlets=6')).text());
    expect(more).toContain('0 stories');
    expect(more).toContain('No story is told by 6 outlets or more yet.');
    expect(more).toContain('6+ outlets');
    const recent = await (await get('/stories?since=7d')).text();
    expect(recent).toContain('href="/stories?since=7d&amp;outlets=2"');
    const told = await (await get('/stories?outlets=2')).text();
    expect(told).toContain('href="/stories?since=1d&amp;outlets=2"');
    expect(told).toMatch(/<a class="chip" href="\/stories\?outlets=2" aria-current="page"><strong>2\+ outlets<\/strong>/);
    expect(textOf(await (await get('/stories?outlets=many')).text())).toContain('1 story');
  });
});

describe('story page with a near-duplicate', () => {
  it('collapses a wire copy under its original', async () => {
    const pressTv = ids.get('004_cda58cf3099d18d8.txt')!;
    const copy = readFileSync(join(SEEDS_DIR, '004_cda58cf3099d18d8.txt'), 'utf8').replace(/Tokayev/g, 'Tokayev,') + '\nThis report was distributed by a wire service.';
    const added = textOf(await (await app.request('/add', { method: 'POST', body: form({ kind: 'text', text: copy, category: 'wire' }) })).text());
    expect(added).toContain('Added to your library.');
    const storyId = storage.relate.storyOf(pressTv)!;
    const body = await (await get(`/stories/${storyId}`)).text();
    expect(body.match(/<article class="version"/g)?.length).toBe(5);
    expect(textOf(body)).toContain('1 near-duplicate copy collapsed');
    expect(textOf(body)).toContain('6 readings (1 near-duplicate collapsed)');
  });
});

describe('add page', () => {
  it('shows the three ways in, each form with its CSRF field and labels', async () => {
    const body = await (await get('/add')).text();
    // Three add forms and the log-out form.
    expect(body.match(/name="_csrf" value="test-csrf-token"/g)?.length).toBe(4);
    for (const id of ['url', 'file', 'text']) expect(body).toContain(`<label for="${id}">`);
    expect(body).toContain('enctype="multipart/form-data"');
  });

  it('adds pasted text and shows what was extracted', async () => {
    const text = ['Storm Closes Harbor', '', 'A winter storm closed the harbor of Port Elm on Monday, stranding twelve ships and their crews for two days.', '', 'The harbor master said the port would reopen on Wednesday once the winds dropped below forty knots.'].join('\n');
    const res = await app.request('/add', { method: 'POST', body: form({ kind: 'text', text, title: '', outlet: 'Port Elm Courier', category: 'weather' }) });
    expect(res.status).toBe(200);
    const body = textOf(await res.text());
    expect(body).toContain('Added to your library.');
    expect(body).toContain('What was extracted');
    expect(body).toContain('Outlet Port Elm Courier');
    expect(body).toContain('Category weather');
    expect(body).toMatch(/\d+ words in 2 paragraphs/);
    expect(storage.readings.count({ category: 'weather' })).toBe(1);
    const again = textOf(await (await app.request('/add', { method: 'POST', body: form({ kind: 'text', text }) })).text());
    expect(again).toContain('Already in your library');
  });

  it('records where pasted text was copied from, without fetching it, and refuses an address that is not one', async () => {
    const text = ['Island Ferry Service Resumes After Repairs', '', 'The ferry between Port Elm and the islands resumed on Thursday after a week of repairs to the landing stage.', '', 'Operators said the timetable would be back to normal by the weekend, with extra crossings on Saturday.'].join('\n');
    // A well-known host names the outlet; nothing listens at the address, so a fetch would have failed.
    const url = 'https://www.presstv.ir/Detail/2022/01/13/ferry-service-resumes';
    const res = await app.request('/add', { method: 'POST', body: form({ kind: 'text', text, title: '', outlet: '', url, category: '' }) });
    expect(res.status).toBe(200);
    const body = textOf(await res.text());
    expect(body).toContain('Added to your library.');
    const added = storage.readings.list({}, { limit: 100, offset: 0 }).find((r) => r.url === url)!;
    expect([added.title, added.outlet, added.publishedAt]).toEqual(['Island Ferry Service Resumes After Repairs', 'Press TV', '2022-01-13']);
    // The same address again is the same reading, whatever the text.
    const again = textOf(await (await app.request('/add', { method: 'POST', body: form({ kind: 'text', text: `${text}\n\nUpdated.`, url }) })).text());
    expect(again).toContain('Already in your library');
    const before = storage.readings.count({});
    const bad = await app.request('/add', { method: 'POST', body: form({ kind: 'text', text: 'Another text about the ferry.', url: 'ftp://example.com/ferry' }) });
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(textOf(badPage)).toContain('Only http:// and https:// addresses');
    expect(badPage).toContain('Another text about the ferry.');
    expect(storage.readings.count({})).toBe(before);
  });

  it('adds an uploaded HTML file byte for byte', async () => {
    const page = '<!doctype html><html><head><title>Bridge Opens Downtown</title></head><body><article><h1>Bridge Opens Downtown</h1><p>The new bridge over the Elm river opened to traffic on Tuesday after three years of construction work and a long public debate.</p><p>City officials expect about twenty thousand vehicles to cross it every day, easing the traffic on the two older bridges nearby.</p></article></body></html>';
    const res = await app.request('/add', { method: 'POST', body: form({ kind: 'file', file: new Blob([page], { type: 'text/html' }), category: '' }, 'bridge.html') });
    const body = textOf(await res.text());
    expect(body).toContain('Added to your library.');
    expect(body).toContain('Bridge Opens Downtown');
    const added = storage.readings.list({}, { limit: 100, offset: 0 }).find((r) => r.title === 'Bridge Opens Downtown')!;
    expect(Buffer.from(storage.readings.getOriginal(added.id)!.bytes).toString()).toBe(page);
    expect(storage.readings.getOriginal(added.id)!.label).toBe('bridge.html');
  });

  it('adds an uploaded web archive (.mhtml) as the page it holds, keeping the archive', async () => {
    const page = '<!doctype html><html><head><meta charset="utf-8"><title>Museum Reopens Its Dinosaur Hall</title></head><body><article><h1>Museum Reopens Its Dinosaur Hall</h1><p>The city’s natural history museum reopened its dinosaur hall on Saturday after five years of renovation, with a new skeleton at its centre.</p><p>Visitors queued along the museum’s steps before the doors opened, and curators said the hall would now stay open late on Fridays.</p></article></body></html>';
    const archive = mhtmlOf(page, 'https://museum.example/news/dinosaur-hall');
    const res = await app.request('/add', { method: 'POST', body: form({ kind: 'file', file: new Blob([archive], { type: '' }), category: '' }, 'museum.mhtml') });
    expect(textOf(await res.text())).toContain('Added to your library.');
    const added = storage.readings.list({}, { limit: 100, offset: 0 }).find((r) => r.title === 'Museum Reopens Its Dinosaur Hall')!;
    expect(added.url).toBe('https://museum.example/news/dinosaur-hall');
    expect(storage.readings.get(added.id)!.text).toContain('The city’s natural history museum reopened its dinosaur hall on Saturday');
    const original = storage.readings.getOriginal(added.id)!;
    expect(Buffer.from(original.bytes).toString()).toBe(archive);
    expect(original.contentType).toBe('multipart/related');
  });

  it('shows a reading with nothing around it without empty panels, and a failed extraction in plain words', async () => {
    const lone = storage.readings.list({ category: 'weather' }, { limit: 1, offset: 0 })[0]!;
    const body = await (await get(`/readings/${lone.id}`)).text();
    expect(body).not.toContain('panel-story');
    expect(body).not.toContain('Compare the outlets');
    expect(body).toContain('panel-statistics');
    const res = await app.request('/add', { method: 'POST', body: form({ kind: 'file', file: new Blob(['<html><body><nav><a href="/">Home</a></nav></body></html>'], { type: 'text/html' }) }, 'empty.html') });
    const result = textOf(await res.text());
    expect(result).toContain('It is stored as it was given, so nothing is lost.');
    const failed = storage.readings.list({}, { limit: 100, offset: 0 }).find((r) => r.extractionStatus === 'failed')!;
    const reader = await (await get(`/readings/${failed.id}`)).text();
    expect(textOf(reader)).toContain('No article could be extracted from this input.');
    expect(reader).not.toContain('panel-similar');
    expect(reader).not.toContain('panel-summary');
    expect(reader).toContain(`/readings/${failed.id}/original`);
  });

  it('explains errors in plain words and keeps what was typed', async () => {
    const empty = await app.request('/add', { method: 'POST', body: form({ kind: 'text', text: '   ' }) });
    expect(empty.status).toBe(422);
    expect(textOf(await empty.text())).toContain('There was nothing to add');
    const local = await app.request('/add', { method: 'POST', body: form({ kind: 'url', url: 'http://127.0.0.1:9/article' }) });
    expect(local.status).toBe(422);
    const localText = await local.text();
    expect(textOf(localText)).toContain('private or local network');
    expect(localText).toContain('value="http://127.0.0.1:9/article"');
    const notHttp = textOf(await (await app.request('/add', { method: 'POST', body: form({ kind: 'url', url: 'ftp://example.com/x' }) })).text());
    expect(notHttp).toMatch(/not a web address|Only http/);
  });
});

describe('stats page', () => {
  it('draws what was read as server-rendered SVG', async () => {
    const body = await (await get('/stats')).text();
    expect(body).toContain('<svg viewBox=');
    expect(body).toContain('role="img"');
    expect(textOf(body)).toContain('Words read');
    expect(body).toContain('Top outlets');
    // Every reading of this library came in today: what was added in the last 30 days is the whole library.
    const inLibrary = /Readings in the library (\d+)/u.exec(textOf(body))?.[1];
    expect(Number(inLibrary)).toBeGreaterThanOrEqual(5);
    expect(textOf(body)).toContain(`${inLibrary} readings added in the last 30 days.`);
    // Seed 000 names no outlet: it is counted by its category, which says so.
    expect(body).toMatch(/>[^<>]+ \(no outlet\)</);
    expect(body).not.toContain('<script>');
  });
});

describe('safety', () => {
  it('renders XSS payloads in titles, bodies, outlets and URLs as text', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const text = [`${payload} Headline`, '', `The council met on Monday ${payload} and voted to repair the old stone bridge before the spring floods arrive in the valley.`, '', 'Work will start in March and last six weeks, the mayor said after the vote in the town hall.'].join('\n');
    const res = await app.request('/add', { method: 'POST', body: form({ kind: 'text', text, title: `${payload} Title`, category: `"><svg onload=alert(3)>` }) });
    const added = await res.text();
    expect(added).not.toMatch(/<script>alert|<img src=x|<svg onload/);
    const reading = storage.readings.list({ category: `"><svg onload=alert(3)>` }, { limit: 1, offset: 0 })[0]!;
    for (const path of [`/readings/${reading.id}`, `/?q=council`, '/']) {
      const body = await (await get(path)).text();
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body).not.toMatch(/<script>alert|<img src=x|<svg onload/);
    }
  });

  it('serves its own stylesheet and script, and pages load nothing from elsewhere', async () => {
    const body = await (await get('/')).text();
    const urls = [...body.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    for (const u of urls.filter((x) => /^\/static\//.test(x))) expect((await get(u)).status).toBe(200);
    expect(body).not.toMatch(/(?:href|src)="(?:https?:)?\/\/[^"]*\.(?:css|js|woff2?)"/);
    expect(body).not.toMatch(/<script>|<style>|<[a-z][^>]*\s(?:on[a-z]+|style)=/i);
    const css = await get(urls.find((u) => u.startsWith('/static/app.css'))!);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(css.headers.get('cache-control')).toMatch(/immutable/);
  });
});
