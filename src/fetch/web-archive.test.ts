import { describe, expect, it } from 'vitest';
import { ARCHIVED_URL, mhtmlOf } from '../../test/helpers/mhtml.js';
import type { RawInput } from '../domain/types.js';
import { isWebArchive, readableInput, withArchivedPage } from './web-archive.js';

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>Troops leave Kazakhstan</title></head><body><article><p>Kazakhstan’s president said the CSTO’s troops — more than 2,000 of them — would leave within ten days, a pullout “of a few days”.</p></article></body></html>';
const raw = (text: string, contentType: string | null = null): RawInput => ({ bytes: new TextEncoder().encode(text), contentType, url: null, label: 'saved.mhtml' });

describe('web archives (MHTML)', () => {
  it('are told by their opening MIME headers or their declared type, not by a page that quotes the headers', () => {
    expect(isWebArchive(raw(mhtmlOf(PAGE)))).toBe(true);
    expect(isWebArchive(raw('whatever', 'multipart/related; boundary=x'))).toBe(true);
    expect(isWebArchive(raw(PAGE))).toBe(false);
    expect(isWebArchive(raw(`<html><body><pre>MIME-Version: 1.0\nContent-Type: multipart/related</pre></body></html>`))).toBe(false);
    expect(isWebArchive(raw(`Subject: a note\n\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=x`))).toBe(false);
  });

  it('give their page decoded (quoted-printable, soft line breaks) and its address, and keep their own bytes', async () => {
    const input = raw(mhtmlOf(PAGE));
    const out = await withArchivedPage(input);
    expect(out.bytes).toBe(input.bytes);
    expect(out.url).toBe(ARCHIVED_URL);
    const page = new TextDecoder().decode(out.page!.bytes);
    expect(page).toBe(PAGE);
    expect(out.page!.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(readableInput(out).bytes)).toBe(PAGE);
  });

  it("decode their page in the charset its part or the page itself declares", async () => {
    // "Привет, мир" in windows-1251, as Chrome keeps a page's own encoding.
    const cyrillic = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="windows-1251"></head><body><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0, ...new TextEncoder().encode('</p></body></html>')]);
    for (const partType of ['text/html', 'text/html; charset=windows-1251']) {
      const out = await withArchivedPage(raw(mhtmlOf(cyrillic, ARCHIVED_URL, partType)));
      expect(new TextDecoder().decode(out.page!.bytes)).toContain('<p>Привет, мир</p>');
    }
  });

  it('keep the address an input was fetched from, and take none but http(s) from the archive', async () => {
    expect((await withArchivedPage({ ...raw(mhtmlOf(PAGE)), url: 'https://mirror.example/a.mhtml' })).url).toBe('https://mirror.example/a.mhtml');
    expect((await withArchivedPage(raw(mhtmlOf(PAGE, 'file:///home/me/saved.html')))).url).toBeNull();
  });

  it('leave anything else, and an archive without a page, as they are', async () => {
    const page = raw(PAGE, 'text/html');
    expect(await withArchivedPage(page)).toBe(page);
    const noPage = raw('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n');
    const out = await withArchivedPage(noPage);
    expect(out.page).toBeUndefined();
    expect(readableInput(out)).toBe(out);
  });
});
