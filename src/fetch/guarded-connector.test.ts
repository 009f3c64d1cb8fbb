import type { LookupAddress } from 'node:dns';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadingsError } from '../domain/errors.js';
import { createGuardedConnector, createGuardedLookup, type Resolver } from './guarded-connector.js';
import { startServer, type TestServer } from '../../test/helpers/http-server.js';

const fixed = (...addresses: string[]): Resolver => async () =>
  addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));

function lookup(resolve: Resolver, allowPrivate: boolean, options: { all?: boolean; family?: number }) {
  return new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((done) => {
    createGuardedLookup(resolve, allowPrivate)('host.test', options, (err, address, family) => done({ err, address, family }));
  });
}

describe('createGuardedLookup', () => {
  it('hands back public addresses in the shape net.connect asks for', async () => {
    expect(await lookup(fixed('93.184.216.34', '2606:2800:220:1::1'), false, { all: true })).toMatchObject({
      err: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1::1', family: 6 },
      ],
    });
    expect(await lookup(fixed('93.184.216.34'), false, {})).toMatchObject({ err: null, address: '93.184.216.34', family: 4 });
    expect(await lookup(fixed('93.184.216.34', '2606:2800:220:1::1'), false, { family: 6 })).toMatchObject({ address: '2606:2800:220:1::1', family: 6 });
  });

  it('refuses a private answer unless allowPrivate', async () => {
    const refused = await lookup(fixed('192.168.0.10'), false, { all: true });
    expect(refused.err).toBeInstanceOf(ReadingsError);
    expect(refused.err).toMatchObject({ code: 'private_address', message: expect.stringMatching(/host\.test \(192\.168\.0\.10\)/) });
    expect(await lookup(fixed('192.168.0.10'), true, { all: true })).toMatchObject({ err: null, address: [{ address: '192.168.0.10' }] });
  });

  it('fails like DNS when no address of the wanted family exists', async () => {
    const { err } = await lookup(fixed('93.184.216.34'), false, { family: 6 });
    expect(err?.code).toBe('ENOTFOUND');
  });
});

describe('createGuardedConnector', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({});
  });
  afterAll(() => server.close());

  const connectWith = (connector: ReturnType<typeof createGuardedConnector>, hostname: string, port: string) =>
    new Promise<{ err: Error | null; socket: Socket | null }>((done) => {
      connector({ hostname, protocol: 'http:', port }, (err, socket) => done({ err, socket }));
    });

  it('refuses an IP-literal host before connecting', async () => {
    const connector = createGuardedConnector({ allowPrivate: false, connectTimeoutMs: 1000 });
    for (const host of ['169.254.169.254', '127.0.0.1', '::1', '::ffff:7f00:1', '10.0.0.1']) {
      const { err, socket } = await connectWith(connector, host, String(server.port));
      expect(err, host).toMatchObject({ code: 'private_address' });
      expect(socket).toBeNull();
    }
  });

  it('refuses a name that resolves to the metadata address', async () => {
    const queried: string[] = [];
    const resolve: Resolver = async (name) => {
      queried.push(name);
      return [{ address: '169.254.169.254', family: 4 }];
    };
    const connector = createGuardedConnector({ allowPrivate: false, connectTimeoutMs: 1000, resolve });
    const { err } = await connectWith(connector, 'metadata.test', '80');
    expect(err).toMatchObject({ code: 'private_address', message: expect.stringMatching(/metadata\.test \(169\.254\.169\.254\): 169\.254\.169\.254 is a link-local address/) });
    expect(queried).toEqual(['metadata.test']);
  });

  it('connects when allowPrivate', async () => {
    const connector = createGuardedConnector({ allowPrivate: true, connectTimeoutMs: 1000, resolve: fixed('127.0.0.1') });
    const { err, socket } = await connectWith(connector, 'local.test', String(server.port));
    expect(err).toBeNull();
    expect(socket?.remoteAddress).toBe('127.0.0.1');
    socket?.destroy();
  });
});
