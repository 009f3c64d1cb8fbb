import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { analyzeDocument } from '../summarize/analyze-document.js';
import { findQuantities } from './quantities.js';

const nlp = createNlp();
const find = (text: string) => analyzeDocument({ text }, { nlp }).sentences.flatMap((s) => findQuantities(s.tokens));

describe('findQuantities', () => {
  it.each([
    ['More than 2,000 troops arrived.', 'quantity/troops', { low: 2000, high: Infinity, bound: 'atLeast' }],
    ['Shoigu said the 2,500 Russian-led soldiers would stay.', 'quantity/troops', { low: 2500, high: 2500, bound: 'exact' }],
    ['The pullout will take ten days.', 'quantity/days/span', { low: 10, high: 10 }],
    ['The withdrawal would take “no more than 10 days.”', 'quantity/days/span', { low: 0, high: 10, bound: 'atMost' }],
    ['It will start in two days.', 'quantity/days/start', { low: 2, high: 2 }],
    ['Police detained roughly 10,000 people.', 'quantity/people/detained', { bound: 'about', value: 10000 }],
    ['The 68-year-old president spoke.', 'age/president', { value: 68 }],
    ['Prices rose 3 percent in a month.', 'quantity/percent', { value: 3 }],
    ['The $1.5 trillion plan was announced.', 'quantity/dollars/plan', { value: 1.5e12 }],
  ])('%s', (text, key, amount) => {
    const q = find(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.key).toBe(key);
    expect(q[0]!.amount).toMatchObject(amount);
  });

  it('leaves years and dates alone', () => {
    expect(find('In 2022 the protests began on January 2.')).toEqual([]);
  });

  it('reads words an object prototype has as words, not numbers', () => {
    expect(find('The constructor valueOf said toString was hasOwnProperty.')).toEqual([]);
    expect(find('About 2,000 constructor workers arrived.')[0]?.amount).toMatchObject({ bound: 'about', value: 2000 });
  });
});
