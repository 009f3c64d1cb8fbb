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

/** The positions of the second copies to drop. */
export function duplicateIndexes(paragraphs: readonly string[]): Set<number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    const key = p.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const drop = new Set<number>();
  const words = (p: string): number => p.split(' ').length;
  const bodyStart = paragraphs.findIndex((p) => words(p) >= MIN_WORDS);
  paragraphs.forEach((p, i) => {
    const key = p.toLowerCase();
    if (counts.get(key) !== 2 || !SENTENCE_END_RE.test(p)) return;
    const accidental = words(p) >= MIN_WORDS;
    if (accidental && seen.has(key)) drop.add(i);
    else if (!accidental && words(p) >= MIN_HIGHLIGHT_WORDS && i < bodyStart && !seen.has(key)) drop.add(i);
    seen.add(key);
  });
  return drop;
}
