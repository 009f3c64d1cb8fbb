import { describe, expect, it } from 'vitest';
import { ReadingsError } from '../../domain/errors.js';
import { extractHtml } from './extract-html.js';

const BODY = [
  'The harbour bridge reopened to traffic on Wednesday after eleven weeks of repairs to its steel deck.',
  'Engineers replaced more than four hundred corroded plates and repainted the whole span this winter.',
  'Bus operators said their timetables would return to normal from Monday, once all of their drivers had been briefed on the new lane layout.',
  'A second phase of work on the approach ramps will take place at night from March, the office said.',
  'Local shop owners near the northern end of the bridge welcomed the reopening after a quiet winter.',
];

function page(extra = ''): string {
  return `<html lang="en"><head><title>Bridge reopens | The Herald</title>
    <meta property="og:site_name" content="The Herald"><meta property="article:published_time" content="2022-01-12T09:51:00+01:00">
    <link rel="canonical" href="https://herald.example/bridge?utm_source=x&id=7"></head>
    <body><article><h1>Bridge reopens</h1>${extra}
    <p>${BODY[0]}</p><figure><img src="/b.jpg"><figcaption>The bridge at dawn on Wednesday.</figcaption></figure>
    ${BODY.slice(1).map((p) => `<p>${p}</p>`).join('')}
    <p onclick="x()"><a href="javascript:alert(1)">Share</a></p></article></body></html>`;
}

describe('extractHtml', () => {
  it('takes a body that is one <article> as the article, with the same result as Readability finding it', () => {
    const alone = extractHtml(page(), { url: null });
    // A sibling beside the article makes Readability search the page.
    const searched = extractHtml(page().replace('</article></body>', '</article><div><a href="/more">More</a></div></body>'), { url: null });
    expect(alone.paragraphs).toEqual(BODY);
    expect(searched.paragraphs).toEqual(alone.paragraphs);
    expect(searched.title).toBe(alone.title);
  });

  it("names the outlet by a well-known host's name, and not by a social handle", () => {
    const at = (html: string, url: string | null) => extractHtml(html, { url }).outlet;
    expect(at(page().replace('content="The Herald"', 'content="U.S."').replace('https://herald.example/bridge?utm_source=x&id=7', 'https://www.reuters.com/article/bridge'), null)).toBe('Reuters');
    expect(at(page().replace('content="The Herald"', 'content="@theherald"'), null)).not.toBe('@theherald');
    // A site's name with its tagline after a dash.
    expect(at(page().replace('content="The Herald"', 'content="The Herald - News of the Harbour"'), null)).toBe('The Herald');
    expect(at(page().replace('<meta property="og:site_name" content="The Herald">', '<meta property="og:site_name" content="@theherald"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens","publisher":{"@type":"Organization","name":"The Herald"}}</script>'), null)).toBe('The Herald');
    // A slug gives way to the same name written out by a later source, and stands alone.
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens","publisher":{"@type":"Organization","name":"The Herald"}}</script>';
    expect(at(page().replace('content="The Herald">', `content="theherald">${ld}`), null)).toBe('The Herald');
    expect(at(page().replace('content="The Herald">', 'content="theherald">'), null)).toBe('theherald');
  });

  it("reads a site's name off its title when its logo or address confirms it, and prints the <h1> as the headline", () => {
    const bare = (title: string, header: string) =>
      page()
        .replace('<title>Bridge reopens | The Herald</title>', `<title>${title}</title>`)
        .replace('<meta property="og:site_name" content="The Herald">', '')
        .replace('<body>', `<body>${header}`);
    const logo = '<div class="masthead"><a href="/index.html"><img src="/images/masthead.gif" alt="The Harbour Review"></a></div>';
    const byLogo = extractHtml(bare('The Harbour Review: Bridge reopens', logo), { url: null });
    expect([byLogo.outlet, byLogo.title]).toEqual(['The Harbour Review', 'Bridge reopens']);
    const byHost = extractHtml(bare('Bridge reopens – Harbour Review', ''), { url: 'https://www.harbourreview.example/2022/bridge' });
    expect([byHost.outlet, byHost.title]).toEqual(['Harbour Review', 'Bridge reopens']);
    // Unconfirmed, a first segment is a kicker, not a site.
    const kicker = extractHtml(bare('Harbour: Bridge reopens after repairs', ''), { url: null });
    expect(kicker.outlet).toBeNull();
    // A section label beside the headline the page prints goes; a title longer than its <h1> otherwise stays.
    const section = page().replace('<title>Bridge reopens | The Herald</title>', '<title>Opinion | Bridge reopens</title>');
    expect(extractHtml(section, { url: null }).title).toBe('Bridge reopens');
    const kept = page().replace('<title>Bridge reopens | The Herald</title>', '<title>Bridge reopens / Ramps next</title>');
    expect(extractHtml(kept.replace('<h1>Bridge reopens</h1>', '<h1>Bridge reopens / Ramps next</h1>'), { url: null }).title).toBe('Bridge reopens / Ramps next');
  });

  it('returns the clean paragraphs and the metadata', () => {
    const a = extractHtml(page(), { url: 'https://herald.example/bridge' });
    expect(a.format).toBe('html');
    expect(a.paragraphs).toEqual(BODY);
    expect(a.title).toBe('Bridge reopens');
    expect(a.outlet).toBe('The Herald');
    expect(a.published).toBe('2022-01-12T08:51:00Z');
    expect(a.language).toBe('en');
    expect(a.url).toBe('https://herald.example/bridge?id=7');
    expect(a.category).toBeNull();
  });

  it('leaves the caption out of the text and the HTML, and sanitizes the HTML', () => {
    const a = extractHtml(page(), { url: 'https://herald.example/bridge' });
    expect(a.paragraphs.join(' ')).not.toContain('The bridge at dawn');
    expect(a.html).not.toContain('The bridge at dawn');
    expect(a.html).toContain('<img src="https://herald.example/b.jpg"');
    expect(a.html).not.toMatch(/onclick|javascript:|<script/);
  });

  it('reads the byline and the date from dateline lines when the markup has none', () => {
    const html = page('<p>By Maria Lind | Updated 3 February 2022</p>').replace(/<meta property="article:published_time"[^>]*>/, '');
    const a = extractHtml(html, { url: null });
    expect(a.byline).toBe('Maria Lind');
    expect(a.published).toBe('2022-02-03');
    expect(a.paragraphs).toEqual(BODY);
  });

  it('reads the date printed under the headline outside the article, but not under a logo', () => {
    const header = (h1: string) => `<html lang="en"><head><title>Bridge reopens</title><meta property="og:site_name" content="The Herald"></head>
      <body><div class="intro"><h1>${h1}</h1><div class="author"><span>MARIA LIND</span><span>18 NOV 2019</span></div></div>
      <div class="content">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractHtml(header('Bridge reopens'), { url: null }).published).toBe('2019-11-18');
    // An <h1> that is the site's name heads the masthead, whose date is the day's, not the article's.
    expect(extractHtml(header('The Herald'), { url: null }).published).toBeNull();
  });

  it('dates a page by the day its address names when nothing on the page dates it', () => {
    const undated = page().replace(/<meta property="article:published_time"[^>]*>/, '<meta property="article:published_time" content="0001-01-01T00:00:00Z">');
    expect(extractHtml(undated, { url: null }).published).toBeNull();
    const addressed = undated.replace('https://herald.example/bridge?utm_source=x&id=7', 'https://herald.example/news/2022/01/12/bridge/');
    expect(extractHtml(addressed, { url: null }).published).toBe('2022-01-12');
    expect(extractHtml(undated, { url: 'https://herald.example/2022/jan/11/bridge' }).published).toBe('2022-01-11');
    // The page's own date wins over the address's.
    expect(extractHtml(page().replace('https://herald.example/bridge?utm_source=x&id=7', 'https://herald.example/news/2021/12/30/bridge/'), { url: null }).published).toBe('2022-01-12T08:51:00Z');
  });

  it('drops a paragraph printed twice', () => {
    const a = extractHtml(page(`<p>${BODY[2]}</p>`), { url: null });
    expect(a.paragraphs.filter((p) => p === BODY[2])).toHaveLength(1);
    expect(a.html?.split('Bus operators said').length).toBe(2);
  });

  it('throws no_article for an empty page and for a page of links', () => {
    const links = '<html><body><ul>' + Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('') + '</ul></body></html>';
    for (const html of ['', '<html><body></body></html>', links]) {
      let error: unknown;
      try {
        extractHtml(html, { url: null });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReadingsError);
      expect((error as ReadingsError).code).toBe('no_article');
    }
  });
});
