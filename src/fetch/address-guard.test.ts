import { describe, expect, it } from 'vitest';
import { ReadingsError } from '../domain/errors.js';
import { assertPublicAddress, refusedRange } from './address-guard.js';

describe('refusedRange', () => {
  it.each([
    ['127.0.0.1', 'a loopback'],
    ['127.255.255.254', 'a loopback'],
    ['10.0.0.1', 'a private'],
    ['172.16.0.1', 'a private'],
    ['172.31.255.255', 'a private'],
    ['192.168.1.1', 'a private'],
    ['169.254.169.254', 'a link-local'],
    ['100.64.0.1', 'a carrier-grade NAT (100.64.0.0/10)'],
    ['100.127.255.255', 'a carrier-grade NAT (100.64.0.0/10)'],
    ['0.0.0.0', 'an unspecified'],
    ['224.0.0.251', 'a multicast'],
    ['255.255.255.255', 'the broadcast'],
    ['240.0.0.1', 'a reserved'],
    ['192.0.2.1', 'a reserved'],
    ['::1', 'a loopback'],
    ['::', 'an unspecified'],
    ['fe80::1', 'a link-local'],
    ['fc00::1', 'a unique-local'],
    ['fdff:ffff::1', 'a unique-local'],
    ['ff02::1', 'a multicast'],
    ['::ffff:127.0.0.1', 'a loopback'],
    ['::ffff:a9fe:a9fe', 'a link-local'],
    ['64:ff9b::a00:1', 'a private'],
    ['2002:7f00:1::', 'a special-purpose (6to4)'],
    ['not-an-ip', 'an invalid'],
  ])('refuses %s as %s', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('allows public %s', (address) => {
    expect(refusedRange(address)).toBeNull();
  });
});

describe('assertPublicAddress', () => {
  it('names the host and the address', () => {
    let caught: unknown;
    try {
      assertPublicAddress('metadata.test', '169.254.169.254', 'http://metadata.test/x');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ReadingsError);
    expect(caught).toMatchObject({
      code: 'private_address',
      input: 'http://metadata.test/x',
      message: 'refusing to fetch metadata.test (169.254.169.254): 169.254.169.254 is a link-local address (allow with --allow-private)',
    });
    expect(() => assertPublicAddress('example.com', '93.184.216.34')).not.toThrow();
  });
});
