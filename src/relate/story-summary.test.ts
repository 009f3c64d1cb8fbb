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
