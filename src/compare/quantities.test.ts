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
    ['Consumer prices rose 3 percent in a month.', 'quantity/percent/price', { value: 3 }],
    ['Officials announced a 25% tariff on steel.', 'quantity/percent/tariff', { value: 25 }],
    ['The tariff rose to 25% on Friday.', 'quantity/percent/tariff', { value: 25 }],
    ['Average wages fell by 0.16 percent last year.', 'quantity/percent/wage', { value: 0.16 }],
    ['The goal is a first dose for 70% of American adults.', 'quantity/percent/adult', { value: 70 }],
    ['Beijing would resume buying 20 billion dollars in American farm products.', 'quantity/dollars/farm', { value: 2e10 }],
    ['It came to 63 billion dollars.', 'quantity/dollars/=63000000000', { value: 6.3e10 }],
    ['The $1.5 trillion plan was announced.', 'quantity/dollars/plan', { value: 1.5e12 }],
    ['It would eliminate 195,600 full-time-equivalent jobs.', 'quantity/jobs', { value: 195600 }],
    ['That is a $75.3 billion dollar hit.', 'quantity/dollars/=75300000000', { value: 7.53e10 }],
    ['It lies on China’s $1.5 trillion Belt and Road Initiative that has won support.', 'quantity/dollars/=1500000000000', { value: 1.5e12 }],
    ['More than 2,000 riot police were sent.', 'quantity/police', { low: 2000 }],
    ['The flaw has been used to attack over 2m Windows users.', 'quantity/users', { low: 2e6, bound: 'atLeast' }],
    ['They raised money from 10k donors.', 'quantity/donors', { value: 1e4 }],
    ['He faces a maximum sentence of 175 years in prison if convicted of all the charges.', 'quantity/years/span/total', { value: 175 }],
    ['The charge is punishable by up to five years in prison.', 'quantity/years/span', { high: 5, bound: 'atMost' }],
    ['Each defendant faces up to 20 years each.', 'quantity/years/span/each', { high: 20 }],
    // A change says what the thing is now: the figure it came from is no claim of its own.
    ['The unemployment rate rose from 3.9 percent to 4.2 percent in March.', 'quantity/percent/rate', { value: 4.2, bound: 'exact' }],
    ['The fare was cut from 25 dollars to 20 dollars.', 'quantity/dollars/fare', { value: 20 }],
  ])('%s', (text, key, amount) => {
    const q = find(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.key).toBe(key);
    expect(q[0]!.amount).toMatchObject(amount);
  });

  it('keys a sum told for all of several things or for each of them apart from a plain one', () => {
    expect(find('The company paid fines totaling $3 million.').map((q) => q.key)).toEqual(['quantity/dollars/total/fine']);
    expect(find('The company paid $3 million in fines.').map((q) => q.key)).toEqual(['quantity/dollars/fine']);
    expect(find('The buyer paid $5 per share.').map((q) => q.key)).toEqual(['quantity/dollars/each/share']);
  });

  it('words a share or a sum with the noun phrase it measures', () => {
    expect(find('Beijing would resume buying $20 billion in American farm products.').map((q) => q.text)).toEqual(['$20 billion in American farm products']);
    expect(find('The goal is a first dose for 70% of American adults.').map((q) => q.text)).toEqual(['70% of American adults']);
    // A share measured by a noun before it reads from that noun phrase: "3.5%" alone says nothing of what it is.
    expect(find('The tariff rose to 25% on Friday.').map((q) => q.text)).toEqual(['tariff rose to 25%']);
    expect(find('The jobless rate dropped to 3.5% in September.').map((q) => q.text)).toEqual(['jobless rate dropped to 3.5%']);
    // A sum's noun before it is mostly a preposition's: the sum alone.
    expect(find('Apple sells the case for $150.').map((q) => q.text)).toEqual(['$150']);
    // A sum of nothing common is worded with the name it is of, to the name's end.
    expect(find('It lies on China’s $1.5 trillion Belt and Road Initiative that has won support.').map((q) => q.text)).toEqual(['$1.5 trillion Belt and Road Initiative']);
    // Seed 004's sentence: the noun before the owner is not what the sum is of.
    expect(find('It is on the crossroads of China’s $1.5 trillion Belt and Road Initiative that has won over the support of developing countries.').map((q) => [q.key, q.text]))
      .toEqual([['quantity/dollars/=1500000000000', '$1.5 trillion Belt and Road Initiative']]);
    expect(find('Apple sells it for $150 and Samsung for less.').map((q) => q.text)).toEqual(['$150']);
    // A change reads from what changed, through both figures.
    expect(find('The US unemployment rate rose from 3.9 percent to 4.2 percent in March.').map((q) => q.text)).toEqual(['unemployment rate rose from 3.9 percent to 4.2 percent']);
    expect(find('The company cut the price from $25 to $20 on Friday.').map((q) => q.text)).toEqual(['cut the price from $25 to $20']);
    // Without a verb before "from", two figures of a range are left as they were.
    expect(find('From 2,000 to 2,500 troops were deployed.').map((q) => q.text)).toEqual(['2,500 troops']);
  });

  it('counts the head of a row of nouns: the first plural, else the last noun', () => {
    const keys = (text: string): string[] => find(text).map((q) => q.key);
    expect(keys('Three Justice Department lawyers wrote to the court.')).toEqual(['quantity/lawyers']);
    expect(keys('Officials sent 40 health care workers home.')).toEqual(['quantity/workers']);
    expect(keys('Five states cast votes.')).toEqual(['quantity/states']);
    expect(keys('Over 130 Secret Service agents isolating at home were named.')).toEqual(['quantity/agents']);
    expect(keys('The House approved the $1.9 trillion stimulus bill.')).toEqual(['quantity/dollars/bill']);
    expect(keys('Biden signed two coronavirus economic relief executive orders.')).toEqual(['quantity/orders']);
    expect(keys('4.4 million Americans sought jobless benefits last week.')).toEqual(['quantity/benefits']);
    expect(keys('They sent 500 security personnel.')).toEqual(['quantity/troops']);
    expect(keys('He outlined his $1.9 trillion relief proposal last month.')).toEqual(['quantity/dollars/proposal']);
    // A unit joined to its figure describes what follows it.
    expect(keys('The phone has a 5.5-inch touchscreen display.')).toEqual(['quantity/touchscreen']);
  });

  it('reads "$1.9T" as $1.9 trillion', () => {
    expect(find('Congress passed a $1.9T relief bill.').map((q) => q.amount.value)).toEqual([1.9e12]);
  });

  it('counts no forecasters whose forecast the figure is ("the 870,000 economists had expected")', () => {
    expect(find('Employers added 943,000 jobs, more than the 870,000 economists had expected.').map((q) => q.text)).toEqual(['943,000 jobs']);
    expect(find('Some 400 economists signed the letter.').map((q) => q.key)).toEqual(['quantity/economists']);
  });

  it('leaves numbers that name a thing alone: after a label noun or a proper name', () => {
    expect(find('Both sides are close to a phase 1 trade deal.')).toEqual([]);
    expect(find('Section 230 protects the platforms.')).toEqual([]);
    const jets = find('Emirates ordered 30 Boeing 787 jets.');
    expect(jets.map((q) => [q.key, q.amount.value])).toEqual([['quantity/jets', 30]]);
    expect(find('Washington kept the U.S. 25% tariffs on steel.').map((q) => q.amount.value)).toEqual([25]);
  });

  it("leaves the outlet's sources and 'one' as a pronoun alone, not one person", () => {
    expect(find('The company will cut staff, according to two people familiar with the matter.')).toEqual([]);
    expect(find('Three officials who spoke on condition of anonymity confirmed it.')).toEqual([]);
    expect(find('One chapter of the story is closed.')).toEqual([]);
    expect(find('One person was killed in the blast.').map((q) => q.key)).toEqual(['quantity/people/killed']);
  });

  it('leaves a small count after "the" alone: it names what the text has named', () => {
    expect(find('The two sides of the trading relationship are poorer.')).toEqual([]);
    expect(find('Talks between the two largest economies stalled.')).toEqual([]);
    expect(find('Trade between the world’s two largest economies slowed.')).toEqual([]);
    expect(find('Volker said he never used the term "three amigos" and cringed.')).toEqual([]);
    expect(find('Volker said he never used the term “three amigos” and cringed.')).toEqual([]);
    expect(find("Trade between the world's two largest economies slowed.")).toEqual([]);
    expect(find('Two sides signed the deal.').map((q) => q.key)).toEqual(['quantity/sides']);
    expect(find('Shoigu said the 2,500 soldiers would stay.').map((q) => q.key)).toEqual(['quantity/troops']);
  });

  it('reads "thousands" as any count in the thousands or tens of thousands', () => {
    expect(find('Thousands of employees will lose their jobs.')[0]!.amount).toMatchObject({ low: 2000, high: 99999 });
  });

  it('leaves years and dates alone', () => {
    expect(find('In 2022 the protests began on January 2.')).toEqual([]);
  });

  it('reads words an object prototype has as words, not numbers', () => {
    expect(find('The constructor valueOf said toString was hasOwnProperty.')).toEqual([]);
    expect(find('About 2,000 constructor workers arrived.')[0]?.amount).toMatchObject({ bound: 'about', value: 2000 });
  });
});
