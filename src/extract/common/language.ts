import { franc } from 'franc-min';

/** ISO 639-3 codes franc returns, mapped to the ISO 639-1 codes readers expect. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', cmn: 'zh', zho: 'zh', kor: 'ko', jpn: 'ja', deu: 'de', fra: 'fr', spa: 'es',
  por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', ukr: 'uk', tur: 'tr', arb: 'ar', ara: 'ar', hin: 'hi',
  ben: 'bn', urd: 'ur', pes: 'fa', fas: 'fa', ind: 'id', vie: 'vi', tha: 'th', swe: 'sv', ces: 'cs',
  ron: 'ro', hun: 'hu', ell: 'el', heb: 'he', bul: 'bg', srp: 'sr', hrv: 'hr', fin: 'fi', dan: 'da',
  nob: 'no', zlm: 'ms', uzn: 'uz', kaz: 'kk', tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo', amh: 'am',
};

/** The main language of a text as an ISO 639-1 code, or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const code = franc(sample, { minLength: 20 });
  if (code === 'und') return null;
  return ISO3_TO_1[code] ?? code;
}

/** Normalize an `<html lang>` value ("en-US", "EN") to its primary subtag. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
