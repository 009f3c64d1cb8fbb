import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { signatureSimilarity } from './minhash.js';
import { nearDuplicate } from './near-duplicate.js';
import { createNlp } from './nlp.js';

const nlp = createNlp();
const doc = (title: string, text: string) => analyze({ title, text, outlet: null, publishedAt: '2024-03-04', language: 'en' }, { nlp });

const WIRE = [
  'More than 2,000 Russian-led troops began to withdraw from Kazakhstan on Thursday, the defence ministry in Moscow said.',
  'The troops were deployed last week after peaceful protests over a rise in fuel prices turned into deadly riots in Almaty.',
  'President Kassym-Jomart Tokayev said the withdrawal would take no more than ten days.',
  'Washington has warned that Moscow could use the mission to extend its influence in Central Asia.',
].join('\n\n');
const SPUN = [
  'More than 2,000 Russian-led soldiers started to pull out of Kazakhstan on Thursday, the defense ministry in Moscow stated.',
  'The soldiers were sent last week when peaceful demonstrations over a rise in fuel prices became deadly riots in Almaty.',
  'President Kassym-Jomart Tokayev stated the pullout would last no more than ten days.',
  'Washington has cautioned that Moscow may use the operation to widen its influence in Central Asia.',
].join('\n\n');
const OTHER = [
  'Kazakhstan’s president named a new prime minister on Tuesday after the government resigned over the unrest.',
  'Alikhan Smailov, a former finance minister, was approved by parliament with 79 votes.',
  'He promised to bring fuel prices down and to raise pensions by the end of the year.',
  'Opposition groups said the change would not end corruption in Nur-Sultan.',
].join('\n\n');

describe('nearDuplicate', () => {
  it('finds a verbatim re-post', () => {
    const a = doc('Russian-led troops start leaving Kazakhstan', WIRE);
    const b = doc('Troops leave Kazakhstan', WIRE);
    expect(signatureSimilarity(a.signature, b.signature)).toBe(1);
    expect(nearDuplicate(a, b)?.similarity).toBe(1);
  });

  it('finds a spun copy whose sentences and facts align', () => {
    const found = nearDuplicate(doc('Russian-led troops start leaving Kazakhstan', WIRE), doc('Russian led troops start pullback from Kazakhstan', SPUN));
    expect(found).not.toBeNull();
    expect(found!.similarity).toBeGreaterThanOrEqual(0.75);
  });

  it('does not take another report on the same country for a copy', () => {
    expect(nearDuplicate(doc('Russian-led troops start leaving Kazakhstan', WIRE), doc('Kazakhstan names a new prime minister', OTHER))).toBeNull();
  });

  it('does not take two outlets\' headlines of one event for copies of each other', () => {
    const headline = (h: string) => doc(h, h);
    expect(nearDuplicate(headline('Scientists detect first direct evidence for Big Bang theory'), headline('US scientists detect echoes of Big Bang'))).toBeNull();
    expect(nearDuplicate(headline('Neil Young\'s PonoMusic music service will debut this week'), headline('Neil Young Announces PonoMusic Launch'))).toBeNull();
    const same = 'Fed official says weak data caused by weather, should not slow taper';
    expect(nearDuplicate(headline(same), headline(same))?.similarity).toBe(1);
  });
});
