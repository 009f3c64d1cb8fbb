import { describe, expect, it } from 'vitest';
import type { Reading } from '../src/domain/types.js';
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
});

describe('sign-in', () => {
  it('goes back only to a path on this site', () => {
    expect(safeNext('/readings/1?x=2')).toBe('/readings/1?x=2');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', undefined]) expect(safeNext(bad)).toBe('/');
  });
});
