import { describe, expect, it } from 'vitest';
import { CASED, charClass, IS_LOWER, IS_UPPER, isUnspaced, LETTER, MARK, NUMBER, SPACE } from './chars.js';

describe('character classes', () => {
  it('agree with the per-character tests for every UTF-16 code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 65536; code++) {
      const ch = String.fromCharCode(code);
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      const expected =
        (/\p{L}/u.test(ch) ? LETTER : 0) |
        (/\p{N}/u.test(ch) ? NUMBER : 0) |
        (/\p{M}/u.test(ch) ? MARK : 0) |
        (lower !== upper ? CASED : 0) |
        (ch === lower ? IS_LOWER : 0) |
        (ch === upper ? IS_UPPER : 0) |
        (/\s/.test(ch) ? SPACE : 0);
      if ((charClass(code) & 0x7f) !== expected) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it('knows the scripts written without spaces', () => {
    expect(['日', 'か', 'カ', 'ไ'].every((c) => isUnspaced(c.charCodeAt(0)))).toBe(true);
    expect(['a', 'é', 'ж', '한'].some((c) => isUnspaced(c.charCodeAt(0)))).toBe(false);
  });
});
