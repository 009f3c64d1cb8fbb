import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import type { InputSource } from './input-sources.js';
import { readReadingListCsv } from './reading-list-csv.js';

const tempDir = useTempDir();

async function read(csv: string): Promise<InputSource[]> {
  const path = join(tempDir(), 'export.csv');
  writeFileSync(path, csv);
  const out: InputSource[] = [];
  for await (const source of readReadingListCsv(path, {})) out.push(source);
  return out;
}

const brief = (s: InputSource) =>
  s.kind === 'url' ? { url: s.url, title: s.hints.titleFallback ?? null, category: s.hints.category ?? null, read: s.hints.read ?? false } : s.kind === 'invalid' ? { invalid: s.error.message } : s.kind;

describe('reading lists exported as CSV', () => {
  it("reads Pocket's export: title, url, its first tag as the category (tags split by |), quoted commas and all", async () => {
    const csv = [
      'title,url,time_added,cursor,tags,status',
      '"Troops leave, at last",https://news.example/troops?a=1&b=2,1642060800,7187623980,world|kazakhstan,unread',
      'Untitled,https://blog.example/post,1642060801,7187623981,,archive',
      '',
    ].join('\n');
    expect((await read(`\uFEFF${csv}`)).map(brief)).toEqual([
      { url: 'https://news.example/troops?a=1&b=2', title: 'Troops leave, at last', category: 'world', read: false },
      { url: 'https://blog.example/post', title: 'Untitled', category: null, read: true },
    ]);
  });

  it("reads Instapaper's export, whose own folders are no category", async () => {
    const csv = ['URL,Title,Selection,Folder,Timestamp', 'https://a.example/1,First,,Unread,1642060800', 'https://a.example/2,Second,,Elections,1642060801', 'https://a.example/3,Third,,Archive,1642060802'].join('\r\n');
    expect((await read(csv)).map(brief)).toEqual([
      { url: 'https://a.example/1', title: 'First', category: null, read: false },
      { url: 'https://a.example/2', title: 'Second', category: 'Elections', read: false },
      { url: 'https://a.example/3', title: 'Third', category: null, read: true },
    ]);
  });

  it('reports a row without an http(s) address by its line, and a file without a url column once', async () => {
    const rows = await read(['title,url', 'Good,https://a.example/ok', 'Bad,ftp://a.example/x', 'Empty,'].join('\n'));
    expect(rows.map(brief)).toEqual([
      { url: 'https://a.example/ok', title: 'Good', category: null, read: false },
      { invalid: 'line 3: not an http(s) URL: ftp://a.example/x' },
      { invalid: 'line 4: no url' },
    ]);
    expect((await read('name,price\nlamp,10\nchair,20\n')).map(brief)).toEqual([{ invalid: 'no url column (the header names: name, price)' }]);
  });

  it('keeps the rows read before a broken quote and reports the rest', async () => {
    const rows = await read(['title,url', 'Good,https://a.example/ok', '"Broken,https://a.example/no', 'More,https://a.example/more'].join('\n'));
    expect(rows[0]).toMatchObject({ kind: 'url', url: 'https://a.example/ok' });
    expect(rows.at(-1)).toMatchObject({ kind: 'invalid' });
    expect(brief(rows.at(-1)!)).toMatchObject({ invalid: expect.stringMatching(/^unreadable CSV/) });
  });
});
