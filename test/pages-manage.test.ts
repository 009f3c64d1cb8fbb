import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../src/store/storage.js';
import type { AppEnv } from '../src/web/context.js';
import { NHK_SEED, openSeededPages, type SeededPages, textOf } from './pages.helpers.js';

let lib: SeededPages;
let storage: Storage;
let app: Hono<AppEnv>;
let ids: Map<string, string>;

beforeAll(async () => {
  lib = await openSeededPages('readings-pages-manage-');
  ({ storage, app, ids } = lib);
}, 120_000);

afterAll(() => lib.close());

const get = (path: string): Promise<Response> => Promise.resolve(app.request(path));
const post = (path: string, fields: Record<string, string> = {}): Promise<Response> =>
  Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams({ _csrf: 'test-csrf-token', ...fields }) }));

describe('reader page: managing a reading', () => {
  it('offers to change the category, mark unread and delete, each form with its CSRF field', async () => {
    const id = ids.get(NHK_SEED)!;
    const body = await (await get(`/readings/${id}`)).text();
    for (const action of ['category', 'unread', 'delete']) {
      expect(body).toMatch(new RegExp(`<form method="post" action="/readings/${id}/${action}"[^>]*>\\s*<input type="hidden" name="_csrf" value="test-csrf-token">`, 'u'));
    }
    expect(body).toContain('name="category" value="nhk"');
  });

  it('saves a new category, trimmed, says so, and files the reading under it', async () => {
    const id = ids.get(NHK_SEED)!;
    const res = await post(`/readings/${id}/category`, { category: '  Central Asia ' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/readings/${id}?saved=category`);
    expect(storage.readings.get(id)!.category).toBe('Central Asia');
    const page = textOf(await (await get(`/readings/${id}?saved=category`)).text());
    expect(page).toContain('Category saved.');
    expect(page).toMatch(/Category ID Central Asia/u);
    const library = textOf(await (await get('/?category=Central%20Asia')).text());
    expect(library).toContain('1 reading');
  });

  it('refuses an empty category in plain words and changes nothing', async () => {
    const id = ids.get(NHK_SEED)!;
    const res = await post(`/readings/${id}/category`, { category: '   ' });
    expect(res.status).toBe(422);
    expect(textOf(await res.text())).toContain('The category was not changed: a category is 1 to 200 characters.');
    expect(storage.readings.get(id)!.category).toBe('Central Asia');
  });

  it('marks a read reading unread and goes back to the library, which says so', async () => {
    const id = ids.get(NHK_SEED)!;
    expect(storage.readings.get(id)!.readCount).toBeGreaterThan(0);
    const res = await post(`/readings/${id}/unread`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?done=unread');
    expect(storage.readings.get(id)).toMatchObject({ readCount: 0, lastReadAt: null });
    expect(textOf(await (await get('/?done=unread')).text())).toContain('Marked as unread.');
    // Only the fixed words: an unknown `done` shows no notice at all, and nothing of what it says.
    const unknown = await (await get('/?done=%3Cb%3Epwned%3C%2Fb%3E')).text();
    expect(unknown).not.toContain('class="notice');
    expect(unknown).not.toContain('pwned');
  });

  it('deletes a reading: gone from the library and from its story, and its page answers 404', async () => {
    const id = ids.get('001_c6319db2e688382b.txt')!;
    const storyId = storage.relate.storyOf(id)!;
    expect(storage.relate.story(storyId)!.size).toBe(5);
    const res = await post(`/readings/${id}/delete`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?done=deleted');
    expect(storage.readings.get(id)).toBeNull();
    expect(storage.relate.story(storyId)!.size).toBe(4);
    expect(textOf(await (await get('/?done=deleted')).text())).toContain('The reading was deleted.');
    expect((await get(`/readings/${id}`)).status).toBe(404);
    expect((await post(`/readings/${id}/delete`)).status).toBe(404);
  });
});

describe('story page: corrections by hand', () => {
  it('moves a reading to a story of its own, then offers that story back and merges it', async () => {
    const id = ids.get(NHK_SEED)!;
    const storyId = storage.relate.storyOf(id)!;
    const size = storage.relate.story(storyId)!.size;
    const page = await (await get(`/stories/${storyId}`)).text();
    expect(page).toContain(`<form method="post" action="/stories/${storyId}/split"><input type="hidden" name="_csrf" value="test-csrf-token"><input type="hidden" name="reading" value="${id}">`);

    const split = await post(`/stories/${storyId}/split`, { reading: id });
    expect(split.status).toBe(303);
    const own = storage.relate.storyOf(id)!;
    expect(own).not.toBe(storyId);
    expect(split.headers.get('location')).toBe(`/stories/${storyId}?done=split&to=${own}`);
    expect(storage.relate.story(storyId)!.size).toBe(size - 1);
    const after = await (await get(split.headers.get('location')!)).text();
    expect(textOf(after)).toContain('Moved to a story of its own:');
    expect(after).toContain(`href="/stories/${own}"`);
    // The reading is still like the story's others: its new story is offered back for merging.
    expect(after).toContain(`<form method="post" action="/stories/${storyId}/merge"><input type="hidden" name="_csrf" value="test-csrf-token"><input type="hidden" name="story" value="${own}">`);

    const merge = await post(`/stories/${storyId}/merge`, { story: own });
    expect(merge.status).toBe(303);
    expect(merge.headers.get('location')).toBe(`/stories/${storyId}?done=merged`);
    expect(storage.relate.storyOf(id)).toBe(storyId);
    expect(storage.relate.story(storyId)!.size).toBe(size);
    expect(textOf(await (await get(`/stories/${storyId}?done=merged`)).text())).toContain('Merged: the other story’s readings are in this one now.');
  });

  it('answers 404 for a correction on an unknown story or reading, and 400 for a merge with itself', async () => {
    const storyId = storage.relate.storyOf(ids.get(NHK_SEED)!)!;
    expect((await post('/stories/00000000-0000-4000-8000-000000000000/merge', { story: storyId })).status).toBe(404);
    expect((await post(`/stories/${storyId}/split`, { reading: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await post(`/stories/${storyId}/merge`, { story: storyId })).status).toBe(400);
  });
});

describe('export from the library page', () => {
  it('links a download of what the filters show, and streams it as the CLI writes it', async () => {
    const page = await (await get('/?source=news2in')).text();
    expect(page).toContain('href="/export?format=jsonl&amp;source=news2in"');
    expect(page).toContain('href="/export?format=markdown&amp;source=news2in"');
    const res = await get('/export?format=jsonl&source=news2in');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="readings-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { outlet: string; original: { base64: string } });
    expect(lines.map((l) => l.outlet)).toEqual(['news2in']);
    expect(Buffer.from(lines[0]!.original.base64, 'base64').toString('utf8')).toContain('Blinken');
    const md = await get('/export?format=markdown');
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect((await md.text()).match(/^# /gmu)?.length).toBe(storage.readings.count({}));
  });

  it('refuses an unknown format or an unreadable date in plain words', async () => {
    expect((await get('/export?format=pdf')).status).toBe(400);
    expect(textOf(await (await get('/export?since=someday')).text())).toContain('is not a date the library understands');
  });
});
