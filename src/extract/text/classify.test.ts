import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { classOf, scoreLine } from './classify.js';
import { lineFeatures } from './features.js';

function classify(text: string, repeats = 1): string {
  const line = splitLines(text)[0]!;
  return classOf(scoreLine(line, lineFeatures(line), repeats));
}

describe('line classifier', () => {
  it('reads prose as body', () => {
    expect(classify('The council voted on Tuesday to build a tram line, ending a decade of debate over the project.')).toBe('body');
    expect(classify('Die Stadtwerke senken zum ersten Januar die Strompreise für rund achtzigtausend Haushalte in der Region.')).toBe('body');
  });

  it('reads furniture as junk', () => {
    expect(classify('  • Politics')).toBe('junk');
    expect(classify('Advertisement', 5)).toBe('junk');
    expect(classify('Share on Facebook')).toBe('junk');
    expect(classify('[wolf-pack-forest-1200x800]')).toBe('junk');
    expect(classify('Home › News › Environment')).toBe('junk');
  });

  it('does not let a cue word alone sink a long sentence', () => {
    expect(classify('Readers who subscribe to the paper will notice that the council, after months of debate, finally approved the budget on Monday.')).toBe('body');
  });

  it('reads a headline glued to its summary as a teaser, not body', () => {
    expect(classify('Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for the blue oval at the track.')).not.toBe('body');
  });
});
