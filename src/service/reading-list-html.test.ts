import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { countLinks, isLinkListHtml, readLinkListHtml } from './reading-list-html.js';

const tempDir = useTempDir();

const POCKET = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Pocket Export</title></head>
<body><h1>Unread</h1><ul>
<li><a href="https://news.example/ferry" time_added="1642060800" tags="harbour,islands">Ferry returns to the harbour</a></li>
<li><a href="mailto:someone@example.org" time_added="1642060801" tags="">Write to us</a></li>
</ul><h1>Read Archive</h1><ul>
<li><a href="https://news.example/museum" time_added="1642060802" tags="">Museum reopens its dinosaur hall</a></li>
</ul></body></html>`;

const NETSCAPE = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks Menu</H1>
<DL><p><DT><H3>News</H3><DL><p>
<DT><A HREF="https://news.example/elections" ADD_DATE="1642060800" TAGS="politics">Election results</A>
</DL><p></DL>`;

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('link lists exported as HTML', () => {
  it("are told by their first bytes: Pocket's export and a browser's bookmarks, not an article", async () => {
    expect(await isLinkListHtml(file('ril_export.html', POCKET))).toBe(true);
    expect(await isLinkListHtml(file('bookmarks.html', NETSCAPE))).toBe(true);
    expect(await isLinkListHtml(file('article.html', '<!doctype html><html><head><title>Pocket Export tips</title></head><body><p>How to export.</p></body></html>'))).toBe(false);
  });

  it('are the http(s) links they list, each with its title and first tag', async () => {
    const read = async (path: string) => {
      const out = [];
      for await (const s of readLinkListHtml(path, {})) if (s.kind === 'url') out.push({ url: s.url, title: s.hints.titleFallback, category: s.hints.category, read: s.hints.read, label: s.label.split('/').pop() });
      return out;
    };
    const pocket = file('ril_export.html', POCKET);
    expect(await read(pocket)).toEqual([
      { url: 'https://news.example/ferry', title: 'Ferry returns to the harbour', category: 'harbour', read: false, label: 'ril_export.html#1' },
      { url: 'https://news.example/museum', title: 'Museum reopens its dinosaur hall', category: null, read: true, label: 'ril_export.html#2' },
    ]);
    expect(await countLinks(pocket)).toBe(2);
    expect(await read(file('bookmarks.html', NETSCAPE))).toEqual([{ url: 'https://news.example/elections', title: 'Election results', category: 'politics', read: false, label: 'bookmarks.html#1' }]);
  });
});
