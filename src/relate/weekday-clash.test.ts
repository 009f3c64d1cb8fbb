import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { InMemoryRelateIndex } from './memory-index.js';
import { createNlp } from './nlp.js';
import { groupStories } from './group-stories.js';
import { linkScore } from './link.js';
import { similarity } from './similarity.js';
import { WEEKDAY_CLASH_FACTOR, weekdayFactor, weekdayMask } from './weekday-clash.js';

const nlp = createNlp();
const features = (text: string) => analyze({ title: '', text, outlet: null, publishedAt: null, language: 'en' }, { nlp });
function score(a: string, b: string): number {
  const fa = features(a);
  const fb = features(b);
  const index = new InMemoryRelateIndex();
  index.add('a', fa);
  index.add('b', fb);
  return similarity(fa, fb, index.stats()).score;
}

describe('weekday clash', () => {
  it('reads the weekdays a reading names', () => {
    expect(weekdayMask(features('The navy captured 23 pirates on Saturday and released them on Monday.'))).toBe(weekdayMask({ dates: ['saturday', 'monday'] }));
    expect(weekdayMask(features('The navy captured 23 pirates in the Gulf of Aden.'))).toBe(0);
  });

  it('lowers two short readings that name only different weekdays, not those that share one or name none', () => {
    const saturday = 'The Indian navy captured pirates in the Gulf of Aden on Saturday after they attacked a merchant vessel.';
    const thursday = 'The Indian navy captured pirates in the Gulf of Aden on Thursday after they attacked a merchant vessel.';
    const undated = 'The Indian navy captured pirates in the Gulf of Aden after they attacked a merchant vessel.';
    expect(score(saturday, thursday)).toBeCloseTo(score(saturday, saturday.replace('Saturday', 'Sunday')), 10);
    expect(score(saturday, thursday)).toBeLessThan(score(saturday, undated) * 0.9);
    expect(score(saturday, `${thursday} It was Saturday's second attack.`)).toBeGreaterThan(score(saturday, thursday) / WEEKDAY_CLASH_FACTOR * 0.95);
  });

  it('leaves long articles alone: they name the days of the event, the reactions and the next steps', () => {
    expect(weekdayFactor(1, 40, 2, 40)).toBe(WEEKDAY_CLASH_FACTOR);
    expect(weekdayFactor(1, 40, 3, 40)).toBe(1);
    expect(weekdayFactor(1, 400, 2, 40)).toBe(1);
    expect(weekdayFactor(0, 40, 2, 40)).toBe(1);
  });

  it('lowers the pair in a regroup as in a similar readings list', () => {
    const a = features('The Indian navy captured 23 Somali pirates in the Gulf of Aden on Saturday after they attacked a merchant vessel.');
    const b = features('The Indian navy captured 23 Somali pirates in the Gulf of Aden on Thursday after they attacked a merchant vessel.');
    const index = new InMemoryRelateIndex();
    index.add('a', a);
    index.add('b', b);
    const link = linkScore(similarity(a, b, index.stats()).score, a.words, b.words);
    const group = (threshold: number) => groupStories([{ id: 'a', features: a }, { id: 'b', features: b }], { threshold, sharedNeighbours: false, subjectDiscount: false }).length;
    // Between the lowered link and the link the pair would have without the clash.
    expect(group(link / 0.9)).toBe(2);
    expect(group(link * 0.95)).toBe(1);
  });
});

