import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { analyzeDocument, surnamesGivenBefore, surnamesInFull } from './analyze-document.js';

const nlp = createNlp();
const sentences = (text: string) => analyzeDocument({ text }, { nlp }).sentences;

describe('surnames', () => {
  it('reads the surnames a sentence gives in full, after a first name or a title', () => {
    const [first] = sentences('Sen. Rand Paul and Chuck Schumer spoke on Monday.');
    expect([...surnamesInFull(first!.tokens)]).toEqual(expect.arrayContaining(['Paul', 'Schumer']));
  });

  it('finds a sentence that opens on a surname its document gave in full before it, and only such', () => {
    const found = surnamesGivenBefore(sentences('Sen. Rand Paul spoke on Monday. Paul added that he would vote to acquit. Schumer said the trial would be fair.'));
    expect(found).toEqual([null, 'Paul', null]);
  });
});

describe('terms of a language other than English', () => {
  it("are stems, so that a word's forms are one term; English keeps its lemmas", () => {
    const terms = (text: string, language: string | null) => analyzeDocument({ text, language }, { nlp }).sentences.flatMap((s) => s.terms);
    expect(terms('Die Strompreise sinken. Der Strompreis sinkt.', 'de').filter((t) => t === 'strompreis')).toHaveLength(2);
    // Its own stop words are left out, and its words are not read as English ones ("abstimmen" is no plural of "abstimman").
    expect(terms('Der Bundestag soll im Dezember über die Gesetze abstimmen.', 'de')).toEqual(['bundestag', 'dezemb', 'gesetz', 'abstimm']);
    expect(terms('Землетрясение произошло у Камчатки. Камчатка пострадала.', 'ru').filter((t) => t === 'камчатк')).toHaveLength(2);
    expect(terms('Power prices fell. The price fell.', 'en').filter((t) => t === 'price')).toHaveLength(2);
    expect(terms('Die Strompreise sinken.', null)).toContain('strompreise');
  });
});
