import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadingsError } from '../domain/errors.js';
import { parseFeed } from './parse-feed.js';

const ROOT = new URL('../../fixtures/feeds/', import.meta.url).pathname;
const FIXTURE_URL = 'https://fixtures.example.org/feeds/feed.xml';

/** What a golden fixture records: the parse result as `feeds parse --json` shows it. */
function goldenView(dir: string): unknown {
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`${dir}: no input file`);
  const parsed = parseFeed(new Uint8Array(readFileSync(join(dir, input))), { url: FIXTURE_URL, contentType: null, label: input });
  return { format: parsed.format, version: parsed.version, title: parsed.title, link: parsed.link, recovered: parsed.recovered, entries: parsed.entries };
}

const parse = (text: string, contentType: string | null = null) =>
  parseFeed(new TextEncoder().encode(text), { url: FIXTURE_URL, contentType, label: 'feed' });

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ReadingsError ? error.code : `not a ReadingsError: ${String(error)}`;
  }
}

describe('golden feed fixtures (input + expected entries); UPDATE_GOLDEN=1 rewrites them', () => {
  const cases = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'expected.json')) || process.env.UPDATE_GOLDEN);
  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name);
    const view = goldenView(dir);
    if (process.env.UPDATE_GOLDEN) writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(view, null, 2)}\n`);
    expect(view).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  });
});

describe('parseFeed', () => {
  it('reads every format with the right entry count', () => {
    const counts: Record<string, number> = { rss091: 2, rss20: 3, rdf: 2, atom03: 1, atom10: 2, json10: 1, json11: 2, 'rss-windows-1251': 1 };
    for (const [name, n] of Object.entries(counts)) {
      expect((goldenView(join(ROOT, name)) as { entries: unknown[] }).entries, name).toHaveLength(n);
    }
  });

  it('never expands a billion-laughs entity', () => {
    const feed = goldenView(join(ROOT, 'lol')) as { title: string; entries: { title: string }[] };
    expect(feed.title).toBe('&lol9;');
    expect(feed.entries[0]?.title).toBe('Item &lol9;');
  });

  it('never reads an external entity', () => {
    const feed = goldenView(join(ROOT, 'xxe')) as { entries: { title: string }[] };
    expect(JSON.stringify(feed)).not.toContain('root:');
    expect(feed.entries[0]?.title).toBe('Secret: &xxe;');
  });

  it('keeps what arrived intact of a truncated feed, and says so', () => {
    const feed = goldenView(join(ROOT, 'truncated')) as { recovered: string; entries: unknown[] };
    expect(feed.entries).toHaveLength(1);
    expect(feed.recovered).toMatch(/last complete entry/);
  });

  it('keeps the newest entries of a 10,000-entry feed and counts the rest', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<item><title>Item ${i}</title><link>https://big.example.com/${i}</link><guid>${i}</guid></item>`);
    const feed = parse(`<rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`);
    expect(feed.entries).toHaveLength(1000);
    expect(feed.truncatedEntries).toBe(9000);
    expect(feed.entries[0]?.guid).toBe('0');
  });

  it('decodes a declared non-UTF-8 encoding, and a mislabelled one', () => {
    const bytes = readFileSync(join(ROOT, 'rss-windows-1251', 'input.xml'));
    const wrongHeader = parseFeed(new Uint8Array(bytes), { url: FIXTURE_URL, contentType: 'application/rss+xml; charset=utf-8', label: 'f' });
    expect(wrongHeader.title).toBe('Новости дня');
    expect(wrongHeader.recovered).toMatch(/windows-1251/);
  });

  it('gives dates as ISO 8601 UTC, null when unreadable', () => {
    const feed = goldenView(join(ROOT, 'bad-dates')) as { entries: { published: string | null }[] };
    expect(feed.entries.map((e) => e.published)).toEqual([null, null, '2022-01-13T14:51:00Z', '2022-01-13T07:51:00Z', '2100-01-01T00:00:00Z']);
  });

  it('makes links absolute through nested xml:base and the feed URL', () => {
    const feed = goldenView(join(ROOT, 'atom10')) as { entries: { link: string; content: string }[] };
    expect(feed.entries[0]?.link).toBe('https://atom.example.net/blog/2022/first-post');
    expect(feed.entries[0]?.content).toContain('href="https://atom.example.net/blog/2022/img/x.png"');
    expect(parse('<rss version="2.0"><channel><title>t</title><item><title>r</title><link>/a/b</link></item></channel></rss>').entries[0]?.link)
      .toBe('https://fixtures.example.org/a/b');
  });

  it('gives titles as plain text (CDATA markup, double-escaped entities)', () => {
    const feed = goldenView(join(ROOT, 'rss20')) as { title: string; entries: { title: string }[] };
    expect(feed.title).toBe('Daily Wire News');
    expect(feed.entries[0]?.title).toBe('Troops ‘leave’ Kazakhstan & more');
  });

  it.each([
    ['an HTML page', '<!doctype html><html><head><title>x</title></head><body><p>hi</p></body></html>', 'no_feed'],
    ['other XML', '<?xml version="1.0"?><note><to>you</to></note>', 'no_feed'],
    ['malformed XML with no entry to save', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</titl', 'malformed_feed'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', 'malformed_feed'],
    ['JSON that is not a feed', '{"hello": "world"}', 'no_feed'],
    ['whitespace', '   \n  ', 'malformed_feed'],
    ['nothing', '', 'malformed_feed'],
  ])('refuses %s with a stable code', (_what, text, code) => {
    expect(codeOf(() => parse(text))).toBe(code);
  });
});
