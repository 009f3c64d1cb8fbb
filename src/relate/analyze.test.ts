import { describe, expect, it } from 'vitest';
import { analyze, bodyAfterTitle } from './analyze.js';
import { createNlp } from './nlp.js';

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

describe('analyze', () => {
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
