import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { splitSentences } from '../summarize/sentences.js';
import { namedInsideSentences } from './names.js';
import { findQuotes, sameQuote } from './quotes.js';

const nlp = createNlp();
/** Speaker of each quote of a text, in order. */
const speakers = (text: string): (string | null)[] => {
  const sentences = splitSentences(nlp, text);
  const isName = namedInsideSentences(nlp, sentences);
  return sentences.flatMap((s) => findQuotes(nlp, s.text, s.tokens, isName).map((q) => q.speaker));
};
const quote = (text: string) => {
  const [s] = splitSentences(nlp, text);
  return findQuotes(nlp, s!.text, s!.tokens)[0]!;
};

describe('findQuotes: who said it', () => {
  it('takes the name beside the verb of saying, not a name inside the quote', () => {
    expect(speakers('“I opposed the hold on U.S. security assistance as soon as I learned about it,” Volker said.')).toEqual(['Volker']);
  });

  it('names no one when a pronoun says it, whatever names the sentence holds', () => {
    expect(speakers('“Every day we are not focused on the interests” shared by Ukraine and the U.S., he warned.')).toEqual([null]);
    expect(speakers('He added that he viewed the delay “as a U.S. policy problem that we needed to fix.”')).toEqual([null]);
  });

  it('takes a surname opening the sentence when the reading names that person elsewhere', () => {
    const text = 'Kurt Volker testified on Tuesday. Later Volker said he never used the term. Volker said he never used it and added, “I frankly cringe when I hear it.”';
    expect(speakers(text)).toEqual(['Volker']);
    // Alone, a capitalised word opening a sentence may be any word ("Authorities said…").
    expect(speakers('Volker said he never used it and added, “I frankly cringe when I hear it.”')).toEqual([null]);
  });

  it('does not take a possessive name in an apposition for the speaker', () => {
    expect(speakers('“I would have expected to be notified about it,” Morrison, Vindman’s superior, said.')).toEqual(['Morrison']);
  });

  it('takes the name before an apposition, past the verb\'s auxiliaries, not the organisation inside it', () => {
    expect(speakers('“We have a need for more landers,” Steve Clarke, deputy associate administrator in NASA’s Science Mission Directorate, said on a call.')).toEqual(['Steve Clarke']);
    expect(speakers('“The duty is paid at the border,” Howard Gleckman, a senior fellow at the Tax Policy Center, has written.')).toEqual(['Howard Gleckman']);
  });

  it('takes no month before a year for a speaker', () => {
    expect(speakers('A March 2019 study by a London think tank concluded that “the full incidence of the tariff falls on consumers.”')).toEqual([null]);
  });

  it('takes the person after the verb over an organisation next to it', () => {
    expect(speakers('“Once they are in your house, it is difficult to make them leave,” said U.S. Secretary of State Antony Blinken.')).toEqual(['Antony Blinken']);
  });
});

describe('sameQuote', () => {
  it('needs three shared words (or all of a shorter quote), not two of a short one', () => {
    const cringe = quote('Volker said: “I frankly cringe when I hear it.”');
    const believe = quote('Vindman said: “Frankly I couldn’t believe what I was hearing, it was a shock.”');
    expect(sameQuote({ ...cringe, speaker: null }, { ...believe, speaker: null })).toBe(false);
    const again = quote('A witness said: “Frankly, I cringe when I hear it.”');
    expect(sameQuote({ ...cringe, speaker: null }, { ...again, speaker: null })).toBe(true);
  });

  it("takes the same speaker's quotes for a paraphrase only when they share two stems or more", () => {
    const a = { speaker: 'Donald Trump', terms: ['talk', 'time', 'administration', 'great', 'betrayal'] };
    expect(sameQuote(a, { speaker: 'Trump', terms: ['time', 'history', 'far'] })).toBe(false);
    expect(sameQuote(a, { speaker: 'Trump', terms: ['time', 'betrayal', 'history', 'far'] })).toBe(true);
  });
});
