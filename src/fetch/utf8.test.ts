import { describe, expect, it } from 'vitest';
import { invalidUtf8Offset } from './utf8.js';
import { hex } from '../../test/helpers/http-server.js';

describe('invalidUtf8Offset', () => {
  it('accepts well-formed UTF-8 of every length', () => {
    expect(invalidUtf8Offset(Buffer.from('a é € 𠀀 Привет', 'utf8'))).toBe(-1);
    expect(invalidUtf8Offset(new Uint8Array(0))).toBe(-1);
  });

  it.each([
    ['a stray continuation byte', '61 80', 1],
    ['a truncated sequence at the end', '61 62 e2 82', 2],
    ['an overlong encoding', '61 c0 af', 1],
    ['an overlong three-byte form', 'e0 80 af', 0],
    ['a UTF-16 surrogate', '41 ed a0 80', 1],
    ['a code point above U+10FFFF', 'f4 90 80 80', 0],
    ['a lead byte followed by ASCII', 'c3 41', 0],
    ['a windows-1251 letter', '41 42 cc e8', 2],
  ])('finds %s', (_what, bytes, offset) => {
    expect(invalidUtf8Offset(hex(bytes))).toBe(offset);
  });
});
