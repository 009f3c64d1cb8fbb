/**
 * Comments, scripts and styles cut from an HTML page's bytes before they are
 * decoded. On a typical news page they are well over half of its bytes, and
 * decoding them only to cut them again (`stripMarkup`) cost each page a
 * string of their size. Only for encodings in which a "<" byte is always the
 * character "<" (not UTF-16, not ISO-2022-JP): the caller decides.
 *
 * The same elements as `stripMarkup` cuts, found the same way (an unclosed
 * one runs to the end of the page), except that JSON-LD scripts are kept for
 * it to read, and tags in mixed case ("<Script") are left for it to cut.
 */

import { JSON_LD_TYPE_RE } from './strip-markup.js';

const GT = 0x3e;
const OPENERS = ['<!--', '<script', '<SCRIPT', '<style', '<STYLE'] as const;

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x0b;
/** What may follow a tag's name, as `(?=[\s>/])`. */
const endsName = (b: number | undefined): boolean => b === GT || b === 0x2f || isSpace(b);

/** Whether `name` (lower case ASCII) is at `at`, in any case. */
function hasNameAt(bytes: Buffer, at: number, name: string): boolean {
  if (at + name.length > bytes.length) return false;
  for (let i = 0; i < name.length; i++) if (((bytes[at + i] as number) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

/** Where the element's close tag `</name\s*>` ends, or the end of the page when it has none. */
function closeEnd(bytes: Buffer, from: number, name: string): number {
  for (let at = bytes.indexOf('</', from, 'latin1'); at !== -1; at = bytes.indexOf('</', at + 2, 'latin1')) {
    if (!hasNameAt(bytes, at + 2, name)) continue;
    let end = at + 2 + name.length;
    while (isSpace(bytes[end])) end++;
    if (bytes[end] === GT) return end + 1;
  }
  return bytes.length;
}

/** The end of the cut that starts at `start` with `opener`, or -1 when nothing is cut there. */
function cutEnd(bytes: Buffer, start: number, opener: (typeof OPENERS)[number]): number | { keepTo: number } {
  if (opener === '<!--') {
    const end = bytes.indexOf('-->', start + 4, 'latin1');
    return end === -1 ? bytes.length : end + 3;
  }
  const nameEnd = start + opener.length;
  if (!endsName(bytes[nameEnd])) return -1;
  const tagEnd = bytes.indexOf(GT, nameEnd);
  if (tagEnd === -1) return -1;
  const name = opener.slice(1).toLowerCase();
  const end = closeEnd(bytes, tagEnd + 1, name);
  if (name === 'script' && JSON_LD_TYPE_RE.test(bytes.toString('latin1', nameEnd, tagEnd))) return { keepTo: end };
  return end;
}

export function withoutScriptBytes(input: Uint8Array): Uint8Array {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const next = OPENERS.map((o) => bytes.indexOf(o, 0, 'latin1'));
  const kept: Uint8Array[] = [];
  let keptFrom = 0;
  let pos = 0;
  for (;;) {
    let which = -1;
    for (let i = 0; i < OPENERS.length; i++) {
      if (next[i] !== -1 && next[i]! < pos) next[i] = bytes.indexOf(OPENERS[i]!, pos, 'latin1');
      if (next[i] !== -1 && (which === -1 || next[i]! < next[which]!)) which = i;
    }
    if (which === -1) break;
    const start = next[which]!;
    const end = cutEnd(bytes, start, OPENERS[which]!);
    if (end === -1) {
      pos = start + 1;
      continue;
    }
    if (typeof end === 'object') {
      pos = end.keepTo;
      continue;
    }
    if (start > keptFrom) kept.push(bytes.subarray(keptFrom, start));
    keptFrom = pos = end;
  }
  if (keptFrom === 0) return input;
  kept.push(bytes.subarray(keptFrom));
  return Buffer.concat(kept);
}
