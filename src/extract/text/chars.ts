/**
 * Character classes of UTF-16 code units, looked up in a table instead of
 * testing a Unicode regex (or lower- and upper-casing) once per character.
 * The table is filled lazily: ASCII up front, any other code unit the first
 * time it is seen. Each answer is exactly what the per-character test gives.
 *
 *   LETTER  /\p{L}/u      NUMBER  /\p{N}/u      MARK  /\p{M}/u
 *   CASED   toLowerCase() !== toUpperCase()
 *   IS_LOWER  ch === ch.toLowerCase()          IS_UPPER  ch === ch.toUpperCase()
 *   SPACE   /\s/
 *
 * Lone surrogates are none of these (a regex with the u flag does not match
 * half a code point); callers that read whole code points handle pairs.
 */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
export const CASED = 8;
export const IS_LOWER = 16;
export const IS_UPPER = 32;
export const SPACE = 64;
const KNOWN = 128;

const TABLE = new Uint8Array(65536);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let bits = KNOWN;
  if (/\p{L}/u.test(ch)) bits |= LETTER;
  if (/\p{N}/u.test(ch)) bits |= NUMBER;
  if (/\p{M}/u.test(ch)) bits |= MARK;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) bits |= CASED;
  if (ch === lower) bits |= IS_LOWER;
  if (ch === upper) bits |= IS_UPPER;
  if (/\s/.test(ch)) bits |= SPACE;
  return bits;
}

for (let c = 0; c < 128; c++) TABLE[c] = classify(c);

/** The class bits of one UTF-16 code unit. */
export function charClass(code: number): number {
  let bits = TABLE[code]!;
  if (bits === 0) TABLE[code] = bits = classify(code);
  return bits;
}

/** Whether a UTF-16 code unit is what `\s` matches (and `trim()` removes). */
export function isSpaceCode(code: number): boolean {
  return (charClass(code) & SPACE) !== 0;
}

/** Thai, kana and CJK ideographs: scripts written without spaces between words. */
export function isUnspaced(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
