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

  it('reads a country or party under its other names ("US" = "U.S.", "Americans"; "GOP" = "Republican")', () => {
    expect(ownBody('US workers lacked protective gear, whistleblower says', 'U.S. workers assisted evacuees without protective gear, a whistleblower said.')).toBe(true);
    expect(ownBody('US sends vaccine doses to Mexico', 'Americans will see doses sent to Mexico, the vaccine coordinator said.')).toBe(true);
    expect(ownBody('GOP leader McConnell says case closed', 'The Republican leader, Mitch McConnell, says the case is closed.')).toBe(true);
    // A name of another country is no alias.
    expect(ownBody('US sends vaccine doses to Mexico', 'Britain will send vaccine doses to Mexico.')).toBe(false);
  });

  it('reads a figure whatever its scale is written as ("943K" = "943,000", "1.4M" = "1.4 million")', () => {
    expect(ownBody('Employers add 943K jobs in July', 'Employers added 943,000 jobs in July.')).toBe(true);
    expect(ownBody('Florida restores votes of 1.4M felons', 'Florida restored the votes of 1.4 million felons.')).toBe(true);
    expect(ownBody('943K jobs lost', 'Employers cut 943 jobs.')).toBe(false);
  });

  it('reads a word in any of its forms ("expectations" = "expected", "evacuation" = "evacuate")', () => {
    expect(ownBody('Jobs report beats expectations', 'Employers added more jobs in the report than economists expected.')).toBe(true);
    expect(ownBody('Governor orders evacuation', 'The governor ordered residents to evacuate the coast.')).toBe(true);
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
