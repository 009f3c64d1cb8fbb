import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../src/store/storage.js';
import type { AppDeps, AppEnv } from '../src/web/context.js';
import { ingestSeeds, NHK_SEED, openSeededStorage, pagesApp, pagesDeps } from './pages.helpers.js';

let dir: string;
let deps: AppDeps;
let storage: Storage;
let app: Hono<AppEnv>;
let ids: Map<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readings-pages-manage-'));
  deps = pagesDeps(dir);
  storage = openSeededStorage(deps);
  ids = await ingestSeeds(storage, deps);
  app = pagesApp(storage, deps);
}, 120_000);

afterAll(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string): Promise<Response> => Promise.resolve(app.request(path));
const post = (path: string, fields: Record<string, string> = {}): Promise<Response> =>
  Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams({ _csrf: 'test-csrf-token', ...fields }) }));
const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

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
    expect(textOf(await (await get('/?done=<b>x</b>')).text())).not.toContain('x Marked');
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
