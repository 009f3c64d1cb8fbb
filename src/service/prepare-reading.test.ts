import { describe, expect, it } from 'vitest';
import type { RawInput } from '../domain/types.js';
import { prepareReading } from './prepare-reading.js';

const ctx = { id: '00000000-0000-4000-8000-000000000001', now: '2026-11-30T12:00:00Z', maxBytes: 1024 * 1024 };
const paragraphs = [
  'Kazakhstan’s president says a Russia-led military alliance will start leaving after helping quell protests in the oil-rich Central Asian country.',
  'In an address to senior government officials and members of parliament, President Kassym-Jomart Tokayev said that the withdrawal would take no more than 10 days.',
  'Last week, Tokayev asked the Moscow-led Collective Security Treaty Organization to send troops to his country to help thwart violent protests.',
];
const html = `<html lang="en"><head><title>Peacekeepers to leave | Press TV</title><meta property="og:site_name" content="Press TV">
<link rel="canonical" href="https://www.presstv.ir/Detail/2022/01/11/1?utm_source=rss"></head>
<body><article><h1>Peacekeepers to leave</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const raw = (text: string, over: Partial<RawInput> = {}): RawInput => ({
  bytes: new TextEncoder().encode(text), contentType: null, url: null, label: 'page.html', ...over,
});

describe('prepareReading', () => {
  it('builds the reading record from an HTML page, with counts and the original bytes', () => {
    const p = prepareReading(raw(html), {}, ctx);
    if (p.kind !== 'prepared') throw new Error('expected a prepared reading');
    expect(p.failure).toBeNull();
    expect(p.reading).toMatchObject({
      id: ctx.id, outlet: 'Press TV', category: 'press-tv', url: 'https://www.presstv.ir/Detail/2022/01/11/1',
      extractionStatus: 'ok', format: 'html', createdAt: ctx.now, updatedAt: ctx.now, readCount: 0, lastReadAt: null,
    });
    expect(p.reading.text).toBe(paragraphs.join('\n\n'));
    expect(p.reading.wordCount).toBe(paragraphs.join(' ').split(/\s+/).length);
    expect(p.original.bytes).toEqual(new TextEncoder().encode(html));
  });

  it('knows a reading that names its outlet nowhere by its host, after a feed’s title', () => {
    const text = paragraphs.join('\n\n');
    const bare = prepareReading(raw(text, { label: 'story.txt' }), { url: 'https://www.catchitkansas.com/2018/story' }, ctx);
    const fromFeed = prepareReading(raw(text, { label: 'story.txt' }), { url: 'https://www.catchitkansas.com/2018/story', outletFallback: 'Catch It Kansas' }, ctx);
    const nowhere = prepareReading(raw(text, { label: 'story.txt' }), {}, ctx);
    if (bare.kind !== 'prepared' || fromFeed.kind !== 'prepared' || nowhere.kind !== 'prepared') throw new Error('expected prepared readings');
    expect(bare.reading).toMatchObject({ outlet: 'catchitkansas.com', category: 'catchitkansas-com' });
    expect(fromFeed.reading.outlet).toBe('Catch It Kansas');
    expect(nowhere.reading.outlet).toBeNull();
  });

  it('lets the user’s hints win over what the page says', () => {
    const p = prepareReading(raw(html), { category: 'kazakhstan', title: 'My title', published: '2022-01-11', ref: 'r1', url: 'https://example.com/x?fbclid=1' }, ctx);
    if (p.kind !== 'prepared') throw new Error('expected a prepared reading');
    expect(p.reading).toMatchObject({ category: 'kazakhstan', title: 'My title', publishedAt: '2022-01-11', ref: 'r1', url: 'https://example.com/x' });
  });

  it('keeps the page’s canonical URL only on the host it was fetched from', () => {
    const elsewhere = prepareReading(raw(html, { url: 'https://mirror.example.org/story/1' }), {}, ctx);
    if (elsewhere.kind !== 'prepared') throw new Error('expected a prepared reading');
    expect(elsewhere.reading.url).toBe('https://mirror.example.org/story/1');
  });

  it('records a failed extraction with the original kept, and rejects what is no article at all', () => {
    const failed = prepareReading(raw('<html><body><nav><a href="/">Home</a></nav></body></html>'), {}, ctx);
    if (failed.kind !== 'prepared') throw new Error('expected a stored failure');
    expect(failed.failure?.code).toBe('no_article');
    expect(failed.reading).toMatchObject({ extractionStatus: 'failed', extractionErrorCode: 'no_article', text: '', wordCount: 0, title: 'page' });
    const empty = prepareReading(raw(''), {}, ctx);
    expect(empty).toMatchObject({ kind: 'rejected', failure: { code: 'empty_input', input: 'page.html' } });
  });
});
