import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { classOf, scoreLine } from './classify.js';
import { lineFeatures } from './features.js';
import { termCounts, wordsCache } from './topic.js';
import { trimOffTopicEdges } from './trim.js';

function trimmed(text: string): string[] {
  const lines = splitLines(text);
  const features = lines.map((l) => lineFeatures(l));
  const classes = lines.map((l, i) => classOf(scoreLine(l, features[i]!, 1)));
  const wordsOf = wordsCache(lines.map((l) => l.text.toLowerCase()));
  const all = lines.map((_, i) => i);
  const kept = trimOffTopicEdges(lines, features, classes, lines.map(() => 1), all, termCounts(all, wordsOf), wordsOf);
  return kept.map((i) => lines[i]!.text);
}

describe('trimming the edges of the body', () => {
  it('trims the sign-off at the end: the desk\'s address, the author\'s handle, the copyright note', () => {
    const body = [
      'Health authorities are reporting a sixth death linked to a rare virus carried by mosquitoes, the worst season in a decade.',
      'County health officials said on Monday that the victim was one of two people who caught the virus in October.',
    ];
    const signOff = [
      'We would like to hear what you think about this or any of our articles. Here are some tips. And here is our email: letters@example.com.',
      'Maria Lopez covers health for the Courier. Follow her on Twitter @marialopez.',
      'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
    ];
    expect(trimmed([...body, ...signOff].join('\n'))).toEqual(body);
  });

  it('trims teasers of other stories (a headline glued to its summary) at the edges, however long', () => {
    const teaser = 'Ferry Company Opens Talks With Dock Workers; Strike PossibleThe dock workers union on Monday turned its attention to the ferry company.';
    const body = [
      'Health authorities are reporting a sixth death linked to a rare virus carried by mosquitoes, the worst season in a decade.',
      'County health officials said on Monday that the victim was one of two people who caught the virus in October.',
    ];
    expect(trimmed([teaser, ...body].join('\n'))).toEqual(body);
  });

  it('does not leave at an edge a line that was kept only for the paragraphs around it', () => {
    const subheading = 'Controller in Crystal for $39.99';
    const body = [
      'The price of one of the controllers has dropped early to the level it usually reaches on Black Friday, a week before the sales.',
      'Shops expect the same price to hold until the end of the month, when the next console bundles arrive in stores.',
    ];
    expect(trimmed([subheading, ...body].join('\n'))).toEqual(body);
  });
});
