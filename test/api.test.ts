import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, call, SEEDS, startHarness, type Harness } from './api-harness.js';

interface Listed { id: string; title: string; outlet: string | null; category: string; wordCount: number; readCount: number; lastReadAt: string | null; publishedAt: string | null }

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
let h: Harness;
let token: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  h = await startHarness();
  token = adminToken(h);
  for (const file of seedFiles) {
    const res = await call(h, token, 'POST', '/api/v1/readings', { text: readFileSync(join(SEEDS, file), 'utf8'), ref: file });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.set(file, res.body.reading.id);
  }
}, 120_000);
afterAll(() => h?.close());

const nhkId = (): string => ids.get('003_177d36f708b3b892.txt')!;

describe('readings', () => {
  it('adds each seed from pasted text, and skips it when added again', async () => {
    const again = await call(h, token, 'POST', '/api/v1/readings', { text: readFileSync(join(SEEDS, seedFiles[3]!), 'utf8') });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'skipped', reason: 'same_content', reading: { id: nhkId() } });
    expect((await call(h, token, 'GET', '/api/v1/readings')).body.total).toBe(5);
  });

  it('gets a reading in full: statistics and details as in seed 003, its story', async () => {
    const res = await call(h, token, 'GET', `/api/v1/readings/${nhkId()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({
      id: nhkId(), ref: '003_177d36f708b3b892.txt', category: 'nhk', outlet: 'NHK World', wordCount: 225, publishedAt: '2022-01-14',
      url: 'https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/', extraction: { status: 'ok', code: null, error: null },
    });
    expect(res.body.paragraphs).toHaveLength(9);
    expect(res.body.original).toMatchObject({ contentType: 'text/plain; charset=utf-8' });
    expect(res.body.story).toMatchObject({ id: expect.any(String), size: expect.any(Number) });
    expect((await call(h, token, 'GET', `/api/v1/readings/${nhkId().slice(0, 8)}`)).body.id).toBe(nhkId());
  });

  it('gives back the original input byte for byte, as a download', async () => {
    const res = await h.app.request(`http://localhost/api/v1/readings/${nhkId()}/original`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(SEEDS, '003_177d36f708b3b892.txt')))).toBe(true);
  });

  it('lists newest first with filters and paging', async () => {
    const all = await call<{ total: number; limit: number; offset: number; readings: Listed[] }>(h, token, 'GET', '/api/v1/readings');
    expect(all.body).toMatchObject({ total: 5, limit: 50, offset: 0 });
    const page1 = await call(h, token, 'GET', '/api/v1/readings?limit=2');
    const page2 = await call(h, token, 'GET', '/api/v1/readings?limit=2&offset=2');
    expect(page1.body.readings.map((r: Listed) => r.id)).toEqual(all.body.readings.slice(0, 2).map((r) => r.id));
    expect(page2.body.readings.map((r: Listed) => r.id)).toEqual(all.body.readings.slice(2, 4).map((r) => r.id));
    expect((await call(h, token, 'GET', '/api/v1/readings?source=press%20tv')).body.readings.map((r: Listed) => r.outlet)).toEqual(['Press TV']);
    expect((await call(h, token, 'GET', '/api/v1/readings?category=nhk')).body.total).toBe(1);
    const since = await call(h, token, 'GET', '/api/v1/readings?since=2022-01-13');
    expect(since.body.readings.map((r: Listed) => r.id)).toContain(nhkId());
    expect(since.body.readings.map((r: Listed) => r.outlet)).not.toContain('Press TV');
    // Relative to now: only the three seeds without a published date, counted from when they were added.
    expect((await call(h, token, 'GET', '/api/v1/readings?since=3%20days%20ago')).body.readings.map((r: Listed) => r.publishedAt)).toEqual([null, null, null]);
    const bad = await call(h, token, 'GET', '/api/v1/readings?since=someday');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_argument');
  });

  it('patches the category and the read state', async () => {
    const id = ids.get('000_a456e5bb84180f06.txt')!;
    const recat = await call(h, token, 'PATCH', `/api/v1/readings/${id}`, { category: 'opinion' });
    expect(recat.status).toBe(200);
    expect(recat.body.category).toBe('opinion');
    expect((await call(h, token, 'GET', '/api/v1/readings?category=opinion')).body.total).toBe(1);
    const read = await call(h, token, 'PATCH', `/api/v1/readings/${id}`, { read: true });
    expect(read.body).toMatchObject({ readCount: 1, lastReadAt: expect.stringMatching(/^\d{4}-/) });
    expect((await call(h, token, 'GET', '/api/v1/readings?unread=true')).body.total).toBe(4);
    const unread = await call(h, token, 'PATCH', `/api/v1/readings/${id}`, { read: false });
    expect(unread.body).toMatchObject({ readCount: 0, lastReadAt: null });
    expect((await call(h, token, 'GET', '/api/v1/readings?unread=1')).body.total).toBe(5);
    for (const body of [{}, { category: '' }, { read: 'yes' }, { title: 'x' }]) {
      const res = await call(h, token, 'PATCH', `/api/v1/readings/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ error: { code: 'invalid_argument', message: expect.any(String) } });
    }
  });

  it('deletes a reading: gone from the list, the story and search', async () => {
    const text = 'Zanzibar lighthouse keepers elected a new council on Tuesday. The vote was close. Turnout was high across the islands.';
    const added = await call(h, token, 'POST', '/api/v1/readings', { text, title: 'Lighthouse vote', category: 'local', outlet: 'Island Post' });
    expect(added.status).toBe(201);
    expect(added.body.reading).toMatchObject({ title: 'Lighthouse vote', outlet: 'Island Post' });
    const id = added.body.reading.id as string;
    expect((await call(h, token, 'GET', '/api/v1/search?q=Zanzibar')).body.hits).toHaveLength(1);
    const del = await call(h, token, 'DELETE', `/api/v1/readings/${id}`);
    expect(del.status).toBe(200);
    expect(del.body.deleted).toMatchObject({ id, title: 'Lighthouse vote' });
    expect((await call(h, token, 'GET', `/api/v1/readings/${id}`)).status).toBe(404);
    expect((await call(h, token, 'GET', '/api/v1/search?q=Zanzibar')).body.hits).toHaveLength(0);
    expect((await call(h, token, 'DELETE', `/api/v1/readings/${id}`)).status).toBe(404);
  });

  it('keeps what a reading says as data: markup in a title comes back as text in JSON', async () => {
    const html = '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Floods</title></head><body><article><h1>&lt;img src=x onerror=alert(1)&gt; Floods in the valley</h1>'
      + '<p>Heavy rain flooded the valley on Monday, officials said, and hundreds of people left their homes as the river rose.</p>'
      + '<p>Rescue teams worked through the night <script>alert(2)</script> to reach villages cut off by the water.</p></article></body></html>';
    const res = await call(h, token, 'POST', '/api/v1/readings', { html, url: 'https://example.org/floods' });
    try {
      expect(res.status).toBe(201);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      // The markup the page's title spelled out is the title's text: a JSON string, for the client to escape.
      expect(res.body.reading.title).toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/);
      expect(res.body.reading.html ?? '').not.toMatch(/<script|onerror=/i);
      expect(res.body.reading.text).not.toContain('alert(2)');
    } finally {
      await call(h, token, 'DELETE', `/api/v1/readings/${res.body.reading?.id}`);
    }
  });
});

describe('search, similar, summary', () => {
  it('searches with BM25 ranking, filters and highlighted snippets', async () => {
    const res = await call(h, token, 'GET', '/api/v1/search?q=Shoigu');
    expect(res.status).toBe(200);
    expect(res.body.hits.map((x: { reading: Listed }) => x.reading.outlet).sort()).toEqual(['NHK World', 'Press TV']);
    expect(res.body.hits[0].snippet).toContain('<mark>Shoigu</mark>');
    expect((await call(h, token, 'GET', '/api/v1/search?q=Shoigu&source=NHK%20World')).body.hits).toHaveLength(1);
    const phrase = await call(h, token, 'GET', `/api/v1/search?q=${encodeURIComponent('"closest partner and ally"')}`);
    expect(phrase.body.hits.map((x: { reading: Listed }) => x.reading.outlet)).toEqual(['NHK World']);
    const empty = await call(h, token, 'GET', '/api/v1/search?q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_argument');
  });

  it('lists similar readings with scores and reasons', async () => {
    const res = await call(h, token, 'GET', `/api/v1/readings/${nhkId()}/similar?limit=3`);
    expect(res.status).toBe(200);
    expect(res.body.reading.id).toBe(nhkId());
    expect(res.body.similar).toHaveLength(3);
    for (const item of res.body.similar) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.reasons).toHaveProperty('places');
      expect(item.reading.id).not.toBe(nhkId());
    }
    expect((await call(h, token, 'GET', `/api/v1/readings/${nhkId()}/similar?limit=99`)).status).toBe(400);
  });

  it('summarizes a reading', async () => {
    const res = await call(h, token, 'GET', `/api/v1/readings/${nhkId()}/summary?sentences=2`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: nhkId(), title: expect.any(String) });
    expect(res.body.sentences).toHaveLength(2);
    expect(res.body.sentences[0]).toMatchObject({ text: expect.any(String), paragraph: expect.any(Number), index: expect.any(Number) });
  });
});

describe('stories', () => {
  it('lists stories, shows one with its readings, summarizes and compares it', async () => {
    const storyId = (await call(h, token, 'GET', `/api/v1/readings/${nhkId()}`)).body.story.id as string;
    const list = await call(h, token, 'GET', '/api/v1/stories');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const all = list.body.stories.flatMap((s: { readings: { id: string }[] }) => s.readings.map((r) => r.id));
    expect(all.sort()).toEqual([...ids.values()].sort());
    const story = list.body.stories.find((s: { id: string }) => s.id === storyId);
    expect(story.readings.map((r: { id: string }) => r.id)).toContain(nhkId());
    expect((await call(h, token, 'GET', '/api/v1/stories?limit=1')).body.stories).toHaveLength(1);
    expect(story).toMatchObject({ unknownOutlets: 1 }); // seed 000 names no outlet
    // Dated in 2022, but three of its readings have no date and were added now: the story counts as recent.
    expect((await call(h, token, 'GET', '/api/v1/stories?since=7d')).body.total).toBe(1);
    expect((await call(h, token, 'GET', '/api/v1/stories?since=2099-01-01')).body.total).toBe(0);
    expect((await call(h, token, 'GET', '/api/v1/stories?since=soon')).status).toBe(400);
    expect((await call(h, token, 'GET', '/api/v1/stories?minOutlets=5')).body.total).toBe(1);
    expect((await call(h, token, 'GET', '/api/v1/stories?minOutlets=6&since=7d')).body.total).toBe(0);
    expect((await call(h, token, 'GET', '/api/v1/stories?minOutlets=0')).status).toBe(400);

    const detail = await call(h, token, 'GET', `/api/v1/stories/${storyId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: storyId, size: story.size });
    const shown = detail.body.readings.flatMap((r: { id: string; copies: { reading: { id: string } }[] }) => [r.id, ...r.copies.map((c) => c.reading.id)]);
    expect(shown.sort()).toEqual(story.readings.map((r: { id: string }) => r.id).sort());

    const summary = await call(h, token, 'GET', `/api/v1/stories/${storyId}/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.storyId).toBe(storyId);
    expect(summary.body.sentences.length).toBeGreaterThan(0);
    expect(summary.body.sentences[0].supportedBy.length).toBeGreaterThan(0);

    const compare = await call(h, token, 'GET', `/api/v1/stories/${storyId}/compare`);
    expect(compare.status).toBe(200);
    expect(compare.body).toMatchObject({ storyId, readings: story.size });
    // Every headline but NHK World's, whose title is its body's first words (seed 003 gives none): nothing to check.
    const nhk = story.readings.find((r: { outlet: string | null }) => r.outlet === 'NHK World').id;
    expect(compare.body.headlines.map((c: { id: string }) => c.id).sort()).toEqual(story.readings.map((r: { id: string }) => r.id).filter((id: string) => id !== nhk).sort());
    expect(JSON.stringify(compare.body)).not.toContain('Infinity');
    expect(compare.body.totals).toEqual({ claims: compare.body.claims.length, differences: compare.body.differences.length, singleOutlet: compare.body.singleOutlet.length });

    // The most widely told first, cut to `limit` per list, with how many each holds.
    expect(compare.body.claims.length).toBeGreaterThan(1);
    const first = await call(h, token, 'GET', `/api/v1/stories/${storyId}/compare?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.claims).toEqual(compare.body.claims.slice(0, 1));
    expect(first.body.singleOutlet).toEqual(compare.body.singleOutlet.slice(0, 1));
    expect(first.body.totals).toEqual(compare.body.totals);
    const bad = await call(h, token, 'GET', `/api/v1/stories/${storyId}/compare?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBeTruthy();
  });
});

describe('export', () => {
  it('streams the filtered readings as JSONL with their originals, or as Markdown', async () => {
    const res = await h.app.request('http://localhost/api/v1/export?source=NHK%20World', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="readings-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { id: string; wordCount: number; original: { base64: string } });
    expect(lines.map((l) => [l.id, l.wordCount])).toEqual([[nhkId(), 225]]);
    expect(Buffer.from(lines[0]!.original.base64, 'base64').toString('utf8')).toBe(readFileSync(join(SEEDS, '003_177d36f708b3b892.txt'), 'utf8'));
    const md = await h.app.request('http://localhost/api/v1/export?format=markdown', { headers: { authorization: `Bearer ${token}` } });
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect((await md.text()).match(/^# /gmu)?.length).toBe((await call(h, token, 'GET', '/api/v1/readings')).body.total);
    expect((await call(h, token, 'GET', '/api/v1/export?format=pdf')).status).toBe(400);
    expect((await call(h, token, 'GET', '/api/v1/export?since=someday')).status).toBe(400);
  });
});

describe('story corrections', () => {
  it('splits a reading out of its story and merges the stories again, each kept for regrouping', async () => {
    const storyId = (await call(h, token, 'GET', `/api/v1/readings/${nhkId()}`)).body.story.id as string;
    const size = (await call(h, token, 'GET', `/api/v1/stories/${storyId}`)).body.size as number;
    expect(size).toBeGreaterThan(1);
    const split = await call(h, token, 'POST', `/api/v1/stories/${storyId}/split`, { readings: [nhkId().slice(0, 8)] });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    expect(split.body.from).toMatchObject({ id: storyId, size: size - 1 });
    expect(split.body.to).toMatchObject({ size: 1 });
    expect((await call(h, token, 'GET', `/api/v1/readings/${nhkId()}`)).body.story.id).toBe(split.body.to.id);
    const merged = await call(h, token, 'POST', `/api/v1/stories/${storyId}/merge`, { story: split.body.to.id });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body).toMatchObject({ id: storyId, size });
    expect((await call(h, token, 'GET', `/api/v1/stories/${split.body.to.id}`)).status).toBe(404);
  });

  it('refuses a correction that names no story or reading of it, or merges a story with itself', async () => {
    const storyId = (await call(h, token, 'GET', `/api/v1/readings/${nhkId()}`)).body.story.id as string;
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(h, token, 'POST', `/api/v1/stories/${unknown}/merge`, { story: storyId })).status).toBe(404);
    expect((await call(h, token, 'POST', `/api/v1/stories/${storyId}/merge`, { story: unknown })).status).toBe(404);
    expect((await call(h, token, 'POST', `/api/v1/stories/${storyId}/split`, { readings: [unknown] })).status).toBe(404);
    const itself = await call(h, token, 'POST', `/api/v1/stories/${storyId}/merge`, { story: storyId });
    expect(itself.status).toBe(400);
    expect(itself.body.error.code).toBe('invalid_argument');
    expect((await call(h, token, 'POST', `/api/v1/stories/${storyId}/split`, { readings: [] })).status).toBe(400);
    expect((await call(h, token, 'POST', `/api/v1/stories/${storyId}/merge`, {})).status).toBe(400);
  });
});

describe('errors', () => {
  it('answers 404 {error} for an unknown reading or story on every route', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, path, body] of [
      ['GET', `/api/v1/readings/${unknown}`],
      ['PATCH', `/api/v1/readings/${unknown}`, { read: true }],
      ['DELETE', `/api/v1/readings/${unknown}`],
      ['GET', `/api/v1/readings/${unknown}/original`],
      ['GET', `/api/v1/readings/${unknown}/similar`],
      ['GET', `/api/v1/readings/${unknown}/summary`],
      ['GET', `/api/v1/stories/${unknown}`],
      ['GET', `/api/v1/stories/${unknown}/summary`],
      ['GET', `/api/v1/stories/${unknown}/compare`],
      ['GET', '/api/v1/nothing-here'],
    ] as [string, string, unknown?][]) {
      const res = await call(h, token, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    }
  });

  it('answers 400 {error} for invalid queries and bodies', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/v1/readings?limit=0'],
      ['GET', '/api/v1/readings?limit=abc'],
      ['GET', '/api/v1/readings?offset=-1'],
      ['GET', '/api/v1/readings?unread=maybe'],
      ['GET', '/api/v1/readings/ab'],
      ['GET', '/api/v1/stories?limit=5000'],
      ['POST', '/api/v1/readings', {}],
      ['POST', '/api/v1/readings', { url: 'not a url' }],
      ['POST', '/api/v1/readings', { html: '<p>a</p>', text: 'a' }],
      ['POST', '/api/v1/readings', '{"url": '],
      ['POST', '/api/v1/tokens', { name: '' }],
    ] as [string, string, unknown?][]) {
      const res = await call(h, token, method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body).toEqual({ error: { code: expect.stringMatching(/^(invalid_argument|malformed_input)$/), message: expect.any(String) } });
    }
    const limit = await call(h, token, 'GET', '/api/v1/readings?limit=0');
    expect(limit.body.error.message).toMatch(/^limit: /);
  });

  it('refuses a body that is not an article with its stable code, storing nothing', async () => {
    const res = await call(h, token, 'POST', '/api/v1/readings', { text: '   \n\n  ' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('empty_input');
    expect((await call(h, token, 'GET', '/api/v1/readings')).body.total).toBe(5);
  });
});
