import { describe, expect, it } from 'vitest';
import type { ClaimGroup, ClaimMention, CompareReport } from '../src/compare/types.js';
import type { Reading } from '../src/domain/types.js';
import { corroborationView } from '../src/web/pages/corroboration-view.js';
import { readingMeta } from '../src/web/pages/components.js';
import { storyView } from '../src/web/pages/story-view.js';
import { columnChart, niceMax, rankChart } from '../src/web/charts/bar-chart.js';
import { articleBody } from '../src/web/pages/article-html.js';
import { escapeHtml, html, snippetHtml, trusted } from '../src/web/pages/html.js';
import { safeNext } from '../src/web/pages/login.js';
import { computeStats, mondayOf } from '../src/web/pages/stats-data.js';

describe('the html helper', () => {
  it('escapes every interpolated value, arrays included, and passes Html through', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<a title="${evil}">${[evil, html`<b>${evil}</b>`]}</a>`.value).toBe(
      `<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">${escapeHtml(evil)}<b>${escapeHtml(evil)}</b></a>`,
    );
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(html`${trusted('<p>ok</p>')}`.value).toBe('<p>ok</p>');
  });

  it('lets only <mark> through in a store snippet', () => {
    expect(snippetHtml('a <mark>b</mark> &lt;c&gt; <img src=x>').value).toBe('a <mark>b</mark> &lt;c&gt; &lt;img src=x>');
  });
});

describe('article body', () => {
  it('sanitizes stored HTML again, and turns images into links so nothing loads from elsewhere', () => {
    const body = articleBody({
      text: '',
      html: '<p onclick="x()">One <script>alert(1)</script><a href="javascript:alert(2)">bad</a> <a href="https://example.com/a">good</a></p><img src="https://cdn.example.com/p.jpg" alt="A bridge">',
    }).value;
    expect(body).not.toMatch(/script|onclick|javascript:|<img/);
    expect(body).toContain('<a href="https://example.com/a" rel="noopener noreferrer nofollow">good</a>');
    expect(body).toContain('class="image-link"');
    expect(body).toContain('Image: A bridge (opens on cdn.example.com)');
  });

  it('falls back to the paragraphs as text', () => {
    expect(articleBody({ html: null, text: 'One <b>\n\nTwo' }).value).toBe('<p>One &lt;b&gt;</p><p>Two</p>');
  });
});

describe('charts', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 480, 5000].map(niceMax)).toEqual([1, 1, 5, 10, 20, 500, 5000]);
  });

  it('draws SVG with a title and description, colours from CSS classes only, labels escaped', () => {
    const svg = columnChart({ id: 'c', title: 'T <x>', description: 'D', bars: [{ label: '<a>', value: 3, detail: 'd' }, { label: 'b', value: 0, detail: 'e' }] }).value;
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="c-title">T &lt;x&gt;</title>');
    expect(svg).not.toMatch(/style=|fill="#|<script/);
    expect(svg).toContain('&lt;a&gt;');
    const rank = rankChart('r', 'Top', [{ label: 'NHK World', value: 2, valueText: '2 reads', href: '/?source=NHK+World' }]).value;
    expect(rank).toContain('<a class="chart-link" href="/?source=NHK+World"');
  });
});

describe('stats', () => {
  const reading = (over: Partial<Reading>): Reading => ({
    id: 'x', ref: null, category: 'c', url: null, title: 't', outlet: 'A', byline: null, language: null, publishedAt: null,
    createdAt: '2022-01-01T00:00:00Z', updatedAt: '2022-01-01T00:00:00Z', lastReadAt: null, readCount: 0, wordCount: 100,
    readingMinutes: 1, contentHash: '', text: '', html: null, format: 'text', extractionStatus: 'ok', extractionError: null, extractionErrorCode: null,
    ...over,
  });

  it('counts reads by the day and week of the last read, words read and top outlets', () => {
    const now = new Date('2022-01-14T12:00:00Z');
    const stats = computeStats([
      reading({ outlet: 'A', readCount: 2, lastReadAt: '2022-01-14T08:00:00Z', wordCount: 225 }),
      reading({ outlet: 'B', readCount: 1, lastReadAt: '2022-01-10T08:00:00Z', wordCount: 100 }),
      reading({ outlet: null, category: 'misc', readCount: 0 }),
    ], now);
    expect(stats).toMatchObject({ readings: 3, readReadings: 2, reads: 3, wordsRead: 325 });
    expect(stats.perDay).toHaveLength(30);
    expect(stats.perDay.at(-1)).toEqual({ day: '2022-01-14', readings: 1, words: 225 });
    expect(stats.perWeek.at(-1)).toEqual({ day: '2022-01-10', readings: 2, words: 325 });
    expect(stats.topOutlets.map((o) => [o.outlet, o.isOutlet, o.reads])).toEqual([['A', true, 2], ['B', true, 1], ['misc', false, 0]]);
    expect(mondayOf('2022-01-16')).toBe('2022-01-10');
  });

  it('counts what came in by the day it was added, the last 30 days only', () => {
    const now = new Date('2022-01-14T12:00:00Z');
    const stats = computeStats([
      reading({ createdAt: '2022-01-14T08:00:00Z', wordCount: 200 }),
      reading({ createdAt: '2022-01-14T09:00:00Z', wordCount: 300 }),
      reading({ createdAt: '2022-01-02T09:00:00Z', wordCount: 50 }),
      reading({ createdAt: '2021-11-02T09:00:00Z', wordCount: 50 }),
    ], now);
    expect(stats.addedPerDay).toHaveLength(30);
    expect(stats.addedPerDay.at(-1)).toEqual({ day: '2022-01-14', readings: 2, words: 500 });
    expect(stats.addedPerDay.find((d) => d.day === '2022-01-02')).toEqual({ day: '2022-01-02', readings: 1, words: 50 });
    expect(stats.addedPerDay.reduce((n, d) => n + d.readings, 0)).toBe(3);
  });
});

describe('sign-in', () => {
  it('goes back only to a path on this site', () => {
    expect(safeNext('/readings/1?x=2')).toBe('/readings/1?x=2');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', undefined]) expect(safeNext(bad)).toBe('/');
  });
});

describe('the corroboration report of a large story', () => {
  const mention = (i: number, text = `${i} troops`): ClaimMention => ({ id: `r${i}`, outlet: `Outlet ${i}`, text, sentence: `They sent ${text}.`, index: 0 });
  const claimOf = (i: number, over: Partial<ClaimGroup> = {}): ClaimGroup => ({
    kind: 'quantity', key: `quantity:k${i}`, label: `${i} troops`, statedBy: [mention(i)], compatible: [], conflicting: [], singleOutlet: true, silent: [], ...over,
  });
  const outlets = Array.from({ length: 60 }, (_, i) => mention(1000 + i));
  const conflicting = claimOf(0, { singleOutlet: false, statedBy: outlets.slice(0, 2), conflicting: outlets.slice(2, 25), silent: outlets.slice(25) });
  const single = Array.from({ length: 150 }, (_, i) => claimOf(i + 1));
  const report: CompareReport = { readings: 190, outlets: 190, claims: [conflicting, ...single], differences: [conflicting], singleOutlet: single, headlines: [] };
  const page = corroborationView(report, undefined, '/api/v1/stories/s1/compare').value;

  it('lists a section’s first 100 claims and links the full report for the rest', () => {
    expect(page).toContain('Said by one outlet only <span class="count">150</span>');
    expect(page).toContain('100 troops');
    expect(page).not.toContain('101 troops');
    expect(page).toContain('50 more claims not listed here: <a href="/api/v1/stories/s1/compare">the full report</a> (JSON)');
  });

  it('names at most 12 outlets per claim and lists at most 10 other wordings', () => {
    expect(page).toContain('and 23 more outlets'); // 35 silent
    expect(page.match(/mention-conflicting/g)).toHaveLength(10);
    expect(page).toContain('and 13 more mentions'); // 23 conflicting
  });
});

describe('the story page', () => {
  const member = (i: number) => ({
    reading: {
      id: `r${i}`, ref: null, category: 'c', url: null, title: `Version ${i}`, outlet: `Outlet ${i}`, byline: null, language: null, publishedAt: null,
      createdAt: '2022-01-01T00:00:00Z', updatedAt: '2022-01-01T00:00:00Z', lastReadAt: null, readCount: 0, wordCount: 40,
      readingMinutes: 1, contentHash: '', text: 'Lead one.\n\nLead two.\n\nThird paragraph.', html: null, format: 'text' as const,
      extractionStatus: 'ok' as const, extractionError: null, extractionErrorCode: null,
    },
    membership: { readingId: `r${i}`, storyId: 's1', affinity: 0.5, duplicateOf: null, duplicateSimilarity: null },
    copies: [],
  });
  const page = (n: number, language: string | null = null): string => {
    const members = Array.from({ length: n }, (_, i) => member(i)).map((m) => ({ ...m, reading: { ...m.reading, language } }));
    const story = { id: 's1', title: 'A story', outlets: members.map((m) => m.reading.outlet), unknownOutlets: 0, size: n, copies: 0, firstDay: null, lastDay: null, createdAt: '', updatedAt: '' };
    return storyView({ view: { story, members }, summary: null, report: null, silentOf: () => [], related: [], csrfToken: 't', notice: null }).value;
  };

  it('folds each version’s whole text under "Read on" up to 20 versions, and links the reader page beyond', () => {
    expect(page(20)).toContain('Third paragraph.');
    const large = page(21);
    expect(large).not.toContain('Third paragraph.');
    expect(large).toContain('Lead two.');
    expect(large).toContain('<a href="/readings/r20">Read on (1 more paragraph)</a>');
  });

  it('sets an Arabic or Hebrew version right to left, others by their first letter', () => {
    expect(page(1, 'ar')).toContain('<div class="version-text" lang="ar" dir="rtl">');
    expect(page(1, 'he')).toContain('<h3 id="v-r0" lang="he" dir="rtl">');
    expect(page(1, 'de')).toContain('<div class="version-text" lang="de" dir="auto">');
    expect(page(1)).toContain('<div class="version-text" dir="auto">');
  });
});

describe('a story report that left readings out', () => {
  it('says how many and in which languages', () => {
    const report: CompareReport = { readings: 2, outlets: 2, notCompared: [{ id: 'd', outlet: 'Zeit', language: 'de' }, { id: 'r', outlet: null, language: 'ru' }], claims: [], differences: [], singleOutlet: [], headlines: [] };
    expect(corroborationView(report).value).toContain('2 readings in another language (German, Russian) not compared: the claim and headline readers read English only.');
  });
});

describe('a reading that names no outlet, in a list', () => {
  const reading = (over: Partial<Reading>): Reading => ({
    id: 'r1', title: 'T', outlet: null, category: 'uncategorized', url: 'https://www.example.org/a', publishedAt: '2022-01-14T00:00:00.000Z',
    createdAt: '2026-12-03T00:00:00.000Z', wordCount: 10, readingMinutes: 1, extractionStatus: 'ok', readCount: 0, ...over,
  }) as Reading;

  it('is shown by its site, not linked as an outlet, and not by its category', () => {
    const meta = readingMeta(reading({}), null, { outletLink: true }).value;
    expect(meta).toContain('<span class="outlet">example.org</span>');
    expect(meta).not.toContain('uncategorized');
    const named = readingMeta(reading({ outlet: 'Port Elm Courier' }), null, { outletLink: true }).value;
    expect(named).toContain('<a href="/?source=Port+Elm+Courier" class="outlet">Port Elm Courier</a>');
    // No site either: words that open the line.
    expect(readingMeta(reading({ url: null }), null, { outletLink: true }).value).toMatch(/^<p class="meta"><span class="outlet unknown">Unknown outlet<\/span>/u);
  });
});
