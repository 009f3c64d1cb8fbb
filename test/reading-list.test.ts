/**
 * A read-it-later service's export (Pocket's CSV, its classic HTML) through
 * the real CLI: every saved link fetched from a real server on 127.0.0.1 and
 * stored as a reading.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { startHarbourSite } from './helpers/harbour-site.js';
import type { TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();
let server: TestServer;

beforeAll(async () => {
  server = await startHarbourSite();
});

afterAll(() => server.close());

describe('a reading list exported as CSV (Pocket)', () => {
  it('fetches every saved link, files it under its first tag, and reports a row without an address by its line', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const csv = join(dir, 'part_000000.csv');
    writeFileSync(csv, [
      'title,url,time_added,cursor,tags,status',
      `"Ferry back, at last",${server.url('/ferry')},1642060800,1,harbour|islands,unread`,
      `Museum,${server.url('/museum')},1642060801,2,,archive`,
      'Lost link,,1642060802,3,,unread',
      '',
    ].join('\n'));
    const added = await runCli(db, ['add', '--allow-private', csv]);
    // One row could not be read: the import goes on and says so, with a non-zero exit.
    expect(added.stderr).toContain(`${csv}:4: line 4: no url [malformed_input]`);
    expect(added.code).not.toBe(0);
    const { readings } = await cliJson<{ readings: { title: string; category: string; url: string; outlet: string; readCount: number }[] }>(db, ['list']);
    const byTitle = new Map(readings.map((r) => [r.title, r]));
    expect([...byTitle.keys()].sort()).toEqual(['Ferry returns to the harbour', 'Museum reopens its dinosaur hall']);
    expect(byTitle.get('Ferry returns to the harbour')).toMatchObject({ category: 'harbour', url: server.url('/ferry'), outlet: 'Harbour Post' });
    expect(byTitle.get('Museum reopens its dinosaur hall')!.category).toBe('harbour-post');
    // Archived in Pocket: read already; the rest is what the user has still to read.
    expect(byTitle.get('Museum reopens its dinosaur hall')!.readCount).toBe(1);
    expect(byTitle.get('Ferry returns to the harbour')!.readCount).toBe(0);
    expect((await cliJson<{ readings: { title: string }[] }>(db, ['list', '--unread'])).readings.map((r) => r.title)).toEqual(['Ferry returns to the harbour']);
  });
});

describe("Pocket's classic HTML export (ril_export.html)", () => {
  it('is the links it lists, each fetched and stored, not an article about them', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const file = join(dir, 'ril_export.html');
    writeFileSync(file, [
      '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Pocket Export</title></head><body>',
      `<h1>Unread</h1><ul><li><a href="${server.url('/ferry')}" time_added="1642060800" tags="islands">Ferry</a></li></ul>`,
      `<h1>Read Archive</h1><ul><li><a href="${server.url('/museum')}" time_added="1642060801" tags="">Museum</a></li></ul>`,
      '</body></html>',
    ].join('\n'));
    const added = await runCli(db, ['add', '--allow-private', file]);
    expect(added.code).toBe(0);
    const { readings } = await cliJson<{ readings: { title: string; category: string }[] }>(db, ['list']);
    expect(readings.map((r) => [r.title, r.category]).sort()).toEqual([['Ferry returns to the harbour', 'islands'], ['Museum reopens its dinosaur hall', 'harbour-post']]);
  });
});

describe('a JSONL item marked read', () => {
  it('is stored as read already; the others unread', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const file = join(dir, 'items.jsonl');
    const text = (subject: string) => `${subject} The council said on Monday that the work would take two years and cost the city about four million pounds in all.`;
    writeFileSync(file, [
      JSON.stringify({ title: 'Bridge repairs begin', text: text('Repairs to the old bridge began this week.'), read: true }),
      JSON.stringify({ title: 'Library extension approved', text: text('The library extension was approved by the planners.') }),
    ].join('\n'));
    expect((await runCli(db, ['add', file])).code).toBe(0);
    const { readings } = await cliJson<{ readings: { title: string; readCount: number }[] }>(db, ['list']);
    expect(readings.map((r) => [r.title, r.readCount]).sort()).toEqual([['Bridge repairs begin', 1], ['Library extension approved', 0]]);
  });
});
