import { describe, expect, it } from 'vitest';
import { fixWindows1252 } from './windows-1252.js';

describe('fixWindows1252', () => {
  it('maps every byte 0x80–0x9F to its WHATWG windows-1252 character', () => {
    const decoded = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(fixWindows1252(decoded)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });

  it('leaves other text alone', () => {
    expect(fixWindows1252('Café “ok” – Ÿ')).toBe('Café “ok” – Ÿ');
  });
});
