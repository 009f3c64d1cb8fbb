import { describe, expect, it } from 'vitest';
import { bodyLanguage } from './body-language.js';

describe('body language', () => {
  it('knows English by its function words', () => {
    const body = ['The council voted on Tuesday to build a tram line, and it said that the work would start in the spring with the first of the stops at the harbour.'];
    expect(bodyLanguage(body)).toBe('en');
  });

  it('leaves other languages to the detector', () => {
    const body = ['Die Stadtwerke senken zum ersten Januar die Strompreise für rund achtzigtausend Haushalte in der Region, teilte das Unternehmen am Dienstag mit.'];
    expect(bodyLanguage(body)).toBe('de');
  });

  it('knows a short English headline by a word only English writes, and leaves other short texts to the detector', () => {
    expect(bodyLanguage(['Rolling Stones call off tour of Australia, New Zealand'])).toBe('en');
    expect(bodyLanguage(['Why Apple shares fell on Monday'])).toBe('en');
    // "in", "is", "was", "on" are words of German, Dutch or French too.
    expect(bodyLanguage(['Merkel ist in Berlin, was die Regierung freut und die Opposition ärgert'])).not.toBe('en');
    expect(bodyLanguage(['Le président est à Paris pour la réunion'])).not.toBe('en');
  });

  it('knows a short text in Latin script by the words only one language writes, or not at all', () => {
    expect(bodyLanguage(["Apple's smartwatch debut"])).toBe('en');
    expect(bodyLanguage(['Stocks rising despite worries'])).toBe('en');
    expect(bodyLanguage(['Merkel ist in Berlin, was die Regierung freut und die Opposition ärgert'])).toBe('de');
    expect(bodyLanguage(['Le président est à Paris pour la réunion avec les ministres'])).toBe('fr');
    expect(bodyLanguage(['El gobierno también aprueba la reforma'])).toBe('es');
    expect(bodyLanguage(['Il governo della Lombardia approva anche la riforma'])).toBe('it');
    expect(bodyLanguage(['Het kabinet valt niet na de ruzie'])).toBe('nl');
    expect(bodyLanguage(['Governo não aprova as novas medidas'])).toBe('pt');
    // No word says which: the n-gram detector guessed French or Quichua for English headlines like these.
    expect(bodyLanguage(['Google launches smartwatch'])).toBeNull();
    expect(bodyLanguage(['Los Angeles sues Time Warner Cable'])).toBeNull();
    expect(bodyLanguage(['GOG.com announces Linux support'])).toBeNull();
  });

  it('leaves a short text in another script to the detector', () => {
    expect(bodyLanguage(['Правительство России одобрило новый закон о налогах'])).toBe('ru');
  });
});
