import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { BACKGROUND_LEVEL, crowdFactors, crowdScaled, FLOOR, pairCrowdFactor } from './crowded-subjects.js';
import { groupStories } from './group-stories.js';
import { createNlp } from './nlp.js';

describe('crowdFactors', () => {
  // Reading 0 has its story's two readings at 0.5 and 58 others of its subject at 0.2; reading 1 the same two and
  // then readings of other topics at 0.03; reading 2 is crowded but not eligible.
  const ids = Int32Array.from({ length: 61 }, (_, k) => k);
  const crowded = Float64Array.from(ids, (j) => (j === 0 ? 0 : j <= 2 ? 0.5 : 0.2));
  const sparse = Float64Array.from(ids, (j) => (j === 1 ? 0 : j <= 2 ? 0.5 : 0.03));
  const factors = crowdFactors([ids, ids, ids], [crowded, sparse, crowded], (i) => i !== 2);

  it('scales a crowded reading by the level over its background, at most down to the floor', () => {
    expect(factors[0]).toBeCloseTo(Math.max(FLOOR, BACKGROUND_LEVEL / 0.2), 10);
    expect(factors[0]).toBeLessThan(1);
  });

  it('leaves a reading whose distant candidates are other topics, and one not eligible, as they were', () => {
    expect(factors[1]).toBe(1);
    expect(factors[2]).toBe(1);
  });

  it('scales a pair by the geometric mean of its readings’ factors', () => {
    expect(pairCrowdFactor(factors, 0, 1)).toBeCloseTo(Math.sqrt(factors[0]!), 10);
    expect(pairCrowdFactor(factors, 1, 2)).toBe(1);
  });

  it('needs more candidates than the background’s first rank', () => {
    const few = Int32Array.from({ length: 10 }, (_, k) => k);
    expect(crowdFactors([few], [Float64Array.from(few, () => 0.4)], () => true)[0]).toBe(1);
  });
});

describe('crowdScaled (a reading added alone)', () => {
  // Its story's two readings at 0.5, then 58 of its subject at 0.2.
  const scored = Array.from({ length: 60 }, (_, k) => ({ id: `r${k}`, score: k < 2 ? 0.5 : 0.2, link: k < 2 ? 0.55 : 0.22, storyId: null }));

  it('scales an undated reading’s scores and links by its own factor', () => {
    const scaled = crowdScaled(scored, { day: null, words: 70 });
    const factor = Math.max(FLOOR, BACKGROUND_LEVEL / 0.2);
    expect(scaled[0]!.score).toBeCloseTo(0.5 * factor, 10);
    expect(scaled[0]!.link).toBeCloseTo(0.55 * factor, 10);
    expect(scaled[59]!.score).toBeCloseTo(0.2 * factor, 10);
  });

  it('leaves a dated reading, a headline alone and a reading with few candidates as they were', () => {
    expect(crowdScaled(scored, { day: '2021-03-02', words: 70 })).toBe(scored);
    expect(crowdScaled(scored, { day: null, words: 9 })).toBe(scored);
    expect(crowdScaled(scored.slice(0, 20), { day: null, words: 70 })).toEqual(scored.slice(0, 20));
  });
});

describe('groupStories on a crowded subject', () => {
  const nlp = createNlp();
  // Thirty events of one senator's career, each told twice: what every reading shares is her name and office.
  const events = [
    ['pardon', 'pardoned', 'clemency'], ['plea', 'pleaded', 'guilty'], ['immunity', 'testify', 'committee'], ['dismissal', 'dismissed', 'appeals'],
    ['indictment', 'indicted', 'grand jury'], ['resignation', 'resigned', 'successor'], ['lawsuit', 'sued', 'damages'], ['audit', 'auditors', 'accounts'],
    ['memoir', 'publisher', 'chapters'], ['hospital', 'surgery', 'recovery'], ['wedding', 'married', 'ceremony'], ['campaign', 'announced', 'rally'],
    ['debate', 'moderator', 'rebuttal'], ['filibuster', 'speech', 'hours'], ['pipeline', 'permit', 'drilling'], ['tariff', 'imports', 'steel'],
    ['hurricane', 'evacuation', 'shelters'], ['vaccine', 'mandate', 'clinics'], ['drone', 'strike', 'militants'], ['scholarship', 'students', 'tuition'],
    ['bridge', 'collapse', 'engineers'], ['wildfire', 'acres', 'firefighters'], ['ethics', 'complaint', 'gifts'], ['poll', 'approval', 'voters'],
    ['union', 'strike', 'wages'], ['embassy', 'ambassador', 'visit'], ['budget', 'deficit', 'spending'], ['border', 'wall', 'migrants'],
    ['opioid', 'overdose', 'treatment'], ['satellite', 'launch', 'orbit'],
  ];
  const readings = events.flatMap(([a, b, c], e) => [0, 1].map((t) => ({
    id: `e${String(e).padStart(2, '0')}-${t}`,
    title: t === 0 ? `Senator Maria Holloway and the ${a}` : `Holloway ${b} as ${c} draw scrutiny`,
    text: t === 0
      ? `Senator Maria Holloway of Ohio, the Senate Republican, faced questions on Tuesday about the ${a}. Her office said the ${c} matter was ${b} and the ${a} would go ahead, with ${c} reviewed by her staff in Washington.`
      : `The ${a} put Ohio Republican Maria Holloway back in the news. Holloway ${b}, aides said, and the ${c} question and the ${a} now rest with the Senate, according to people in Washington close to the senator.`,
  })));
  const docs = (day: string | null) => readings.map((r) => ({ id: r.id, features: analyze({ title: r.title, text: r.text, outlet: null, publishedAt: day, language: 'en' }, { nlp }) }));
  const impure = (groups: { members: string[] }[]) => groups.filter((g) => new Set(g.members.map((m) => m.slice(0, 3))).size > 1).reduce((n, g) => n + g.members.length, 0);

  it('keeps undated tellings of a crowded subject’s events apart more than without the scaling', () => {
    const undated = docs(null);
    const scaled = impure(groupStories(undated));
    const plain = impure(groupStories(undated, { crowdedSubjects: false }));
    expect(plain).toBeGreaterThan(0);
    expect(scaled).toBeLessThan(plain);
  });

  it('leaves dated readings to their time window: the same groups with and without it', () => {
    const dated = docs('2021-03-02');
    expect(groupStories(dated)).toEqual(groupStories(dated, { crowdedSubjects: false }));
  });
});
