import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { reading } from '../../test/helpers/reading-record.js';
import type { Reading } from '../domain/types.js';
import { openStorage } from '../store/storage.js';
import { loadAnalyzer } from './analyzer.js';
import { DEFAULT_RELATE, relateNewReading } from './relate-reading.js';
import { deleteReadingEverywhere } from './stories.js';

const tempDir = useTempDir();

const WIRE = [
  'Russian-led troops will begin leaving Kazakhstan in two days, President Kassym-Jomart Tokayev said on Tuesday,',
  'after the alliance sent more than 2,000 soldiers to the country during last week\'s unrest.',
  'The withdrawal will take no more than ten days, he told parliament in the capital Nur-Sultan.',
  'Tokayev also named Alikhan Smailov as prime minister, and said the government would review tax policy.',
  'Officials said about 10,000 people had been detained since protests over fuel prices turned violent.',
].join(' ');
const OTHER = 'Heavy rain flooded the coastal town of Valparaiso on Sunday, cutting power to 40,000 homes, officials said, and schools will stay closed until Wednesday while crews clear the roads.';

/** A fresh library whose `add` stores a reading and relates it as an import does; stories are named story-1, story-2, … */
async function library() {
  const storage = openStorage(join(tempDir(), 'library.db'));
  const analyze = await loadAnalyzer();
  let n = 0;
  const add = (r: Reading) =>
    storage.transaction(() => {
      storage.readings.insert(r, r.id, { readingId: r.id, bytes: new TextEncoder().encode(r.text), contentType: null, label: r.id });
      return relateNewReading(storage.relate, r, analyze(r), DEFAULT_RELATE, () => `story-${++n}`);
    });
  return { storage, analyze, add };
}

describe('relateNewReading', () => {
  it('puts a word-for-word copy, and a copy of that copy, under the original in its story', async () => {
    const { storage, add } = await library();
    const original = add(reading({ id: 'a-original', outlet: 'AP', text: WIRE }));
    const copy = add(reading({ id: 'b-copy', outlet: 'Press TV', text: `${WIRE} Press TV contributed.` }));
    const copyOfCopy = add(reading({ id: 'c-copy', outlet: 'Daily Sabah', text: `${WIRE} Press TV contributed. More follows.` }));
    const other = add(reading({ id: 'd-other', outlet: 'AP', title: 'Floods in Valparaiso', text: OTHER }));

    expect(original).toMatchObject({ storyId: 'story-1', duplicateOf: null });
    expect(copy).toMatchObject({ storyId: 'story-1', duplicateOf: 'a-original' });
    expect(copy.duplicateSimilarity).toBeGreaterThanOrEqual(0.6);
    expect(copyOfCopy).toMatchObject({ storyId: 'story-1', duplicateOf: 'a-original' });
    expect(other).toMatchObject({ storyId: 'story-2', duplicateOf: null });
    expect(storage.relate.story('story-1')).toMatchObject({ size: 3, outlets: ['AP', 'Press TV', 'Daily Sabah'] });
    storage.close();
  });

  it('keeps copies out of the candidate index, the original standing for them, until the original goes', async () => {
    // Hexadecimal ids: deleting goes through the id lookup a user's command takes.
    const [ORIGINAL, COPY, COPY_OF_COPY] = ['aaaa0001', 'bbbb0002', 'cccc0003'];
    const { storage, analyze, add } = await library();
    add(reading({ id: ORIGINAL, outlet: 'AP', text: WIRE }));
    add(reading({ id: COPY, outlet: 'Press TV', text: `${WIRE} Press TV contributed.` }));
    add(reading({ id: COPY_OF_COPY, outlet: 'Daily Sabah', text: `${WIRE} Press TV contributed. More follows.` }));
    add(reading({ id: 'dddd0004', outlet: 'AP', title: 'Floods in Valparaiso', text: OTHER }));
    const relate = storage.relate;
    expect(relate.story('story-1')).toMatchObject({ size: 3, copies: 2 });
    expect(relate.storySize('story-1')).toBe(1);
    expect(relate.docCount()).toBe(2);
    const probe = analyze(reading({ id: 'probe', title: 'Tokayev says troops leave Kazakhstan', text: 'Kazakhstan President Kassym-Jomart Tokayev said the Russian-led troops would leave within ten days; 10,000 people were detained.' }));
    const candidates = relate.candidates(probe, { limit: 10 });
    expect(candidates).toContain(ORIGINAL);
    expect(candidates).not.toContain(COPY);
    expect(candidates).not.toContain(COPY_OF_COPY);
    expect(relate.features([COPY, COPY_OF_COPY]).size).toBe(2);

    deleteReadingEverywhere(storage, ORIGINAL);
    expect(relate.membership(COPY)).toMatchObject({ storyId: 'story-1', duplicateOf: null });
    expect(relate.membership(COPY_OF_COPY)).toMatchObject({ storyId: 'story-1', duplicateOf: COPY });
    expect(relate.story('story-1')).toMatchObject({ size: 2, copies: 1 });
    expect(relate.docCount()).toBe(2);
    const after = relate.candidates(probe, { limit: 10 });
    expect(after).toContain(COPY);
    expect(after).not.toContain(COPY_OF_COPY);
    storage.close();
  });

  it('takes the same headline on another day for another day\'s report, but a full text re-posted two days later for a copy', async () => {
    const { storage, add } = await library();
    const headline = 'U.S. Stocks Fluctuate as Investors Weigh Economy, Ukraine Crisis';
    const first = add(reading({ id: 'h1', outlet: 'Bloomberg', title: headline, text: headline, publishedAt: '2014-03-11' }));
    expect(add(reading({ id: 'h2', outlet: 'SFGate', title: headline, text: headline, publishedAt: '2014-03-11' }))).toMatchObject({ storyId: first.storyId, duplicateOf: 'h1' });
    expect(add(reading({ id: 'h3', outlet: 'Bloomberg', title: headline, text: headline, publishedAt: '2014-03-13' }))).toMatchObject({ duplicateOf: null });
    const wire = add(reading({ id: 'w1', outlet: 'AP', text: WIRE, publishedAt: '2022-01-11' }));
    expect(add(reading({ id: 'w2', outlet: 'Press TV', text: `${WIRE} Press TV contributed.`, publishedAt: '2022-01-13' }))).toMatchObject({ storyId: wire.storyId, duplicateOf: 'w1' });
    storage.close();
  });
});
