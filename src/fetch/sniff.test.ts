import { describe, expect, it } from 'vitest';
import { looksLikeFeed, sniffFormat, type SniffOptions } from './sniff.js';
import { bytesOf, hex } from '../../test/helpers/http-server.js';
import { failure } from '../../test/helpers/failure.js';

const opts: SniffOptions = { contentType: null, label: 'input.bin', maxBytes: 1024 * 1024 };
const sniff = (input: string | Uint8Array, options: Partial<SniffOptions> = {}) =>
  sniffFormat(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, { ...opts, ...options });


describe('sniffFormat: refusals', () => {
  it('refuses zero bytes and whitespace-only input', () => {
    expect(failure(() => sniff(''))).toMatchObject({ code: 'empty_input', message: 'empty input (0 bytes)', input: 'input.bin' });
    expect(failure(() => sniff(' \n\t\r\n  '))).toMatchObject({ code: 'empty_input', message: 'input is only whitespace (7 bytes)' });
    expect(failure(() => sniff('\uFEFF \u00A0\u3000\n')).code).toBe('empty_input');
    // Unicode spaces for longer than one probe of the decoder, a character split across two probes, then a word or none.
    expect(failure(() => sniff(` ${'\u3000'.repeat(1500)}\n`)).code).toBe('empty_input');
    expect(sniff(` ${'\u3000'.repeat(1500)}word`)).toBe('text');
    expect(failure(() => sniff(bytesOf(hex('fffe'), Buffer.from(' \n', 'utf16le')))).code).toBe('empty_input');
  });

  it('refuses input over maxBytes, giving the size and the limit', () => {
    expect(failure(() => sniff('x'.repeat(3000), { maxBytes: 2048 }))).toMatchObject({
      code: 'input_too_large',
      message: 'input is 2.9 KB, over the 2 KB limit',
    });
  });

  it.each([
    ['PNG', hex('89504e470d0a1a0a 0000000d49484452')],
    ['JPEG', hex('ffd8ffe000104a464946')],
    ['GIF', bytesOf('GIF89a', hex('0100010080'))],
    ['WEBP', bytesOf('RIFF', hex('24000000'), 'WEBPVP8 ')],
    ['PDF', bytesOf('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj')],
    ['ZIP', bytesOf(hex('504b0304140000000800'), 'some/file.txt')],
    ['EPUB', bytesOf(hex('504b03040a0000000000'), 'x'.repeat(20), 'mimetypeapplication/epub+zip')],
    ['DOCX', bytesOf(hex('504b0304140006000800'), 'x'.repeat(20), '[Content_Types].xml', 'word/document.xml')],
    ['GZIP', hex('1f8b0800000000000003')],
    ['7z', hex('377abcaf271c0004')],
    ['RAR', bytesOf('Rar!', hex('1a0700'))],
    ['ELF executable', bytesOf(hex('7f454c46020101'), 'abc')],
    ['MP3', bytesOf('ID3', hex('0400'), 'abc')],
    ['MP4', bytesOf(hex('00000020'), 'ftypisom')],
  ])('refuses %s by its magic number', (name, bytes) => {
    expect(failure(() => sniff(bytes))).toMatchObject({ code: 'binary_input', message: `binary file (${name}), not an article` });
  });

  it('says how to read a ZIP archive of reading lists (Pocket exports one)', () => {
    const entry = (name: string): Uint8Array => {
      const header = new Uint8Array(30);
      header.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
      header[26] = name.length;
      return bytesOf(header, name, 'title,url\n');
    };
    expect(failure(() => sniff(entry('part_000000.csv'))).message).toBe(
      'binary file (ZIP), not an article: an archive holding part_000000.csv; unzip it and add the files inside (a reading-list .csv is read as its links)',
    );
    expect(failure(() => sniff(entry('photo.jpg'))).message).toBe('binary file (ZIP), not an article');
  });

  it('refuses NUL bytes and control-character soup', () => {
    expect(failure(() => sniff(bytesOf('Plain looking', hex('00'), 'text')))).toMatchObject({
      code: 'binary_input',
      message: 'binary file (contains NUL bytes), not an article',
    });
    const soup = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 + (i % 7) : 0x61));
    expect(failure(() => sniff(soup)).message).toBe('binary file (25% control characters), not an article');
  });

  it('refuses a binary Content-Type when the bytes do not say', () => {
    expect(failure(() => sniff('hello', { contentType: 'application/pdf' })).message).toBe('binary file (application/pdf per Content-Type), not an article');
  });
});

describe('sniffFormat: html or text', () => {
  it('trusts an HTML content type', () => {
    expect(sniff('just words', { contentType: 'text/html; charset=utf-8' })).toBe('html');
    expect(sniff('just words', { contentType: 'application/xhtml+xml' })).toBe('html');
  });

  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>'],
    ['\n\n  <html lang="en"><p>x'],
    ['<!-- saved page --><!doctype html>\n<title>x</title>'],
    ['<head><title>x</title></head>'],
    ['<BODY>x</BODY>'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml">'],
    ['<p>First paragraph of the story.</p>\n<p>Second paragraph.</p>\n<p>Third, with a <a href="/x">link</a>.</p>'],
  ])('reads %j as html', (input) => {
    expect(sniff(input, { contentType: 'text/plain' })).toBe('html');
  });

  it('reads HTML starting after a UTF-8 or UTF-16 BOM as html', () => {
    expect(sniff(bytesOf(hex('efbbbf'), '<!doctype html><p>x'))).toBe('html');
    expect(sniff(bytesOf(hex('fffe'), Buffer.from('<!doctype html><p>Привет', 'utf16le')))).toBe('html');
  });

  it.each([
    ['China Forces Russia To Pull Out Of Kazakhstan\n\nThe CSTO force began leaving on January 13.\n'],
    ['A story that mentions the <p> tag once, in passing, is still a text.'],
    ['<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title></feed>'],
  ])('reads %j as text', (input) => {
    expect(sniff(input)).toBe('text');
  });

  it('reads UTF-16 text with a BOM as text, NUL bytes and all', () => {
    expect(sniff(bytesOf(hex('fffe'), Buffer.from('Миротворцы ОДКБ покидают Казахстан', 'utf16le')))).toBe('text');
    expect(sniff(bytesOf(hex('feff'), Buffer.from('Peacekeepers leave', 'utf16le').swap16()))).toBe('text');
  });

  it('reads windows-1251 text as text (high bytes are not control characters)', () => {
    expect(sniff(hex('cce8f0eef2e2eef0f6fb20cec4cac120efeeeae8e4e0fef220cae0e7e0f5f1f2e0ed'))).toBe('text');
  });
});

describe('looksLikeFeed', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', true],
    ['\uFEFF<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', true],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', true],
    ['<?xml version="1.0"?><!DOCTYPE rss PUBLIC "x" "y"><rss>', true],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', false],
    ['<!doctype html><p>rss feed</p>', false],
    ['<rsstitle>', false],
  ])('%j → %s', (input, expected) => {
    expect(looksLikeFeed(Buffer.from(input, 'utf8'))).toBe(expected);
  });
});
