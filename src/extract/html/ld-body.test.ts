import { describe, expect, it } from 'vitest';
import { ReadingsError } from '../../domain/errors.js';
import { extractHtml } from './extract-html.js';

const BODY = [
  'The harbour bridge reopened to traffic on Wednesday after eleven weeks of repairs to its steel deck, the city transport office said.',
  'Engineers replaced more than four hundred corroded plates and repainted the whole span over the winter months.',
  'Bus operators said their timetables would return to normal from Monday, once all of their drivers had been briefed on the new lane layout.',
  'A second phase of work on the approach ramps will take place at night from March, the office said in a statement.',
  'Local shop owners near the northern end of the bridge welcomed the reopening after a quiet winter with few customers.',
];

const ld = (articleBody: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge reopens after repairs', datePublished: '2022-01-12T09:51:00Z', articleBody })}</script>`;

/** What a plain fetch of a page its scripts build gets: the head, an empty mount point, the app's script. */
const scriptBuilt = (articleBody: string): string =>
  `<html lang="en"><head><title>Bridge reopens after repairs | The Herald</title>${ld(articleBody)}</head>
   <body><div id="root"><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Loading…</p></div><script src="/app.js"></script></body></html>`;

describe('the JSON-LD articleBody of a page', () => {
  it('is the article of a page whose scripts build it, in the paragraphs the publisher gave', () => {
    const article = extractHtml(scriptBuilt(BODY.join('\n\n')), { url: 'https://herald.example/bridge' });
    expect(article.paragraphs).toEqual(BODY);
    expect(article.title).toBe('Bridge reopens after repairs');
    expect(article.published).toBe('2022-01-12T09:51:00Z');
    expect(article.html).toContain(`<p>${BODY[1]}</p>`);
  });

  it('is read as markup when it holds markup, escaped once more or not', () => {
    const markup = BODY.map((p) => `<p>${p}</p>`).join('');
    expect(extractHtml(scriptBuilt(markup), { url: null }).paragraphs).toEqual(BODY);
    const escaped = markup.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(extractHtml(scriptBuilt(escaped), { url: null }).paragraphs).toEqual(BODY);
  });

  it('given as one run of text, is cut into paragraphs of whole sentences', () => {
    const run = [...BODY, ...BODY.map((p) => p.replace('bridge', 'tunnel'))].join(' ');
    const { paragraphs } = extractHtml(scriptBuilt(run), { url: null });
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.join(' ')).toBe(run);
    for (const p of paragraphs) expect(p).toMatch(/^[A-Z].*\.$/);
  });

  it('stands in for a teaser that gives less than half of it, and not for the whole article', () => {
    const teaser = `<html><head><title>Bridge reopens after repairs</title>${ld(BODY.join('\n'))}</head><body><article>
      <p>${BODY[0]}</p><p>Subscribe to read the rest of this story.</p></article></body></html>`;
    expect(extractHtml(teaser, { url: null }).paragraphs).toEqual(BODY);
    // The page's own article is kept when its JSON-LD gives a cut version.
    const whole = `<html><head><title>Bridge reopens after repairs</title>${ld(BODY.slice(0, 3).join('\n'))}</head><body><article>
      ${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extractHtml(whole, { url: null }).paragraphs).toEqual(BODY);
  });

  it('too short to be an article leaves the page without one', () => {
    expect(() => extractHtml(scriptBuilt('Read the full story in our app.'), { url: null })).toThrow(ReadingsError);
  });
});
