/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence
 * (overlongs, surrogates and code points above U+10FFFF included), or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number; // smallest valid second byte
    let max: number; // largest valid second byte
    if (b >= 0xc2 && b <= 0xdf) [length, min, max] = [2, 0x80, 0xbf];
    else if (b === 0xe0) [length, min, max] = [3, 0xa0, 0xbf];
    else if (b === 0xed) [length, min, max] = [3, 0x80, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) [length, min, max] = [3, 0x80, 0xbf];
    else if (b === 0xf0) [length, min, max] = [4, 0x90, 0xbf];
    else if (b >= 0xf1 && b <= 0xf3) [length, min, max] = [4, 0x80, 0xbf];
    else if (b === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
    else return i;
    if (i + length > n) return i;
    const b1 = bytes[i + 1] as number;
    if (b1 < min || b1 > max) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
