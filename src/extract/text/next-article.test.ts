import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

const WATER = [
  'Lawmakers in the state Senate passed the water bill shortly after midnight on Thursday, ending a standoff over how much the farms in the valley may draw from the river during the summer months.',
  'The bill caps the water the farms may pump at eighty percent of last year’s use and sets aside money for the towns whose wells ran dry, the sponsor of the bill, Senator Ana Ruiz, told reporters after the vote.',
  'Farm groups said the cap would cost them part of the harvest, while the towns along the river said the bill did not go far enough and that their wells would run dry again by August if the summer is as hot as the last.',
  'The water bill now goes to the Assembly, where its speaker has said a vote could come next week, before lawmakers leave for the summer recess, although several members from the valley want changes first.',
  'Ruiz said the Senate had agreed to revisit the cap in two years, once the state has measured how much water the river carries after the new dams upstream are finished, a study the bill pays for.',
];
const BUDGET = [
  'Governor Paul Hart signed the school budget into law on Friday, giving every district more money for teachers next year and paying for new buses in the rural districts of the north, his office said in a statement.',
  'The budget adds two hundred million dollars for teachers’ pay, which the unions had asked for since the strike two years ago, and a fund for school meals that the districts may draw from from September.',
];

const dump = (...blocks: string[][]): string => blocks.flat().join('\n\n');
const MENU = ['Home', 'Politics', 'Business', 'Sports', 'Search'];
const FOOTER = ['About us', 'Contact', 'Privacy Policy', '© 2024 The Valley Courier'];

describe('other articles split from the body by their bylines', () => {
  it('the next article after the body, under its own byline, is not part of it', () => {
    const text = dump(MENU, ['Senate passes the water bill after a night of talks', 'By Maria Lopez'], WATER, ['Governor signs the school budget', 'By Daniel Kim'], BUDGET, FOOTER);
    const article = extractText(text, { url: null });
    expect(article.paragraphs).toEqual(WATER);
  });

  it('teasers of other stories before the article\'s own byline are not part of it', () => {
    const text = dump(MENU, BUDGET, ['Senate passes the water bill after a night of talks', 'By Maria Lopez'], WATER, FOOTER);
    const article = extractText(text, { url: null });
    expect(article.paragraphs).toEqual(WATER);
  });
});
