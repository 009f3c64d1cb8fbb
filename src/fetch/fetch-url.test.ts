import { gzipSync, brotliCompressSync, deflateSync, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadingsError } from '../domain/errors.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { sleep, startServer, type TestServer } from '../../test/helpers/http-server.js';

const PAGE = '<!doctype html><html><head><title>CSTO leaves</title></head><body><p>Troops leave Kazakhstan.</p></body></html>';
const local: FetchOptions = { allowPrivate: true };

let server: TestServer;

beforeAll(async () => {
  const redirect = (to: string, status = 302) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(status, { location: to }).end();
  };
  const chain: Record<string, ReturnType<typeof redirect>> = {};
  for (let i = 1; i <= 6; i++) chain[`/chain/${i}`] = redirect(i === 1 ? '/page' : `/chain/${i - 1}`);
  server = await startServer({
    '/page': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-test': 'yes' }).end(PAGE);
    },
    '/not-found': (_req, res) => void res.writeHead(404).end('gone'),
    '/broken': (_req, res) => void res.writeHead(500).end('oops'),
    '/slow-headers': async (_req, res) => {
      await sleep(2000);
      res.writeHead(200).end('late');
    },
    '/slow-body': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 20 && !res.destroyed; i++) {
        res.write('tick\n');
        await sleep(100);
      }
      res.end();
    },
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a#again', 301),
    ...chain,
    '/relative': redirect('page?from=relative', 307),
    '/to-ftp': redirect('ftp://example.com/file'),
    '/no-location': (_req, res) => void res.writeHead(302).end(),
    '/big-declared': (_req, res) => void res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
    '/big-chunked': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 100 && !res.destroyed; i++) {
        res.write('y'.repeat(1024));
        await sleep(1);
      }
      res.end();
    },
    '/gzip-bomb': (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x20)));
    },
    '/gzip': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
    '/br': (_req, res) => void res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(PAGE)),
    '/deflate': (_req, res) => void res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(PAGE)),
    '/deflate-raw': (_req, res) => void res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync(PAGE)),
    '/empty-gzip': (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': '0' }).end(),
    '/bad-gzip': (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all'),
    '/cached': (req, res) => {
      const validators = { etag: '"v1"', 'last-modified': 'Wed, 12 Jan 2022 09:51:00 GMT' };
      if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === validators['last-modified']) {
        res.writeHead(304, { etag: '"v1"' }).end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html', ...validators }).end(PAGE);
      }
    },
    '/always-304': (_req, res) => void res.writeHead(304).end(),
  });
});

afterAll(() => server.close());

describe('fetchUrl: a normal page', () => {
  it('returns the bytes, status, headers and final URL, and identifies itself', async () => {
    const result = await fetchUrl(server.url('/page'), local);
    expect(Buffer.from(result.bytes).toString('utf8')).toBe(PAGE);
    expect(result).toMatchObject({
      url: server.url('/page'),
      status: 200,
      notModified: false,
      contentType: 'text/html; charset=utf-8',
      redirects: [],
      etag: null,
    });
    expect(result.headers['x-test']).toBe('yes');
    const sent = server.hits.at(-1)?.headers;
    expect(sent?.['user-agent']).toBe('Readings/0.1 (+https://github.com/readings; self-hosted news reader)');
    expect(sent?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent?.accept).toMatch(/^text\/html/);
  });

  it('sends the user agent and accept header it is given', async () => {
    await fetchUrl(server.url('/page'), { ...local, userAgent: 'TestAgent/1', accept: 'application/rss+xml' });
    expect(server.hits.at(-1)?.headers['user-agent']).toBe('TestAgent/1');
    expect(server.hits.at(-1)?.headers.accept).toBe('application/rss+xml');
  });
});

describe('fetchUrl: URLs it refuses before connecting', () => {
  it.each([
    ['not a url', 'invalid_url', /not a valid URL/],
    ['example.com/news', 'invalid_url', /did you mean https:\/\/example\.com\/news/],
    ['ftp://example.com/file.txt', 'unsupported_scheme', /only http and https.*ftp:/],
    ['file:///etc/passwd', 'unsupported_scheme', /file:/],
  ])('%s → %s', async (url, code, message) => {
    const err = await fetchUrl(url, local).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadingsError);
    expect(err).toMatchObject({ code, input: url, message: expect.stringMatching(message) });
  });
});

describe('fetchUrl: HTTP errors', () => {
  it.each([
    ['/not-found', 'HTTP 404 Not Found'],
    ['/broken', 'HTTP 500 Internal Server Error'],
  ])('%s → fetch_http_error "%s"', async (path, message) => {
    const url = server.url(path);
    await expect(fetchUrl(url, local)).rejects.toMatchObject({ code: 'fetch_http_error', message, input: url });
  });
});

describe('fetchUrl: timeouts', () => {
  it('gives up on slow headers after the total timeout', async () => {
    const url = server.url('/slow-headers');
    const started = Date.now();
    await expect(fetchUrl(url, { ...local, totalTimeoutMs: 300 })).rejects.toMatchObject({
      code: 'fetch_timeout',
      message: expect.stringMatching(/within 300 ms \(total timeout\)/),
      input: url,
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('counts the body in the total timeout', async () => {
    const url = server.url('/slow-body');
    await expect(fetchUrl(url, { ...local, totalTimeoutMs: 300 })).rejects.toMatchObject({
      code: 'fetch_timeout',
      message: expect.stringMatching(/total timeout/),
    });
  });

  it('reports a connect timeout when the connection never opens', async () => {
    const url = 'http://hangs.test/';
    const never = () => new Promise<never>(() => {});
    await expect(fetchUrl(url, { ...local, connectTimeoutMs: 200 }, { resolve: never })).rejects.toMatchObject({
      code: 'fetch_timeout',
      message: 'could not connect to hangs.test within 200 ms (connect timeout)',
      input: url,
    });
  });
});

describe('fetchUrl: unreachable hosts', () => {
  it('reports a refused connection', async () => {
    const closed = await startServer({});
    const url = closed.url('/');
    await closed.close();
    await expect(fetchUrl(url, local)).rejects.toMatchObject({
      code: 'fetch_unreachable',
      message: expect.stringMatching(/connection to 127\.0\.0\.1:\d+ refused/),
      input: url,
    });
  });

  it('reports a DNS failure', async () => {
    const notFound = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    await expect(fetchUrl('https://no-such-host.test/a', local, { resolve: notFound })).rejects.toMatchObject({
      code: 'fetch_unreachable',
      message: 'could not resolve host no-such-host.test',
    });
  });
});

describe('fetchUrl: redirects', () => {
  it('follows up to maxRedirects hops and reports the chain', async () => {
    const result = await fetchUrl(server.url('/chain/5'), local);
    expect(result.url).toBe(server.url('/page'));
    expect(result.redirects).toEqual([5, 4, 3, 2, 1].map((i) => server.url(`/chain/${i}`)));
    expect(Buffer.from(result.bytes).toString()).toBe(PAGE);
  });

  it('refuses a 6-redirect chain with the default limit of 5', async () => {
    const url = server.url('/chain/6');
    await expect(fetchUrl(url, local)).rejects.toMatchObject({
      code: 'fetch_too_many_redirects',
      message: expect.stringMatching(/too many redirects \(more than 5\)/),
      input: url,
    });
    // The sixth redirect is never followed: /page is not requested.
    const paths = server.hits.map((h) => h.path);
    expect(paths.slice(-6)).toEqual(['/chain/6', '/chain/5', '/chain/4', '/chain/3', '/chain/2', '/chain/1']);
  });

  it('honours a lower maxRedirects', async () => {
    await expect(fetchUrl(server.url('/chain/2'), { ...local, maxRedirects: 1 })).rejects.toMatchObject({ code: 'fetch_too_many_redirects' });
    await expect(fetchUrl(server.url('/chain/1'), { ...local, maxRedirects: 1 })).resolves.toMatchObject({ status: 200 });
  });

  it('names a redirect loop as one', async () => {
    const url = server.url('/loop-a');
    await expect(fetchUrl(url, local)).rejects.toMatchObject({
      code: 'fetch_too_many_redirects',
      message: expect.stringMatching(/^redirect loop: .*\/loop-b redirects back to .*\/loop-a/),
      input: url,
    });
  });

  it('resolves a relative Location against the current URL', async () => {
    const result = await fetchUrl(server.url('/relative'), local);
    expect(result.url).toBe(server.url('/page?from=relative'));
    expect(result.redirects).toEqual([server.url('/relative')]);
  });

  it('refuses a redirect to a non-http scheme, and one without a Location', async () => {
    await expect(fetchUrl(server.url('/to-ftp'), local)).rejects.toMatchObject({ code: 'unsupported_scheme', message: expect.stringMatching(/redirect to ftp:/) });
    await expect(fetchUrl(server.url('/no-location'), local)).rejects.toMatchObject({
      code: 'fetch_http_error',
      message: 'HTTP 302 Found without a Location header',
    });
  });
});

describe('fetchUrl: size cap', () => {
  it('refuses up front when Content-Length is over maxBytes', async () => {
    const url = server.url('/big-declared');
    await expect(fetchUrl(url, { ...local, maxBytes: 1000 })).rejects.toMatchObject({
      code: 'input_too_large',
      message: 'response (Content-Length) is 4.9 KB, over the 1000 bytes limit',
      input: url,
    });
  });

  it('stops reading a chunked body once it passes maxBytes', async () => {
    await expect(fetchUrl(server.url('/big-chunked'), { ...local, maxBytes: 10_000 })).rejects.toMatchObject({
      code: 'input_too_large',
      message: expect.stringMatching(/^response body is over the 9\.8 KB limit \(stopped reading at 10 KB\)$/),
    });
  });

  it('caps the decompressed size, not the compressed one (gzip bomb)', async () => {
    await expect(fetchUrl(server.url('/gzip-bomb'), { ...local, maxBytes: 100_000 })).rejects.toMatchObject({ code: 'input_too_large' });
  });
});

describe('fetchUrl: content encodings', () => {
  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decodes %s', async (path) => {
    const result = await fetchUrl(server.url(path), local);
    expect(Buffer.from(result.bytes).toString('utf8')).toBe(PAGE);
  });

  it('passes an empty body labelled gzip through as empty', async () => {
    expect((await fetchUrl(server.url('/empty-gzip'), local)).bytes).toHaveLength(0);
  });

  it('reports a corrupt gzip body', async () => {
    await expect(fetchUrl(server.url('/bad-gzip'), local)).rejects.toMatchObject({
      code: 'malformed_input',
      message: expect.stringMatching(/could not decompress/),
    });
  });
});

describe('fetchUrl: conditional GET', () => {
  it('returns the validators, then notModified for a matching ETag', async () => {
    const first = await fetchUrl(server.url('/cached'), local);
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"', lastModified: 'Wed, 12 Jan 2022 09:51:00 GMT' });

    const second = await fetchUrl(server.url('/cached'), { ...local, etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true, etag: '"v1"', lastModified: 'Wed, 12 Jan 2022 09:51:00 GMT' });
    expect(second.bytes).toHaveLength(0);
    expect(server.hits.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(server.hits.at(-1)?.headers['if-modified-since']).toBe('Wed, 12 Jan 2022 09:51:00 GMT');
  });

  it('treats a 304 to an unconditional request as an error', async () => {
    await expect(fetchUrl(server.url('/always-304'), local)).rejects.toMatchObject({ code: 'fetch_http_error', message: expect.stringMatching(/^HTTP 304/) });
  });
});
