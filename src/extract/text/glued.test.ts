import { describe, expect, it } from 'vitest';
import { isGluedTeaser } from './glued.js';

describe('glued teasers', () => {
  it('reads a headline run into its summary as a teaser', () => {
    expect(isGluedTeaser('Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for the blue oval.', 15)).toBe(true);
    expect(isGluedTeaser('The new iPhone and the PlayStation sold well in the run-up to the holidays.', 14)).toBe(false);
  });

  it('reads a title printed twice in a row (an image link, then its title) as a teaser', () => {
    expect(isGluedTeaser('Business focus: a camera lensBusiness focus: a camera lens', 8)).toBe(true);
    expect(isGluedTeaser('Police rescue kidnapped girl in Fort Worth Police rescue kidnapped girl in Fort Worth', 14)).toBe(true);
    expect(isGluedTeaser('Go Go', 2)).toBe(false);
  });
});
