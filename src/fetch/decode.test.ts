import { describe, expect, it } from 'vitest';
import { decodeText, type DecodeOptions } from './decode.js';
import { bytesOf, hex } from '../../test/helpers/http-server.js';
import { failure } from '../../test/helpers/failure.js';

const RUSSIAN = 'Миротворцы ОДКБ покидают Казахстан';
const RUSSIAN_1251 = hex('cce8f0eef2e2eef0f6fb20cec4cac120efeeeae8e4e0fef220cae0e7e0f5f1f2e0ed');
const html: DecodeOptions = { contentType: null, format: 'html', label: 'page.html' };
const text: DecodeOptions = { contentType: null, format: 'text', label: 'dump.txt' };


describe('decodeText: where the charset comes from', () => {
  const metaPage = bytesOf('<html><head><meta charset="windows-1251"><title>', RUSSIAN_1251, '</title></head></html>');

  it('reads windows-1251 bytes declared by <meta charset>', () => {
    const { text: decoded, charset } = decodeText(metaPage, html);
    expect(charset).toBe('windows-1251');
    expect(decoded).toBe(`<html><head><meta charset="windows-1251"><title>${RUSSIAN}</title></head></html>`);
  });

  it('ignores <meta> for text inputs (falls back to UTF-8, and says the bytes are not UTF-8)', () => {
    expect(failure(() => decodeText(metaPage, text)).code).toBe('invalid_encoding');
  });

  it('prefers the Content-Type charset over <meta>', () => {
    const latin1Meta = bytesOf('<meta charset="iso-8859-1"><p>', RUSSIAN_1251);
    expect(decodeText(latin1Meta, { ...html, contentType: 'text/html; charset="windows-1251"' })).toEqual({
      text: `<meta charset="iso-8859-1"><p>${RUSSIAN}`,
      charset: 'windows-1251',
    });
  });

  it('prefers a BOM over the Content-Type charset, and strips it', () => {
    const utf8Bom = bytesOf(hex('efbbbf'), Buffer.from('Привет', 'utf8'));
    expect(decodeText(utf8Bom, { ...text, contentType: 'text/plain; charset=windows-1251' })).toEqual({ text: 'Привет', charset: 'utf-8' });
    const utf16le = bytesOf(hex('fffe'), Buffer.from('Привет', 'utf16le'));
    expect(decodeText(utf16le, text)).toEqual({ text: 'Привет', charset: 'utf-16le' });
    const utf16be = bytesOf(hex('feff'), Buffer.from('Привет', 'utf16le').swap16());
    expect(decodeText(utf16be, text)).toEqual({ text: 'Привет', charset: 'utf-16be' });
  });

  it('lets an explicit charset override everything', () => {
    const declaredWrong = bytesOf('<meta charset="utf-8">', RUSSIAN_1251);
    expect(decodeText(declaredWrong, { ...html, contentType: 'text/html; charset=utf-8', charset: 'cp1251' }).text).toBe(`<meta charset="utf-8">${RUSSIAN}`);
  });

  it('defaults to UTF-8', () => {
    expect(decodeText(Buffer.from('Żółć – “quoted”', 'utf8'), text)).toEqual({ text: 'Żółć – “quoted”', charset: 'utf-8' });
  });

  it('maps labels as WHATWG does (iso-8859-1 is windows-1252)', () => {
    expect(decodeText(hex('93 71 75 6f 74 65 64 94'), { ...text, charset: 'iso-8859-1' })).toEqual({ text: '“quoted”', charset: 'windows-1252' });
  });
});

describe('decodeText: failures', () => {
  it('reports invalid UTF-8 with the byte offset and a hint', () => {
    const bytes = bytesOf('Hello, ', hex('ff'), ' world');
    const err = failure(() => decodeText(bytes, text));
    expect(err.code).toBe('invalid_encoding');
    expect(err.input).toBe('dump.txt');
    expect(err.message).toBe('not valid UTF-8 at byte offset 7 (0xFF); no charset is declared, so UTF-8 was assumed: declare a charset or pass --charset');
  });

  it('reports invalid UTF-8 when UTF-8 was declared, naming the declaration', () => {
    const bytes = bytesOf('<p>', RUSSIAN_1251);
    const err = failure(() => decodeText(bytes, { ...html, contentType: 'text/html; charset=utf-8' }));
    expect(err.message).toMatch(/^not valid UTF-8 at byte offset 3 \(0xCC\); UTF-8 per the Content-Type header/);
  });

  it('reports UTF-16 that a byte-order mark announces but the bytes break (an odd byte, a lone surrogate)', () => {
    const odd = failure(() => decodeText(bytesOf(hex('fffe'), 'garbage'), text));
    expect(odd).toMatchObject({ code: 'invalid_encoding', input: 'dump.txt' });
    expect(odd.message).toBe('not valid UTF-16LE per a byte-order mark (an odd byte or a broken surrogate pair): declare a charset or pass --charset');
    expect(failure(() => decodeText(hex('feff d800 0041'.replace(/ /g, '')), text)).message).toMatch(/^not valid UTF-16BE per a byte-order mark/);
  });

  it('rejects unknown charset labels', () => {
    const err = failure(() => decodeText(Buffer.from('abc'), { ...text, contentType: 'text/plain; charset=klingon' }));
    expect(err).toMatchObject({ code: 'invalid_encoding', message: expect.stringMatching(/unknown charset "klingon" \(from the Content-Type header\)/) });
    expect(failure(() => decodeText(Buffer.from('abc'), { ...text, charset: 'nope' })).message).toMatch(/unknown charset "nope" \(from the --charset option\)/);
  });
});
