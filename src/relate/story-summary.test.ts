import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { createNlp } from './nlp.js';
import { summarizeStory } from './story-summary.js';

const nlp = createNlp();
const member = (id: string, title: string, publishedAt = '2014-03-21') => ({ id, features: analyze({ title, text: '', outlet: null, publishedAt, language: 'en' }, { nlp }) });

describe('a story\'s title', () => {
  it('is the headline that says most of what the others say, not the shortest with their commonest word', () => {
    const titles = ['Twitter trends', 'Turkey bans Twitter ahead of elections', 'Turkey blocks Twitter before elections', 'Twitter users in Turkey defy the ban', 'Turkey election: Twitter goes dark', 'Erdogan takes on Twitter', 'Twitter fights back'];
    const story = titles.map((t, i) => member(`m${i}`, t));
    // "Twitter trends" shares its one common word with every other title (6 over 2 words); the chosen one shares 11 over 4.
    expect(summarizeStory(story).title).toBe('Turkey blocks Twitter before elections');
  });

  it('is a headline that says what happened, not a label of names alone, unless all are labels', () => {
    // The labels share both their words with every other title (2 + 2 over 2 words); the headline shares 4 over 4.
    const titles = ['Turkey Twitter 1', 'Turkey Twitter 2', 'Turkey bans Twitter ahead of elections'];
    expect(summarizeStory(titles.map((t, i) => member(`m${i}`, t))).title).toBe('Turkey bans Twitter ahead of elections');
    expect(summarizeStory([member('a', "L'Wren Scott"), member('b', "L'Wren Scott")]).title).toBe("L'Wren Scott");
  });

  it('is a headline of the event rather than one that names its own outlet, unless all do', () => {
    const of = (id: string, title: string, outlet: string) => ({ id, features: analyze({ title, text: '', outlet, publishedAt: '2019-11-20', language: 'en' }, { nlp }) });
    // The outlet's own title shares "tariffs" and "trade" with both others (4 over 5 words); the chosen one 2 over 4.
    const story = [of('a', 'PolitiFact’s guide to understanding tariffs and trade', 'PolitiFact'), of('b', 'Trump’s trade war keeps the world guessing on tariffs', 'The New York Times'), of('c', 'Beijing tariff demands may expand trade deal', 'Deccan Herald')];
    expect(summarizeStory(story).title).not.toBe('PolitiFact’s guide to understanding tariffs and trade');
    expect(summarizeStory([of('a', 'PolitiFact’s guide to tariffs', 'PolitiFact'), of('b', 'A PolitiFact guide to tariffs', 'PolitiFact')]).title).toBe('PolitiFact’s guide to tariffs');
    // An outlet's name inside a longer word is no mention of it.
    expect(summarizeStory([of('a', 'Wirecard collapse widens', 'Wire'), of('b', 'Wirecard collapse widens in Germany', 'Reuters')]).title).toBe('Wirecard collapse widens');
  });

  it("is a headline of what happened rather than someone's words, unless all are", () => {
    const story = [member('a', 'Impeachment sham completely debunked: White House'), member('b', 'Key moments from the impeachment hearing testimony of Volker and Morrison')];
    expect(summarizeStory(story).title).toBe('Key moments from the impeachment hearing testimony of Volker and Morrison');
    const said = ['Impeachment sham completely debunked: White House', 'Impeachment hearing a sham, says Trump'];
    expect(said).toContain(summarizeStory(said.map((t, i) => member(`m${i}`, t))).title);
  });

  it('is a whole headline rather than one cut short, unless all are', () => {
    // The first and the last tie, and the first would win the tie by its id.
    const story = [member('a', 'Turkey bans Twitter ...'), member('b', 'Turkey bans Twitter, users find ways around the ban in Ankara'), member('c', 'Turkey bans Twitter')];
    expect(summarizeStory(story).title).toBe('Turkey bans Twitter');
    expect(summarizeStory([member('a', 'Turkey bans Twitter ahead of…'), member('b', 'Turkey bans Twitter…')]).title).toBe('Turkey bans Twitter…');
  });
});

describe("a story's outlets", () => {
  it('lists one outlet under two spellings once, under the spelling most of its readings give', () => {
    const told = (id: string, outlet: string) => ({ id, features: { ...member(id, 'Turkey bans Twitter').features, outlet } });
    expect(summarizeStory([told('a', 'WIRED'), told('b', 'Reuters'), told('c', 'Wired'), told('d', 'Wired')]).outlets).toEqual(['Wired', 'Reuters']);
  });
});
