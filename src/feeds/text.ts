/**
 * Plain text out of the HTML fragments feeds put in titles and names:
 * tags dropped, entities decoded, whitespace collapsed.
 */
import { detached, wordTable } from '../domain/strings.js';

const NAMED = wordTable<string>({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢',
  sect: '§', para: '¶', middot: '·', bull: '•', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½',
  frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', prime: '′', Prime: '″', dagger: '†', Dagger: '‡',
  permil: '‰', larr: '←', rarr: '→', uarr: '↑', darr: '↓', hearts: '♥', szlig: 'ß', ordf: 'ª', ordm: 'º',
  micro: 'µ', acute: '´', cedil: '¸', uml: '¨', macr: '¯', curren: '¤', brvbar: '¦', not: '¬', sup1: '¹', sup2: '²', sup3: '³',
});

/** Latin-1 letters with diacritics: `&eacute;`, `&Ntilde;`, `&ouml;`… */
const ACCENTS = wordTable<string>({ acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327', caron: '\u030c' });
const LIGATURES = wordTable<string>({ AElig: 'Æ', aelig: 'æ', OElig: 'Œ', oelig: 'œ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ' });

function named(name: string): string | null {
  const direct = NAMED[name] ?? LIGATURES[name];
  if (direct) return direct;
  const m = /^([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  if (m) return `${m[1]}${ACCENTS[m[2] as string]}`.normalize('NFC');
  return null;
}

function codePoint(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  // Windows-1252 numbers that feeds write for curly quotes and dashes.
  if (n >= 0x80 && n <= 0x9f) return new TextDecoder('windows-1252').decode(Uint8Array.of(n));
  return String.fromCodePoint(n);
}

/** Decodes HTML character references; unknown names are left as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    const hasSemicolon = whole.endsWith(';');
    if (ref.startsWith('#')) {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return codePoint(n) ?? whole;
    }
    if (!hasSemicolon && !/^(amp|lt|gt|quot|nbsp)$/.test(ref)) return whole;
    return named(ref) ?? whole;
  });
}

/** Drops tags (and what `<script>`/`<style>` hold), decodes entities, collapses whitespace. */
export function htmlToText(html: string): string {
  // Most titles and names are plain already: no tag, no entity, single spaces.
  if (!/[<&\n\r\t\f\v\u00a0]| \s/.test(html)) return detached(html.trim());
  const withoutTags = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(withoutTags).replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A title as plain text: feeds put HTML in titles (CDATA with tags, double-escaped
 * `&amp;amp;`), so tags are dropped and entities decoded once more.
 */
export function plainTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const once = htmlToText(raw);
  const text = /&(#x?[0-9a-f]+|[a-z]+);/i.test(once) ? htmlToText(once) : once;
  return text || null;
}

/** Whitespace-separated words of an HTML fragment's text. */
export function wordCount(html: string | null): number {
  if (!html) return 0;
  const text = htmlToText(html);
  return text ? text.split(' ').length : 0;
}


/** The paragraphs of an HTML fragment as plain text (block elements and line breaks split them). */
export function htmlToParagraphs(html: string): string[] {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .split(/<\/?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article|figure|figcaption)\b[^>]*>|\n\s*\n/i)
    .map((part) => htmlToText(part))
    .filter(Boolean);
}
