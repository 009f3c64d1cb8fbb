import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSeparators, endsLikeSentence, endsWithEllipsis, scanLine } from './scan.js';

/** The regexes the single pass replaces: it must count exactly what they match. */
const SENTENCE_END_RE = /[.!?。！？؟](?:["'”’»)]*)(?:\s|$)|[。！？]/gu;
const COMMA_RE = /[,;，、；]/gu;
const SEPARATOR_RE = /\s[|›»·/]\s|\s[|›»]$/gu;
const TERMINAL_RE = /[.!?。！？…؟।]["'”’»)\]）」』*]*$/u;
const ELLIPSIS_RE = /(?:…|\.\.\.)["'”’»)\]]*$/u;

const CHARS = [...' .!?。！？؟…।"\'”’»)]）」』*,;，、；|›·/:aAzZ09_éÉßİ日本ภ\u0301\u00a0\u3000-'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('line scan', () => {
  it('counts tokens, case, digits, spaces and unspaced characters', () => {
    const s = scanLine('The 49ers beat 3 teams in 日本 cafés, and won.');
    expect(s).toMatchObject({ spaces: 9, tokens: 10, cased: 7, lower: 6, digits: 1, unspaced: 2, sentences: 1, commas: 1, hasDigit: true });
  });

  it('counts sentence ends and commas as the regexes do', () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = scanLine(t);
        expect(s.sentences).toBe(t.match(SENTENCE_END_RE)?.length ?? 0);
        expect(s.commas).toBe(t.match(COMMA_RE)?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds separators and line ends as the regexes do', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(countSeparators(t)).toBe(t.match(SEPARATOR_RE)?.length ?? 0);
        expect(endsLikeSentence(t)).toBe(TERMINAL_RE.test(t));
        expect(endsWithEllipsis(t)).toBe(ELLIPSIS_RE.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
