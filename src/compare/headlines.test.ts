import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { compareStory } from './compare-story.js';
import type { CompareDocument } from './types.js';

const deps = { nlp: createNlp() };
const ownBody = (title: string, text: string): boolean => {
  const docs: CompareDocument[] = [
    { id: 'a', outlet: 'One', publishedAt: null, title, text },
    { id: 'b', outlet: 'Two', publishedAt: null, title: 'Unrelated weather', text: 'Rain is expected across the north on Friday.' },
  ];
  return compareStory(docs, deps).headlines.find((h) => h.id === 'a')!.ownBody.supported;
};

describe('checkHeadlines: what its own body says', () => {
  it('reads a Title Case headline\'s verbs by their lemma ("Drops" = "dropped") and a country by its demonym too', () => {
    expect(ownBody('Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange', 'Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks co-founder Julian Assange.')).toBe(true);
    expect(ownBody('Sweden Drops Rape Investigation Into Julian Assange', 'Swedish prosecutors have dropped a rape investigation into WikiLeaks co-founder Julian Assange.')).toBe(true);
  });

  it('reads two sentences of one paragraph together', () => {
    expect(ownBody('Tokayev says troops will leave Kazakhstan within ten days', 'Kassym-Jomart Tokayev spoke to parliament on Tuesday. He said the troops would leave Kazakhstan within ten days.')).toBe(true);
    // Not across paragraphs.
    expect(ownBody('Tokayev says troops will leave Kazakhstan within ten days', 'Kassym-Jomart Tokayev spoke to parliament on Tuesday.\n\nHe said the troops would leave Kazakhstan within ten days.')).toBe(false);
  });

  it('still finds a headline whose claim its body never makes unsupported', () => {
    expect(ownBody('China Forces Russia To Pull Out of Kazakhstan', 'Russian-led forces began to leave Kazakhstan on Thursday. The president said the mission was complete.')).toBe(false);
  });
});

describe('checkHeadlines: a title made from the body', () => {
  it('checks no title that is only the body\'s first words, and still reads its body as support for other headlines', () => {
    const lead = 'The Indian Navy captured 23 pirates in the Gulf of Aden on Saturday after they tried to board a merchant ship';
    const docs: CompareDocument[] = [
      { id: 'a', outlet: 'One', publishedAt: null, title: `${lead.slice(0, 60).trimEnd()}…`, text: `${lead}.` },
      { id: 'b', outlet: 'Two', publishedAt: null, title: 'Indian Navy captures 23 pirates', text: 'Commandos seized the pirates near Yemen.' },
    ];
    const headlines = compareStory(docs, deps).headlines;
    expect(headlines.map((h) => h.id)).toEqual(['b']);
    expect(headlines[0]!.supportedBy.map((s) => s.id)).toEqual(['a']);
  });
});
