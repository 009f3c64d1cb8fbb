import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from './fetch-url.js';
import { startServer, type TestServer } from '../../test/helpers/http-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/page': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('secret'),
    '/hop': (_req, res) => void res.writeHead(302, { location: `http://b.test:${server.port}/page` }).end(),
  });
});

afterAll(() => server.close());

/** A stand-in for DNS: each name resolves to the given addresses, and every query is recorded. */
function fakeDns(table: Record<string, string[]>) {
  const queries: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    queries.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, queries };
}

describe('SSRF guard (allowPrivate: false)', () => {
  const cases: [string, (port: number) => string, RegExp][] = [
    ['127.0.0.1', (p) => `http://127.0.0.1:${p}/page`, /refusing to fetch 127\.0\.0\.1: 127\.0\.0\.1 is a loopback address/],
    ['localhost', (p) => `http://localhost:${p}/page`, /refusing to fetch localhost \((127\.0\.0\.1|::1)\): .* is a loopback address/],
    ['10.0.0.1', (p) => `http://10.0.0.1:${p}/page`, /10\.0\.0\.1 is a private address/],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['[::1]', (p) => `http://[::1]:${p}/page`, /refusing to fetch ::1: ::1 is a loopback address/],
    ['[::ffff:127.0.0.1]', (p) => `http://[::ffff:127.0.0.1]:${p}/page`, /::ffff:7f00:1 is a loopback address/],
    ['decimal 2130706433', (p) => `http://2130706433:${p}/page`, /127\.0\.0\.1 is a loopback address/],
    ['0.0.0.0', (p) => `http://0.0.0.0:${p}/page`, /0\.0\.0\.0 is an unspecified address/],
    ['100.64.0.1', () => 'http://100.64.0.1/', /carrier-grade NAT/],
    ['[fd00::1]', () => 'https://[fd00::1]/', /fd00::1 is a unique-local address/],
  ];

  it.each(cases)('refuses %s without sending a request', async (_name, makeUrl, message) => {
    const url = makeUrl(server.port);
    const before = server.hits.length;
    await expect(fetchUrl(url, { allowPrivate: false })).rejects.toMatchObject({ code: 'private_address', message: expect.stringMatching(message), input: url });
    expect(server.hits.length).toBe(before);
  });

  it('checks the address a name resolves to', async () => {
    const dns = fakeDns({ 'news.test': ['127.0.0.1'] });
    const url = `http://news.test:${server.port}/page`;
    await expect(fetchUrl(url, { allowPrivate: false }, { resolve: dns.resolve })).rejects.toMatchObject({
      code: 'private_address',
      message: 'refusing to fetch news.test (127.0.0.1): 127.0.0.1 is a loopback address (allow with --allow-private)',
      input: url,
    });
    expect(dns.queries).toEqual(['news.test']);
    expect(server.hits).toHaveLength(0);
  });

  it('refuses a name when any of its addresses is private (DNS rebinding with mixed answers)', async () => {
    const dns = fakeDns({ 'mixed.test': ['93.184.216.34', '10.1.2.3'] });
    await expect(fetchUrl('http://mixed.test/', { allowPrivate: false }, { resolve: dns.resolve })).rejects.toMatchObject({
      code: 'private_address',
      message: expect.stringMatching(/mixed\.test \(10\.1\.2\.3\)/),
    });
  });
});

describe('every redirect hop goes through the guarded connection', () => {
  it('resolves each hop through the guarded lookup (allowPrivate: true)', async () => {
    const dns = fakeDns({ 'a.test': ['127.0.0.1'], 'b.test': ['127.0.0.1'] });
    const result = await fetchUrl(`http://a.test:${server.port}/hop`, { allowPrivate: true }, { resolve: dns.resolve });
    expect(result.url).toBe(`http://b.test:${server.port}/page`);
    expect(Buffer.from(result.bytes).toString()).toBe('secret');
    expect(dns.queries).toEqual(['a.test', 'b.test']);
  });
});
