import { describe, expect, it } from 'vitest';
import { ARCHIVED_URL, emlOf, mhtmlOf } from '../../test/helpers/mime.js';
import type { RawInput } from '../domain/types.js';
import { mimeKind, readableInput, withMimePage } from './mime-input.js';

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>Troops leave Kazakhstan</title></head><body><article><p>Kazakhstan’s president said the CSTO’s troops — more than 2,000 of them — would leave within ten days, a pullout “of a few days”.</p></article></body></html>';
const raw = (text: string, contentType: string | null = null): RawInput => ({ bytes: new TextEncoder().encode(text), contentType, url: null, label: 'saved.mhtml' });

describe('web archives (MHTML)', () => {
  it('are told by their opening MIME headers or their declared type, not by a page that quotes the headers', () => {
    expect(mimeKind(raw(mhtmlOf(PAGE)))).toBe('archive');
    expect(mimeKind(raw('whatever', 'multipart/related; boundary=x'))).toBe('archive');
    expect(mimeKind(raw(PAGE))).toBeNull();
    expect(mimeKind(raw(`<html><body><pre>MIME-Version: 1.0\nContent-Type: multipart/related</pre></body></html>`))).toBeNull();
    expect(mimeKind(raw(`Subject: a note\n\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=x`))).toBeNull();
  });

  it('give their page decoded (quoted-printable, soft line breaks) and its address, and keep their own bytes', async () => {
    const input = raw(mhtmlOf(PAGE));
    const out = await withMimePage(input);
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
      const out = await withMimePage(raw(mhtmlOf(cyrillic, ARCHIVED_URL, partType)));
      expect(new TextDecoder().decode(out.page!.bytes)).toContain('<p>Привет, мир</p>');
    }
  });

  it('keep the address an input was fetched from, and take none but http(s) from the archive', async () => {
    expect((await withMimePage({ ...raw(mhtmlOf(PAGE)), url: 'https://mirror.example/a.mhtml' })).url).toBe('https://mirror.example/a.mhtml');
    expect((await withMimePage(raw(mhtmlOf(PAGE, 'file:///home/me/saved.html')))).url).toBeNull();
  });

  it('leave anything else, and an archive without a page, as they are', async () => {
    const page = raw(PAGE, 'text/html');
    expect(await withMimePage(page)).toBe(page);
    const noPage = raw('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n');
    const out = await withMimePage(noPage);
    expect(out.page).toBeUndefined();
    expect(readableInput(out)).toBe(out);
  });
});

describe('emails (.eml)', () => {
  const html = '<html><body><table><tr><td><h1>Troops leave Kazakhstan</h1><p>Russia’s troops began to leave on Thursday.</p></td></tr></table></body></html>';

  it('are told by their declared type or a sender, a subject and a date in their opening headers', () => {
    expect(mimeKind(raw(emlOf(html, 'Troops leave.')))).toBe('email');
    expect(mimeKind(raw('anything', 'message/rfc822'))).toBe('email');
    expect(mimeKind(raw('From: the desk\nTo: everyone\n\nA memo without a subject or a date.'))).toBeNull();
    expect(mimeKind(raw('Dear reader,\nFrom: the desk\nSubject: news\nDate: today'))).toBeNull();
  });

  it('give their HTML body, or else their text, with the subject, the sender and the day as the page\'s details', async () => {
    const out = await withMimePage(raw(emlOf(html, 'Troops leave.', 'Kazakhstan’s troops leave')));
    expect(new TextDecoder().decode(out.page!.bytes)).toBe(html);
    expect(out.page!.contentType).toBe('text/html; charset=utf-8');
    expect(out.page!.details).toEqual({ title: 'Kazakhstan’s troops leave', outlet: 'The Daily Brief', published: '2022-01-13T12:05:00.000Z' });
    expect(out.url).toBeNull();
    const plain = 'From: Desk <desk@example.org>\r\nSubject: Morning notes\r\nDate: Fri, 14 Jan 2022 06:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGood morning. Three things today.\r\n';
    const text = await withMimePage(raw(plain));
    expect(new TextDecoder().decode(text.page!.bytes).trim()).toBe('Good morning. Three things today.');
    expect(text.page!.contentType).toBe('text/plain; charset=utf-8');
    expect(text.page!.details?.title).toBe('Morning notes');
  });
});
