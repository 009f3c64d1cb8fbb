import { describe, expect, it } from 'vitest';
import { parseFeedDate, settleDates } from './dates.js';
import { absolutizeHtml } from './urls.js';
import { discoverFeedLinks, usualFeedUrls } from './discover.js';
import { isTeaser, shouldFetchArticle } from './full-text.js';
import { entryKeys } from './identity.js';
import { readOpml, writeOpml } from './opml.js';
import { stripDoctype, truncateToLastEntry } from './repair-xml.js';
import { backoffSeconds, cacheControlMaxAge, DEFAULT_SCHEDULE, intervalAfterSuccess, retryAfterSeconds } from './schedule.js';
import { decodeEntities, htmlToParagraphs, plainTitle } from './text.js';
import type { FeedEntry } from './types.js';

const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  guid: null, title: null, link: null, published: null, updated: null, author: null, content: null, summary: null, enclosures: [], ...over,
});

describe('dates', () => {
  it.each([
    ['Thu, 13 Jan 2022 09:51:00 GMT', '2022-01-13T09:51:00Z'],
    ['13 Jan 2022 09:51 +0300', '2022-01-13T06:51:00Z'],
    ['Thu, 13 Jan 2022 09:51:00 PST', '2022-01-13T17:51:00Z'],
    ['2022-01-13T09:51:00.123+01:00', '2022-01-13T08:51:00Z'],
    ['2022-01-13', '2022-01-13T00:00:00Z'],
    ['Mon, 31 Feb 2022 10:00:00 GMT', null],
    ['2022-01-13T09:51:00Z', '2022-01-13T09:51:00Z'],
    ['2022-02-30T10:00:00Z', null],
    ['yesterday', null],
    ['', null],
  ])('%s -> %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it('missing dates become first-seen; future dates are clamped to now', () => {
    const now = '2022-01-20T00:00:00Z';
    expect(settleDates({ published: null, updated: null }, '2022-01-19T00:00:00Z', now).published).toBe('2022-01-19T00:00:00Z');
    expect(settleDates({ published: '2100-01-01T00:00:00Z', updated: null }, now, now)).toMatchObject({ published: now, clamped: true });
    expect(settleDates({ published: null, updated: '2022-01-01T00:00:00Z' }, now, now).published).toBe('2022-01-01T00:00:00Z');
  });
});

describe('schedule', () => {
  it('takes ttl or max-age within 5 min .. 24 h, default 30 min', () => {
    expect(intervalAfterSuccess({ ttlMinutes: null, maxAgeSeconds: null })).toBe(1800);
    expect(intervalAfterSuccess({ ttlMinutes: 60, maxAgeSeconds: null })).toBe(3600);
    expect(intervalAfterSuccess({ ttlMinutes: 1, maxAgeSeconds: 10 })).toBe(300);
    expect(intervalAfterSuccess({ ttlMinutes: null, maxAgeSeconds: 7 * 86400 })).toBe(86400);
    expect(cacheControlMaxAge('public, max-age=900')).toBe(900);
    expect(cacheControlMaxAge('no-cache')).toBe(0);
  });

  it('backs off exponentially up to 24 h, honouring Retry-After', () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n, null))).toEqual([300, 600, 1200, 2400]);
    expect(backoffSeconds(40, null)).toBe(DEFAULT_SCHEDULE.maxSeconds);
    expect(backoffSeconds(1, 7200)).toBe(7200);
    expect(backoffSeconds(1, 10 * 86400)).toBe(86400);
    const now = new Date('2022-01-13T10:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Thu, 13 Jan 2022 11:00:00 GMT', now)).toBe(3600);
    expect(retryAfterSeconds('soon', now)).toBeNull();
  });
});

describe('discovery', () => {
  it('finds RSS, Atom and JSON Feed links, absolute, in page order, without repeats', () => {
    const html = `<html><head><base href="https://site.example.com/news/">
      <link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" title="All &amp; more" href="rss.xml">
      <link type="application/atom+xml" rel="alternate" href='/atom.xml'>
      <link rel="alternate" type="application/feed+json" href="https://site.example.com/feed.json">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
      <link rel="alternate" hreflang="fr" href="/fr/">
    </head><body></body></html>`;
    expect(discoverFeedLinks(html, 'https://site.example.com/')).toEqual([
      { url: 'https://site.example.com/news/rss.xml', title: 'All & more', type: 'application/rss+xml' },
      { url: 'https://site.example.com/atom.xml', title: null, type: 'application/atom+xml' },
      { url: 'https://site.example.com/feed.json', title: null, type: 'application/feed+json' },
    ]);
    expect(discoverFeedLinks('<p>no feed</p>', 'https://x.example.com/')).toEqual([]);
    expect(usualFeedUrls('https://x.example.com/a/b')[0]).toBe('https://x.example.com/feed');
  });
});

describe('full text decision', () => {
  const long = `<p>${'word '.repeat(300)}</p>`;
  it('fetches the article for a teaser in auto mode, keeps full content', () => {
    expect(isTeaser('<p>Short lead…</p>')).toBe(true);
    expect(isTeaser(`${long}<p>Read more</p>`)).toBe(true);
    expect(isTeaser(long)).toBe(false);
    expect(shouldFetchArticle('auto', { link: 'https://a/', content: long })).toBe(false);
    expect(shouldFetchArticle('auto', { link: 'https://a/', content: '<p>Teaser</p>' })).toBe(true);
    expect(shouldFetchArticle('always', { link: 'https://a/', content: long })).toBe(true);
    expect(shouldFetchArticle('never', { link: 'https://a/', content: null })).toBe(false);
    expect(shouldFetchArticle('always', { link: null, content: null })).toBe(false);
  });
});

describe('identity', () => {
  it('GUID, else canonical URL, else content hash; tracking parameters do not matter', () => {
    const a = entryKeys(entry({ guid: 'g1', link: 'https://a.example.com/x?utm_source=rss', title: 'T', content: `<p>${'text '.repeat(40)}</p>` }));
    const b = entryKeys(entry({ guid: 'g2', link: 'https://a.example.com/x', title: 'T', content: `<p>${'text '.repeat(40)}</p>` }));
    expect(a.url).toBe(b.url);
    expect(a.contentHash).toBe(b.contentHash);
    expect(entryKeys(entry({ link: 'https://a.example.com/y' })).guid).toBe('https://a.example.com/y');
    expect(entryKeys(entry({ title: 'Only a title' })).guid).toMatch(/^sha256:/);
    expect(entryKeys(entry({ title: 'Video' })).contentHash).toBeNull();
  });
});

describe('text', () => {
  it('decodes entities and strips markup in titles', () => {
    expect(decodeEntities('caf&eacute; &amp; &#8217;s &#x2014; &rsquo; &unknown;')).toBe('café & ’s — ’ &unknown;');
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
    expect(plainTitle('<b>Bold</b> &amp;amp; title')).toBe('Bold & title');
    expect(plainTitle('  ')).toBeNull();
    expect(plainTitle('  Plain title, nothing to do ')).toBe('Plain title, nothing to do');
    expect(plainTitle('Two  spaces and a\u00a0no-break')).toBe('Two spaces and a no-break');
    expect(htmlToParagraphs('<p>One</p><p>Two <b>b</b></p>Three<br>Four')).toEqual(['One', 'Two b', 'Three', 'Four']);
  });
});

describe('XML repair', () => {
  it('drops a DOCTYPE with its internal subset', () => {
    expect(stripDoctype('<?xml version="1.0"?><!DOCTYPE x [ <!ENTITY a "]>"> ]><rss/>')).toBe('<?xml version="1.0"?><rss/>');
  });
  it('cuts a truncated document back to its last entry', () => {
    expect(truncateToLastEntry('<rss><channel><item>a</item><item>b')).toBe('<rss><channel><item>a</item></channel></rss>');
    expect(truncateToLastEntry('<feed><entry>a</entry><entr')).toBe('<feed><entry>a</entry></feed>');
    expect(truncateToLastEntry('<rss><channel><title>x')).toBeNull();
  });
});

describe('OPML', () => {
  it('reads folders as categories and reports outlines that are not feeds', () => {
    const { feeds, problems } = readOpml(`<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>
      <outline text="News"><outline type="rss" text="A &amp; B" xmlUrl="https://a.example.com/feed" htmlUrl="https://a.example.com/"/>
        <outline text="Deep"><outline type="rss" text="C" xmlUrl="https://c.example.com/rss"/></outline></outline>
      <outline type="rss" text="Top" xmlUrl="https://top.example.com/rss" category="/Tech/Gadgets"/>
      <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
    </body></opml>`, 'subs.opml');
    expect(feeds).toEqual([
      { url: 'https://a.example.com/feed', title: 'A & B', siteUrl: 'https://a.example.com/', category: 'News' },
      { url: 'https://c.example.com/rss', title: 'C', siteUrl: null, category: 'Deep' },
      { url: 'https://top.example.com/rss', title: 'Top', siteUrl: null, category: 'Gadgets' },
    ]);
    expect(problems).toHaveLength(1);
  });

  it('writes OPML 2.0 that reads back the same', () => {
    const xml = writeOpml([
      { url: 'https://a.example.com/feed?x=1&y=2', title: 'A & B', siteUrl: 'https://a.example.com/', category: 'news' },
      { url: 'https://b.example.com/rss', title: null, siteUrl: null, category: null },
    ], new Date('2022-01-13T00:00:00Z'));
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('xmlUrl="https://a.example.com/feed?x=1&amp;y=2"');
    expect(readOpml(xml, 'x').feeds.map((f) => [f.url, f.category])).toEqual([
      ['https://a.example.com/feed?x=1&y=2', 'news'],
      ['https://b.example.com/rss', null],
    ]);
  });

  it('refuses a file that is not OPML', () => {
    expect(() => readOpml('<html><body>hello</body></html>', 'x.opml')).toThrow(/not an OPML file/);
  });
});

describe('absolutizeHtml', () => {
  const base = 'https://news.example.org/world/story.html';
  it('resolves relative href, src and poster values, in either quote and any case, and keeps the rest', () => {
    const html = `<p>a = b</p><a HREF = '../x.html?a=1&amp;b=2' class="c">x</a><img src="/i.png" data-src="d.png"><video poster="p.jpg"></video>`;
    expect(absolutizeHtml(html, base)).toBe(
      `<p>a = b</p><a HREF = 'https://news.example.org/x.html?a=1&amp;b=2' class="c">x</a><img src="https://news.example.org/i.png" data-src="d.png"><video poster="https://news.example.org/world/p.jpg"></video>`,
    );
  });
  it('leaves absolute URLs, fragments, other schemes, unquoted values and text alone', () => {
    const html = `<a href="https://a.example/">a</a><a href="#top">t</a><a href="mailto:x@y.z">m</a><a href=rel.html>u</a> src="x" in text needs a space before: asrc="y"`;
    expect(absolutizeHtml(html, base)).toBe(html.replace('src="x"', 'src="https://news.example.org/world/x"'));
    expect(absolutizeHtml(html, null)).toBe(html);
  });
});
