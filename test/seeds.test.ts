/**
 * The five seeds of PRODUCT.md, end to end through the plain-text cleaner:
 * every non-null expected field exact, the body's token F1 at least 0.98, and
 * the word count of the clean body equal to expected.json's (seed 003: 225,
 * its body once, not twice).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countWords } from '../src/extract/common/words.js';
import { extractText } from '../src/extract/text/extract-text.js';
import { tokenF1 } from '../bench/lib/token-f1.js';

const SEEDS = fileURLToPath(new URL('../../shared/data/seeds/', import.meta.url));

interface ExpectedSeed {
  title: string | null;
  site: string | null;
  published: string | null;
  url: string | null;
  category: string | null;
  body: string[];
  word_count: number;
}

const expected = JSON.parse(readFileSync(`${SEEDS}expected.json`, 'utf8')) as Record<string, ExpectedSeed>;

describe('seeds', () => {
  for (const [file, seed] of Object.entries(expected)) {
    describe(file, () => {
      const article = extractText(readFileSync(`${SEEDS}raw/${file}`, 'utf8'), { url: null });

      it('reads every expected field exactly', () => {
        if (seed.title !== null) expect(article.title).toBe(seed.title);
        else expect(article.title).toBeTruthy();
        if (seed.site !== null) expect(article.outlet).toBe(seed.site);
        if (seed.published !== null) expect(article.published).toBe(seed.published);
        if (seed.url !== null) expect(article.url).toBe(seed.url);
        if (seed.category !== null) expect(article.category).toBe(seed.category);
        expect(article.format).toBe('text');
        expect(article.html).toBeNull();
        expect(article.language).toBe('en');
      });

      it('keeps the body and only the body', () => {
        expect(tokenF1(article.paragraphs.join('\n'), seed.body.join('\n'))).toBeGreaterThanOrEqual(0.98);
        expect(countWords(article.paragraphs)).toBe(seed.word_count);
      });
    });
  }

  it('counts 225 words in seed 003, its body once and not twice', () => {
    const file = Object.keys(expected).find((f) => f.startsWith('003_'))!;
    const article = extractText(readFileSync(`${SEEDS}raw/${file}`, 'utf8'), { url: null });
    expect(countWords(article.paragraphs)).toBe(225);
  });
});
