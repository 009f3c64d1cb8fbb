import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { assertPublicAddress } from './address-guard.js';

/** Resolves a host name to every address it has (the default is the OS resolver, `dns.lookup`). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });

function wantedFamily(family: LookupOptions['family']): 4 | 6 | null {
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return null;
}

/**
 * A `lookup` for `net.connect`: resolves the host and, unless `allowPrivate`, refuses
 * (`private_address`) when ANY address it resolves to is not public unicast. The socket
 * connects only to the addresses this function hands back, so the address checked is
 * the address connected to: a DNS answer cannot change between check and connect.
 */
export function createGuardedLookup(resolve: Resolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const guarded = resolve(hostname).then((all) => {
      const family = wantedFamily(options.family);
      const addresses = family === null ? all : all.filter((a) => a.family === family);
      if (addresses.length === 0) {
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      }
      if (!allowPrivate) for (const { address } of addresses) assertPublicAddress(hostname, address);
      return addresses;
    });
    guarded.then(
      (addresses) => {
        const first = addresses[0] as LookupAddress;
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

export interface GuardedConnectorOptions {
  allowPrivate: boolean;
  connectTimeoutMs: number;
  resolve?: Resolver;
}

/**
 * An undici connector that checks the address of every connection it opens: IP-literal
 * hosts before connecting (net.connect does no lookup for them), names through
 * {@link createGuardedLookup}. Every request and every redirect hop of a dispatcher
 * built on it goes through here.
 */
export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  const connect = buildConnector({
    timeout: options.connectTimeoutMs,
    lookup: createGuardedLookup(options.resolve ?? systemResolver, options.allowPrivate),
  });
  return (connectOptions, callback) => {
    const { hostname } = connectOptions;
    if (!options.allowPrivate && isIP(hostname) !== 0) {
      try {
        assertPublicAddress(hostname, hostname);
      } catch (err) {
        callback(err as Error, null);
        return;
      }
    }
    connect(connectOptions, callback);
  };
}
