import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { captionLines } from './captions.js';
import { classOf, scoreLine } from './classify.js';
import { lineFeatures } from './features.js';

function captions(text: string): string[] {
  const lines = splitLines(text);
  const features = lines.map((l) => lineFeatures(l));
  const scores = lines.map((l, i) => scoreLine(l, features[i]!, 1));
  const marked = captionLines(lines, features, scores);
  return lines.filter((_, i) => marked[i]).map((l) => l.text);
}

describe('photo captions', () => {
  it('reads the line before a photo credit as its caption, however much it reads like prose', () => {
    const text = [
      'Supporters of both parties gathered outside the studio in the rain before the debate began.',
      'Jane Smith/Reuters/Getty Images',
      'The debate was watched by about seven million people across the country on Tuesday night.',
    ].join('\n');
    // The credit, worded as one, is not body either.
    expect(captions(text)).toEqual(['Supporters of both parties gathered outside the studio in the rain before the debate began.', 'Jane Smith/Reuters/Getty Images']);
  });

  it("reads an agency caption by its full date and place at the end, and leaves prose that dates itself otherwise", () => {
    const text = [
      'President Donald Trump talks to reporters before departing the White House November 1, 2019 in Washington, DC.',
      'The president made an unscheduled trip to the hospital on Saturday, November 16, the White House said.',
      'A view of India Gate amid smog, on November 8, 2019 in New Delhi, India.',
    ].join('\n\n');
    expect(captions(text)).toEqual([
      'President Donald Trump talks to reporters before departing the White House November 1, 2019 in Washington, DC.',
      'A view of India Gate amid smog, on November 8, 2019 in New Delhi, India.',
    ]);
  });

  it('does not take the paragraph before a leading credit, a bracketed credit or a tweet link for a caption', () => {
    const text = [
      'He has consistently denied being unfair to her, and said so again on Monday.',
      'Image copyright Getty Images',
      'More than a third of the staff will likely receive notice this week, people familiar with the plan said.',
      'WeWork chairman Marcelo Claure (Credit: Getty Images)',
      'Citizens have every right to be outraged by the policy inaction that creates these risks.',
      'pic.twitter.com/fCX2Ptc7YN',
    ].join('\n');
    expect(captions(text)).not.toContain('He has consistently denied being unfair to her, and said so again on Monday.');
    expect(captions(text)).not.toContain('More than a third of the staff will likely receive notice this week, people familiar with the plan said.');
    expect(captions(text)).not.toContain('Citizens have every right to be outraged by the policy inaction that creates these risks.');
  });

  it('reads a line that opens with caption wording as a caption, even when it scores as body', () => {
    const line = 'In this photo issued by the broadcaster, the two candidates shake hands before the debate in a studio in Manchester, England, on Tuesday.';
    const [l] = splitLines(line);
    expect(classOf(scoreLine(l!, lineFeatures(l!), 1))).toBe('body');
    expect(captions(line)).toEqual([line]);
  });

  it('keeps a wire dateline paragraph', () => {
    expect(captions('LONDON (AP) — The two candidates for prime minister clashed on Tuesday night over health care and taxes.')).toEqual([]);
  });
});
