/**
 * Properties of the plain-text cleaner, on generated dumps: article
 * paragraphs (sentences over a shared vocabulary) mixed with page furniture
 * (menus, bullets, ads, share widgets, link lines, a repeated teaser).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadingsError } from '../../domain/errors.js';
import { extractText } from './extract-text.js';

const NOUNS = ['council', 'harbour', 'river', 'budget', 'school', 'minister', 'village', 'farmers', 'bridge', 'festival', 'museum', 'railway', 'hospital', 'election', 'company'];
const VERBS = ['approved', 'rejected', 'announced', 'delayed', 'praised', 'criticised', 'reopened', 'expanded', 'questioned', 'funded'];
const FILLER = ['the', 'a', 'new', 'local', 'regional', 'plan', 'on', 'Tuesday', 'after', 'months', 'of', 'debate', 'and', 'said', 'it', 'would', 'cost', 'more', 'than', 'expected', 'in', 'spring'];
const FURNITURE = ['Advertisement', 'Share', 'Tweet', 'Home', 'News', 'Sport', 'Sign up for our newsletter', 'Read more', '3 min read', '© 2024 Example Times. All rights reserved.', 'https://example.com/a/b', '[image-1200x800]'];

const word = fc.constantFrom(...NOUNS, ...VERBS, ...FILLER);

/** A sentence: a capitalised noun phrase, a verb, eight to twenty more words, a full stop. */
const sentence = fc
  .tuple(fc.constantFrom(...NOUNS), fc.constantFrom(...VERBS), fc.array(word, { minLength: 8, maxLength: 20 }))
  .map(([noun, verb, rest]) => `The ${noun} ${verb} ${rest.join(' ')}.`);

/** A paragraph of one to three sentences. */
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

/** A furniture line, sometimes as a bullet. */
const furniture = fc.tuple(fc.constantFrom(...FURNITURE), fc.boolean()).map(([text, bullet]) => (bullet ? `  • ${text}` : text));

/** A dump: a menu, then a body of paragraphs with furniture between them, then a footer. */
const dump = fc
  .tuple(
    fc.array(furniture, { minLength: 0, maxLength: 8 }),
    fc.array(fc.tuple(paragraph, fc.option(furniture, { freq: 3 })), { minLength: 3, maxLength: 10 }),
    fc.array(furniture, { minLength: 0, maxLength: 8 }),
  )
  .map(([head, body, foot]) => {
    const middle = body.flatMap(([p, f]) => (f === null ? [p] : [p, f]));
    return [...head, ...middle, ...foot].join('\n\n');
  });

function clean(text: string): string[] | null {
  try {
    return extractText(text, { url: null }).paragraphs;
  } catch (e) {
    if (isReadingsError(e) && e.code === 'no_article') return null;
    throw e;
  }
}

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

describe('text cleaner properties', () => {
  it('is idempotent: cleaning the joined output again gives the same paragraphs', () => {
    fc.assert(
      fc.property(dump, (text) => {
        const once = clean(text);
        if (once === null) return;
        expect(clean(once.join('\n\n'))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('never invents words: every output token occurs in the input', () => {
    fc.assert(
      fc.property(dump, (text) => {
        const out = clean(text);
        if (out === null) return;
        const input = new Set(tokens(text));
        for (const t of tokens(out.join('\n'))) expect(input.has(t)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a long sentence-like paragraph that occurs once inside a body of similar paragraphs', () => {
    const unique = fc
      .array(sentence, { minLength: 2, maxLength: 3 })
      .map((s) => s.join(' '))
      .filter((p) => tokens(p).length >= 25);
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 4, maxLength: 10 }),
        unique,
        fc.nat(),
        fc.array(furniture, { maxLength: 6 }),
        (body, target, at, menu) => {
          fc.pre(!body.includes(target));
          const position = 1 + (at % (body.length - 1));
          const paragraphs = [...body.slice(0, position), target, ...body.slice(position)];
          const out = clean([...menu, ...paragraphs, ...menu].join('\n\n'));
          expect(out).not.toBeNull();
          expect(out).toContain(target);
        },
      ),
      { numRuns: 200 },
    );
  });
});
