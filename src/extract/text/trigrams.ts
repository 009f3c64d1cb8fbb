/**
 * A cheap "may this line hold that phrase?" test, to skip phrase regexes on
 * the many long lines that hold none of their phrases. The line's character
 * trigrams are hashed into a 4096-slot table; a phrase can occur only if
 * every one of its trigrams is in the table. Answers may be wrong only one
 * way: "may hold" for a line that does not (the regex then decides), never
 * "does not". Phrases shorter than three characters are looked up directly.
 *
 * The table is one scratch array reused by every call: a slot belongs to the
 * current line when it holds the line's stamp, so nothing is cleared or
 * allocated per line. Calls are synchronous and never nested.
 */
const SLOTS = 4096;
const table = new Uint32Array(SLOTS);
let stamp = 0;
let current = '';

/** The hash (12 bits) of the trigram a b c. */
function hash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 20;
}

/** Make `text` the line that mayHoldAny answers for. */
export function indexTrigrams(text: string): void {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) table.fill(0);
  current = text;
  const n = text.length;
  if (n < 3) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i);
    table[hash(a, b, c)] = stamp;
    a = b;
    b = c;
  }
}

export interface Phrase {
  text: string;
  /** The hashes of its trigrams, rarest first; none for a phrase of one or two characters. */
  hashes: readonly number[];
}

/** False when the indexed line certainly holds none of the phrases. */
export function mayHoldAny(phrases: readonly Phrase[]): boolean {
  for (const p of phrases) {
    if (p.hashes.length === 0) {
      if (current.includes(p.text)) return true;
      continue;
    }
    let all = true;
    for (const h of p.hashes) {
      if (table[h] !== stamp) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Letters by how common they are in English and the other languages cued: later is rarer. */
const COMMON = 'etaoinsrhldcumfpgwybvkxjqz';

/** Phrases prepared for mayHoldAny. */
export function phrases(texts: readonly string[]): Phrase[] {
  return texts.map((text) => {
    const trigrams: { h: number; rarity: number }[] = [];
    for (let i = 2; i < text.length; i++) {
      let rarity = 0;
      for (let k = i - 2; k <= i; k++) {
        const at = COMMON.indexOf(text.charAt(k));
        rarity += at < 0 ? (text.charCodeAt(k) > 127 ? 30 : 0) : at;
      }
      trigrams.push({ h: hash(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i)), rarity });
    }
    trigrams.sort((x, y) => y.rarity - x.rarity);
    return { text, hashes: trigrams.map((t) => t.h) };
  });
}
