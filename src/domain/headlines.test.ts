import { describe, expect, it } from 'vitest';
import { isAttributedHeadline, titleNamesOutlet } from './headlines.js';

describe('isAttributedHeadline', () => {
  it.each([
    'Impeachment sham completely debunked: White House',
    "Scooter Braun allegedly 'frustrated' with Big Machine partner Scott Borchetta amid Taylor Swift feud: report",
    "Trump on Friday: 'I Don't Know Matt Whitaker'",
    '“We will win,” Trump says',
    'Fed may raise rates next spring, says Yellen',
  ])('reads "%s" as someone\'s words', (title) => expect(isAttributedHeadline(title)).toBe(true));

  it.each([
    'Kazakhstan: Russian Peacekeepers to Leave in Two Days',
    "Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony",
    'Turkey election: Twitter goes dark',
    'Brexit: What happens next',
    'Coronavirus: UK',
    'Review: Divergent',
    'Trump Impeachment Trial Begins In The Senate: Live Updates',
    'Apple Unveils A New iPhone: What We Know',
  ])('reads "%s" as a headline of what happened', (title) => expect(isAttributedHeadline(title)).toBe(false));
});

describe('titleNamesOutlet', () => {
  it('reads the outlet as a word of the headline, not inside a longer one', () => {
    expect(titleNamesOutlet('PolitiFact’s guide to understanding tariffs and trade', 'PolitiFact')).toBe(true);
    expect(titleNamesOutlet('Wirecard collapse widens', 'Wire')).toBe(false);
    expect(titleNamesOutlet('Wirecard collapse widens', null)).toBe(false);
  });
});
