/**
 * Drop a paragraph printed twice by mistake (a CMS glitch, a body pasted
 * twice), keeping its first copy. Only prose counts: a long, sentence-shaped
 * paragraph found exactly twice. Short lines, table rows and paragraphs that
 * recur three times or more (an interview's repeated question, a recipe item
 * in every day's plan) are content and stay. A shorter sentence printed
 * twice, once above the body's first long paragraph, is a highlight of the
 * body ("Highlights: She added that an appeal…"): the copy above goes.
 */
const SENTENCE_END_RE = /[.!?…。！？]["'”’»)\]]*$/u;
const MIN_WORDS = 20;
const MIN_HIGHLIGHT_WORDS = 8;

export function dropDuplicateParagraphs(paragraphs: readonly string[]): string[] {
  const drop = duplicateIndexes(paragraphs);
  return paragraphs.filter((_, i) => !drop.has(i));
}

/** The positions of the copies to drop: second copies of long paragraphs, first copies of highlights. */
export function duplicateIndexes(paragraphs: readonly string[]): Set<number> {
  const counts = countTexts(paragraphs);
  const seen = new Set<string>();
  const drop = highlightIndexes(paragraphs, counts);
  paragraphs.forEach((p, i) => {
    const key = p.toLowerCase();
    if (counts.get(key) === 2 && SENTENCE_END_RE.test(p) && words(p) >= MIN_WORDS && seen.has(key)) drop.add(i);
    seen.add(key);
  });
  return drop;
}

const words = (p: string): number => p.split(' ').length;

/** The first copies of highlights: shorter sentences printed twice, once above the body's first long paragraph. */
export function highlightIndexes(paragraphs: readonly string[], counts = countTexts(paragraphs)): Set<number> {
  const bodyStart = paragraphs.findIndex((p) => words(p) >= MIN_WORDS);
  const seen = new Set<string>();
  const out = new Set<number>();
  for (let i = 0; i < bodyStart; i++) {
    const p = paragraphs[i]!;
    const key = p.toLowerCase();
    const n = words(p);
    if (counts.get(key) === 2 && !seen.has(key) && SENTENCE_END_RE.test(p) && n >= MIN_HIGHLIGHT_WORDS && n < MIN_WORDS) out.add(i);
    seen.add(key);
  }
  return out;
}

function countTexts(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    const key = p.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
