import ipaddr from 'ipaddr.js';
import { ReadingsError } from '../domain/errors.js';

/** How each refused ipaddr.js range is named in messages. */
const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback',
  private: 'a private',
  linkLocal: 'a link-local',
  uniqueLocal: 'a unique-local',
  unspecified: 'an unspecified',
  carrierGradeNat: 'a carrier-grade NAT (100.64.0.0/10)',
  multicast: 'a multicast',
  broadcast: 'the broadcast',
  reserved: 'a reserved',
  deprecatedSiteLocal: 'a site-local',
};

/**
 * Why an address must not be fetched, or null when it is a public unicast address.
 * IPv4-mapped (`::ffff:a.b.c.d`) and NAT64 (`64:ff9b::/96`) IPv6 addresses are judged by
 * the IPv4 address they carry. Anything that is not plain unicast is refused.
 *
 * @example refusedRange('169.254.169.254') // "a link-local"
 * @example refusedRange('93.184.216.34')   // null
 */
export function refusedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'an invalid';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    const range = v6.range();
    if (range === 'ipv4Mapped') ip = v6.toIPv4Address();
    else if (range === 'rfc6052') ip = new ipaddr.IPv4(v6.toByteArray().slice(12));
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_NAMES[range] ?? `a special-purpose (${range})`;
}

/**
 * Throws `private_address` when `address` (what `host` resolved to, or `host` itself
 * for an IP literal) is not a public unicast address.
 */
export function assertPublicAddress(host: string, address: string, input: string | null = null): void {
  const refused = refusedRange(address);
  if (refused === null) return;
  const target = host === address ? address : `${host} (${address})`;
  throw new ReadingsError(
    'private_address',
    `refusing to fetch ${target}: ${address} is ${refused} address (allow with --allow-private)`,
    input,
  );
}
