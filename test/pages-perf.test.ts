import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reading } from '../src/domain/types.js';
import type { Storage } from '../src/store/storage.js';
import type { AppEnv } from '../src/web/context.js';
import { openSeededStorage, pagesApp, pagesDeps } from './pages.helpers.js';

const READINGS = 10_000;
const OUTLETS = ['NHK World', 'Press TV', 'Reuters', 'AP News', 'BBC', 'Al Jazeera', 'DW', 'France 24'];
const COMMON = 'the government said troops would withdraw from the capital after protests and the minister told the council'.split(' ');

/** A deterministic vocabulary of 4,000 made-up words: each reading draws its own topic words from it. */
const VOCABULARY = Array.from({ length: 4000 }, (_, i) => `${['kor', 'vel', 'tam', 'ris', 'don', 'pla', 'mer', 'sut'][i % 8]}${['an', 'ek', 'ol', 'ir', 'us'][i % 5]}${i}`);

/** A reading of about 400 words: common words plus topic words, so a search matches some readings, not all. */
function synthetic(i: number): Reading {
  const day = new Date(Date.UTC(2021, 0, 1) + (i % 700) * 86_400_000).toISOString();
  const topic = Array.from({ length: 12 }, (_, k) => VOCABULARY[(i * 31 + k * 97) % VOCABULARY.length]!);
  const paragraphs = Array.from({ length: 8 }, (_, p) =>
    Array.from({ length: 50 }, (_, w) => ((w + p) % 4 === 0 ? topic[(w + p * 3) % topic.length] : COMMON[(i + p * 13 + w * 3) % COMMON.length])).join(' ') + '.');
  const text = paragraphs.join('\n\n');
  return {
    id: randomUUID(), ref: null, category: `cat-${i % 12}`, url: `https://example.com/news/${i}`,
    title: `Reading number ${i}: ${topic[0]} ${topic[1]}`,
    outlet: OUTLETS[i % OUTLETS.length]!, byline: null, language: 'en', publishedAt: day,
    createdAt: day, updatedAt: day, lastReadAt: i % 3 ? null : day, readCount: i % 3 ? 0 : 1,
    wordCount: 400, readingMinutes: 2, contentHash: `hash-${i}`, text, html: null, format: 'text',
    extractionStatus: 'ok', extractionError: null, extractionErrorCode: null,
  };
}

let dir: string;
let storage: Storage;
let app: Hono<AppEnv>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readings-pages-perf-'));
  const deps = pagesDeps(dir);
  storage = openSeededStorage(deps);
  storage.transaction(() => {
    let story: string | null = null;
    for (let i = 0; i < READINGS; i++) {
      const r = synthetic(i);
      storage.readings.insert(r, `input-${i}`, { readingId: r.id, bytes: new TextEncoder().encode(r.text), contentType: 'text/plain', label: `r${i}` });
      // Stories of five readings from five outlets.
      if (i % 5 === 0) {
        story = randomUUID();
        storage.relate.saveStory({ id: story, title: r.title, outlets: OUTLETS.slice(0, 5), unknownOutlets: 0, size: 5, copies: 0, firstDay: null, lastDay: null, createdAt: r.createdAt, updatedAt: r.createdAt });
      }
      storage.relate.setMembership({ readingId: r.id, storyId: story!, affinity: 0, duplicateOf: null, duplicateSimilarity: null });
    }
  });
  app = pagesApp(storage, deps);
}, 300_000);

afterAll(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Median and worst server time over `runs` requests, after one warm-up. */
async function timed(path: string, runs = 15): Promise<{ median: number; max: number; body: string }> {
  let body = await (await app.request(path)).text();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await app.request(path);
    body = await res.text();
    times.push(performance.now() - t);
    expect(res.status).toBe(200);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, max: times[runs - 1]!, body };
}

describe('library page on a 10k-reading library', () => {
  it.each([
    ['the first page', '/', 50],
    ['a filtered page', '/?source=Reuters&state=unread&since=2021-06-01', 50],
    ['a search', `/?q=${VOCABULARY[50]}`, 17],
  ])('renders %s in at most 150 ms server time', async (_name, path, rows) => {
    const { median, max, body } = await timed(path);
    console.log(`library ${path}: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
    expect(body.match(/<li class="item/g)?.length).toBe(rows);
    expect(median).toBeLessThanOrEqual(150);
  });

  it('renders a search that matches every reading', async () => {
    // The store ranks every match and builds a snippet for each before it
    // takes the page, so this is the slowest search there is.
    const { median, max, body } = await timed('/?q=government%20troops');
    console.log(`library /?q=government troops (10,000 matches): median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
    expect(body.match(/<li class="item/g)?.length).toBe(50);
    expect(median).toBeLessThanOrEqual(300);
  });

  it('renders a deep page (offset 7,450) without loading the library', async () => {
    // OFFSET paging: the store sorts the skipped rows too, so deep pages cost more than the first.
    const { median, max, body } = await timed('/?page=150');
    console.log(`library /?page=150: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
    expect(body.match(/<li class="item/g)?.length).toBe(50);
    expect(median).toBeLessThanOrEqual(400);
  });

  it('shows the total and the story size of each row', async () => {
    const { body } = await timed('/', 1);
    expect(body).toContain('10,000 readings');
    expect(body).toContain('+4 outlets');
    expect(body).toContain('Page 1 of 200');
  });
});
