import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { lineFeatures } from './features.js';
import { isInterviewLine, listAfter } from './lists.js';
import { termCounts, wordsCache } from './topic.js';

function setup(text: string) {
  const lines = splitLines(text);
  const features = lines.map((l) => lineFeatures(l));
  const repeats = lines.map(() => 1);
  const wordsOf = wordsCache(lines.map((l) => l.text.toLowerCase()));
  return { lines, features, repeats, wordsOf };
}

describe('lists around the body', () => {
  const interview = ['We asked her about the old docks and the ferry to the islands.', 'Q: Will the ferry run all year?', 'A: Yes, from next spring.', 'Q: Favourite place?', 'A: The fish market', 'Share this'];

  it('continues an interview the body ends in, short answers too', () => {
    const { lines, features, repeats, wordsOf } = setup(interview.join('\n'));
    expect(listAfter(lines, features, repeats, 2, termCounts([0, 1, 2], wordsOf), wordsOf)).toEqual([3, 4]);
  });

  it('keeps the short questions and answers of an interview inside the body', () => {
    const { lines, features, repeats } = setup(interview.join('\n'));
    expect(lines.map((_, i) => isInterviewLine(lines, features, repeats, i))).toEqual([false, true, true, true, true, false]);
  });
});
