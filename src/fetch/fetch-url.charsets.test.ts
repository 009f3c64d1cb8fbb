import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { fetchUrl } from './fetch-url.js';
import { sniffFormat } from './sniff.js';
import { bytesOf, hex, startServer, type TestServer } from '../../test/helpers/http-server.js';

// Encoded with Python's codecs, so the decoding side (Node's ICU) is checked against an
// independent encoder.
const RUSSIAN = 'Миротворцы ОДКБ покидают Казахстан';
const RUSSIAN_1251 = hex('cce8f0eef2e2eef0f6fb20cec4cac120efeeeae8e4e0fef220cae0e7e0f5f1f2e0ed');
const POLISH = 'Zażółć gęślą jaźń';
const POLISH_8859_2 = hex('5a61bff3b3e62067eab66cb1206a61bcf1');
const JAPANESE = '平和維持部隊がカザフスタンから撤収';
const JAPANESE_SJIS = hex('95bd986188db8e9d959491e082aa834a835583748358835e839382a982e793508efb');
// U+20000 is outside GBK: GB18030 encodes it in four bytes (95 32 82 36).
const CHINESE = '集体安全条约组织撤离哈萨克斯坦 𠀀€';
const CHINESE_GB18030 = hex('bcafcce5b0b2c8abccf5d4bcd7e9d6afb3b7c0ebb9fec8f8bfcbcbb9ccb92095328236a2e3');

const page = (head: string, title: Uint8Array): Buffer =>
  bytesOf(`<!DOCTYPE html><html><head>${head}<title>`, title, '</title></head><body><h1>', title, '</h1></body></html>');

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/cp1251': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(page('', RUSSIAN_1251)),
    '/latin2-meta': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('<meta charset="iso-8859-2">', POLISH_8859_2)),
    '/sjis': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }).end(page('', JAPANESE_SJIS)),
    '/gb18030-http-equiv': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end(page('<meta http-equiv="Content-Type" content="text/html; charset=gb18030">', CHINESE_GB18030)),
    '/utf8-plain': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`${RUSSIAN}\n`),
  });
});

afterAll(() => server.close());

async function fetchAndDecode(path: string) {
  const fetched = await fetchUrl(server.url(path), { allowPrivate: true });
  const format = sniffFormat(fetched.bytes, { contentType: fetched.contentType, label: fetched.url, maxBytes: 1e6 });
  return { format, ...decodeText(fetched.bytes, { contentType: fetched.contentType, format, label: fetched.url }) };
}

const titleOf = (html: string): string | undefined => /<title>(.*?)<\/title>/.exec(html)?.[1];

describe('fetched pages decode to the exact Unicode text', () => {
  it.each([
    ['/cp1251', RUSSIAN, 'windows-1251', 'Content-Type charset'],
    ['/latin2-meta', POLISH, 'iso-8859-2', '<meta charset> only'],
    ['/sjis', JAPANESE, 'shift_jis', 'Content-Type charset'],
    ['/gb18030-http-equiv', CHINESE, 'gb18030', '<meta http-equiv> only'],
  ])('%s → %s (%s, from %s)', async (path, expected, charset) => {
    const decoded = await fetchAndDecode(path);
    expect(decoded.format).toBe('html');
    expect(decoded.charset).toBe(charset);
    expect(titleOf(decoded.text)).toBe(expected);
    expect(decoded.text).toContain(`<h1>${expected}</h1>`);
  });

  it('decodes undeclared UTF-8 text', async () => {
    const decoded = await fetchAndDecode('/utf8-plain');
    expect(decoded).toEqual({ format: 'text', charset: 'utf-8', text: `${RUSSIAN}\n` });
  });
});
