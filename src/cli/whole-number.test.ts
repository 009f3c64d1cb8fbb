import { describe, expect, it } from 'vitest';
import { wholeNumberOption } from './whole-number.js';

describe('wholeNumberOption', () => {
  it('takes digits within the range', () => {
    expect(wholeNumberOption('--sentences', '3', 1, 50)).toBe(3);
    expect(wholeNumberOption('--port', '0', 0, 65_535)).toBe(0);
    expect(wholeNumberOption('--port', ' 8080 ', 0, 65_535)).toBe(8080);
  });

  it('refuses what Number would read but a user did not mean, naming the option and the range', () => {
    for (const raw of ['', '1e3', '0x10', '2.5', '-1', 'two']) {
      expect(() => wholeNumberOption('--limit', raw, 1, Number.MAX_SAFE_INTEGER)).toThrow(`limit must be a whole number of at least 1`);
    }
    expect(() => wholeNumberOption('--sentences', '51', 1, 50)).toThrow('sentences must be a whole number from 1 to 50');
    expect(() => wholeNumberOption('--port', '65536', 0, 65_535)).toThrow(expect.objectContaining({ code: 'invalid_argument', input: '--port 65536' }));
  });
});
