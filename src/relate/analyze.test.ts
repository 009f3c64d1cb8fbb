import { describe, expect, it } from 'vitest';
import { titleFromBody } from '../extract/text/metadata.js';
import { analyze, bodyAfterTitle, madeFromBody } from './analyze.js';
import { createNlp } from './nlp.js';
import { weigh } from './weights.js';

const nlp = createNlp();
const HEADLINE = 'Fed official says weak data caused by weather, should not slow taper';

describe('bodyAfterTitle', () => {
  it('takes off a leading copy of the title that ends where the title does', () => {
    expect(bodyAfterTitle(HEADLINE, HEADLINE)).toBe('');
    expect(bodyAfterTitle(`${HEADLINE}\n\nPhiladelphia Fed President Charles Plosser said…`, HEADLINE)).toBe('\nPhiladelphia Fed President Charles Plosser said…');
    expect(bodyAfterTitle(`  ${HEADLINE.replaceAll(' ', '  ').toUpperCase()}. Next.`, HEADLINE)).toBe('Next.');
    expect(bodyAfterTitle('Is it over? Yes, it is.', 'Is it over?')).toBe('Yes, it is.');
  });

  it('leaves a body whose first sentence only begins like the title', () => {
    expect(bodyAfterTitle('Apple shares rose on Monday.', 'Apple')).toBe('Apple shares rose on Monday.');
    expect(bodyAfterTitle('The body.', '')).toBe('The body.');
    expect(bodyAfterTitle('A (bracketed) title is [escaped]\nbody', 'A (bracketed) title is [escaped]')).toBe('body');
  });
});

const LEAD = 'The Indian navy captured 23 pirates in the Gulf of Aden on Saturday. The pirates had tried to board a merchant vessel flying an Ethiopian flag, the Defence Ministry said.';

describe('madeFromBody', () => {
  it('knows the titles extraction makes of a text without a headline: its first sentence, or its cut beginning', () => {
    expect(titleFromBody(LEAD)).toBe('The Indian navy captured 23 pirates in the Gulf of Aden on Saturday');
    expect(madeFromBody(titleFromBody(LEAD), LEAD)).toBe(true);
    const long = `${'The Indian navy captured 23 pirates who had tried to board a merchant vessel flying an Ethiopian flag '.repeat(2)}on Saturday.`;
    expect(titleFromBody(long).endsWith('…')).toBe(true);
    expect(madeFromBody(titleFromBody(long), long)).toBe(true);
    expect(madeFromBody(titleFromBody('FIRED IN PHILLY!! The Sixers fired their coach.'), 'FIRED IN PHILLY!! The Sixers fired their coach.')).toBe(true);
  });

  it('leaves a headline of its own, a headline line above the body and a title that only begins like the body', () => {
    expect(madeFromBody(HEADLINE, LEAD)).toBe(false);
    expect(madeFromBody(HEADLINE, `${HEADLINE}\n\n${LEAD}`)).toBe(false);
    expect(madeFromBody('The Indian navy', LEAD)).toBe(false);
    expect(madeFromBody('', LEAD)).toBe(false);
    expect(madeFromBody(HEADLINE, HEADLINE)).toBe(false);
  });
});

describe('analyze', () => {
  it('counts the words of a title made of the body once, in the body, and keeps them as the title\'s terms', () => {
    const input = { outlet: null, publishedAt: null, language: 'en' };
    const oneSentence = 'The Indian navy captured 23 pirates in the Gulf of Aden on Saturday.';
    const long = `${LEAD.replace('.', ',')} ${LEAD}`;
    for (const text of [LEAD, oneSentence, long]) {
      const made = analyze({ ...input, title: titleFromBody(text), text }, { nlp });
      const untitled = analyze({ ...input, title: '', text }, { nlp });
      expect(made.terms).toEqual(untitled.terms);
      expect(made.words).toBe(untitled.words);
      expect(made.entities).toEqual(untitled.entities);
      expect(made.titleTerms).toEqual(expect.arrayContaining(['navy', 'pirate', 'gulf']));
      // …and its words weigh as the body's, without a headline's boost.
      const stats = { docCount: 10, docFreq: () => 1 };
      expect(weigh(made, stats)).toEqual(weigh(untitled, stats));
    }
    expect(analyze({ ...input, title: titleFromBody(oneSentence), text: oneSentence }, { nlp }).terms.pirate).toBe(1);
  });

  it('counts a headline stored as its own text once, as a headline alone', () => {
    const input = { outlet: null, publishedAt: '2014-03-10', language: 'en' };
    const echoed = analyze({ ...input, title: HEADLINE, text: HEADLINE }, { nlp });
    const alone = analyze({ ...input, title: HEADLINE, text: '' }, { nlp });
    expect(echoed).toEqual(alone);
    expect(echoed.words).toBe(12);
    expect(echoed.terms.weather).toBe(1);
  });

  it('analyses a Title Case headline holding words an object prototype has', () => {
    expect(nlp.lexicon('constructor')).toEqual([]);
    expect(nlp.lexicon('tostring')).toEqual([]);
    const features = analyze({ title: 'Ferrari Constructor Wins ToString Prize In Monaco', text: '', outlet: null, publishedAt: '2014-03-10', language: 'en' }, { nlp });
    expect(features.entities.map((e) => e.key)).toContain('monaco');
  });
});

describe('analyze: words of a script written without spaces', () => {
  it('counts a Japanese article by its characters, not as the headline its few space-separated tokens make', () => {
    const text = [
      '先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。',
      '報道によると、男性は中古のiPhoneの部品を交換し、純正品のように見せかけてインターネットのオークションで販売していたということです。',
      '商標は商品の出所を示すものであり、改造された商品に元の商標を付けたまま販売することは、商標権の侵害にあたる場合があります。',
    ].join('\n\n');
    const f = analyze({ title: '商品の改造が商標法違反に', text, outlet: null, publishedAt: null, language: 'ja' }, { nlp });
    expect(f.words).toBeGreaterThan(80);
    const english = analyze({ title: HEADLINE, text: LEAD, outlet: null, publishedAt: null, language: 'en' }, { nlp });
    expect(english.words).toBe(HEADLINE.split(' ').length + LEAD.split(' ').length);
  });
});
