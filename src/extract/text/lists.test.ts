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

  it('keeps a numbered list the body announces with the bare link under each item, stepping over its image placeholders', () => {
    const text = [
      'Here are the deals for nostalgic readers of the eighties and nineties:',
      '1) Lego Star Wars 75188 Resistance Bomber',
      'http://amzn.to/2iJFhRj',
      '[1-300x300]',
      '2) Polistil 960574 Electric Racing Track',
      'http://amzn.to/2hZfWFJ',
      '3) Blade Runner The Final Cut (4K Ultra HD)',
      'http://amzn.to/2hWEIX7',
      '[3-240x300]',
      'Leave a comment',
    ].join('\n');
    const { lines, features, repeats, wordsOf } = setup(text);
    expect(listAfter(lines, features, repeats, 0, termCounts([0], wordsOf), wordsOf)).toEqual([1, 2, 4, 5, 6, 7]);
  });

  it('keeps the short questions and answers of an interview inside the body', () => {
    const { lines, features, repeats } = setup(interview.join('\n'));
    expect(lines.map((_, i) => isInterviewLine(lines, features, repeats, i))).toEqual([false, true, true, true, true, false]);
  });
});
