/**
 * Language of the clean body. English, by far the most common input, is
 * recognised from its function words without running the n-gram detector;
 * anything else goes to detectLanguage on a short sample.
 *
 * A headline or a note is too short for the n-gram detector: on the 34,914
 * English UCI headlines it said French, Dutch, German, Quichua or Hmong for
 * one in six, at 0.25 ms each. A short text in Latin script is known by the
 * function words only one of the common languages writes ("the", "und",
 * "avec", "también", "della", "não", "het"), and is of no known language when it
 * holds none ("Google launches smartwatch"); in another script the
 * detector, which then goes by the script, still decides.
 */
import { detectLanguage } from './language.js';
import { dictionary } from '../../domain/strings.js';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'are', 'by', 'this', 'be', 'at', 'have']);
/**
 * Per language, words that none of the others here writes (nor English, for
 * the others: not "die", "pour", "come", "met"), from the commonest function
 * words; not the articles English headlines borrow in names ("Le Pen",
 * "El Chapo", "Il Volo", "Elle", "Los Angeles"), nor "est" (a time zone)
 * or "mit" (MIT).
 */
const MARKERS: Record<string, string> = {
  en: 'the and of to for with that this from after says said has have its his their into about new how why what who you your ' +
    'not than could would may can just first up out off we our they them she her him if but are were been be by at when which while more most should',
  fr: 'une sur avec dans aux sont cette pas être été très mais nous vous ils leur',
  de: 'der das und ist nicht für auf dem ein eine sich auch zum zur bei über wird nach vom wie im ich sie',
  es: 'pero más muy también está están fue hay sin',
  it: 'gli della delle degli che sono è anche alla dei nel nella questo sul più dopo',
  pt: 'não uma com ao é são também pelo pela seu muito',
  nl: 'het een niet zijn voor dat op bij naar ook wordt werd heeft deze maar',
};
const MARKER_LANGUAGE: Readonly<Record<string, string>> = dictionary(
  Object.entries(MARKERS).flatMap(([language, words]) => words.split(' ').map((w): [string, string] => [w, language])),
);
/** The longest marker word: longer words are not looked up. */
const MARKER_MAX = 7;
const SAMPLE = 400;
/** Fewer words than this is a short text. */
const SHORT = 20;

export function bodyLanguage(paragraphs: readonly string[]): string | null {
  const sample = head(paragraphs, 1500);
  const count = countWords(sample.toLowerCase());
  if (count.words < SHORT) return shortTextLanguage(sample, count);
  if (isEnglish(count)) return 'en';
  return detectLanguage(sample.slice(0, SAMPLE));
}

/** How much English the body's head shows: whether it reads as English prose, and the share of English function words. */
export function englishEvidence(paragraphs: readonly string[]): { prose: boolean; share: number } {
  const count = countWords(head(paragraphs, 1500).toLowerCase());
  return { prose: count.words >= SHORT && isEnglish(count), share: count.english / Math.max(1, count.words) };
}

const isEnglish = (count: WordCount): boolean => count.ascii >= count.words * 0.9 && count.english >= count.words * 0.15;

function shortTextLanguage(sample: string, count: WordCount): string | null {
  if (count.otherScript > count.latin) return detectLanguage(sample.slice(0, SAMPLE));
  let best: string | null = null;
  let tie = false;
  for (const [language, n] of count.markers) {
    const top = best === null ? 0 : count.markers.get(best)!;
    if (n > top) [best, tie] = [language, false];
    else if (n === top) tie = true;
  }
  return tie ? null : best;
}

interface WordCount {
  words: number;
  /** Words of a-z only, and English function words among them. */
  ascii: number;
  english: number;
  /** Marker words (MARKERS) found, by language. */
  markers: Map<string, number>;
  /** Letters of the Latin script (with its accented letters), and of any other. */
  latin: number;
  otherScript: number;
}

/**
 * Words (runs of a-z and of any code unit from U+00C0 up), those made of a-z
 * only, English function words and marker words among them, in one pass
 * over a lower-cased text.
 */
function countWords(lower: string): WordCount {
  const count: WordCount = { words: 0, ascii: 0, english: 0, markers: new Map(), latin: 0, otherScript: 0 };
  let start = -1;
  let onlyAscii = true;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || c >= 0xc0) {
      if (start < 0) {
        start = i;
        onlyAscii = true;
      }
      if (c > 122) onlyAscii = false;
      // Latin letters with their accents run up to U+024F.
      if (c <= 0x24f) count.latin++;
      else count.otherScript++;
      continue;
    }
    if (start < 0) continue;
    count.words++;
    if (onlyAscii) count.ascii++;
    // Not the end of a domain name ("Live5News.com").
    if (i - start <= MARKER_MAX && lower.charCodeAt(start - 1) !== 0x2e) {
      const word = lower.slice(start, i);
      if (onlyAscii && ENGLISH.has(word)) count.english++;
      const language = MARKER_LANGUAGE[word];
      if (language) count.markers.set(language, (count.markers.get(language) ?? 0) + 1);
    }
    if (onlyAscii && isEnglishForm(lower, start, i)) count.markers.set('en', (count.markers.get('en') ?? 0) + 1);
    start = -1;
  }
  return count;
}

/**
 * Word forms only English makes among these languages: a possessive ("Apple's")
 * and a gerund or participle in -ing ("launching", "rising"; not "ring" or "Ding").
 */
function isEnglishForm(lower: string, start: number, end: number): boolean {
  const next = lower.charCodeAt(end);
  if ((next === 0x27 || next === 0x2019) && lower.charCodeAt(end + 1) === 0x73 && !isLetter(lower.charCodeAt(end + 2))) return true;
  return end - start >= 6 && lower.endsWith('ing', end);
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || c >= 0xc0;

/** The paragraphs joined by newlines, cut at `max` characters, without joining the rest. */
function head(paragraphs: readonly string[], max: number): string {
  let out = '';
  for (const p of paragraphs) {
    out = out ? `${out}\n${p}` : p;
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}
