import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { splitByExclusiveNames } from './exclusive-names.js';
import { groupStories } from './group-stories.js';
import { createNlp } from './nlp.js';
import type { EntityKind, Features } from './types.js';
import { statKeys } from './weights.js';

const nlp = createNlp();
const features = new Map<string, Features>();
const reading = (id: string, title: string, text: string): string => {
  features.set(id, analyze({ title, text, outlet: null, publishedAt: null, language: 'en' }, { nlp }));
  return id;
};
const split = (groups: string[][], keptWhole: (members: readonly string[]) => boolean = () => false): string[][] => {
  const df = new Map<string, number>();
  for (const f of features.values()) for (const k of statKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  return splitByExclusiveNames(groups, { features: (id) => features.get(id)!, stats: { docCount: features.size, docFreq: (k) => df.get(k) ?? 0 }, keptWhole });
};

// Two drunk-driving arrests of one team's players, a month apart: one kind of event, two events.
const jackson = [
  reading('j1', 'Chargers receiver Vincent Jackson arrested on suspicion of DUI', 'San Diego Chargers wide receiver Vincent Jackson was arrested early Tuesday on suspicion of drunken driving, five days before the playoff game at Pittsburgh.'),
  reading('j2', 'Vincent Jackson will play despite DUI arrest', 'Vincent Jackson will play in Sunday\'s divisional playoff game at Pittsburgh despite his arrest on suspicion of driving under the influence on Tuesday, coach Norv Turner said.'),
  reading('j3', 'Vincent Jackson arrested, police say', 'Police stopped Vincent Jackson at 2:30 a.m. Tuesday in downtown San Diego and booked him on suspicion of drunken driving before releasing him on bail; the receiver faces the Steelers on Sunday.'),
  reading('j4', 'Receiver arrested days before playoff game', 'Chargers receiver Vincent Jackson was arrested Tuesday morning on suspicion of drunk driving, the team said, days before its playoff game in Pittsburgh.'),
];
const williams = [
  reading('w1', 'Chargers tackle Jamal Williams arrested on suspicion of DUI', 'San Diego Chargers defensive tackle Jamal Williams was arrested early Sunday on suspicion of drunken driving after the Highway Patrol stopped his Bentley for speeding on State Route 94.'),
  reading('w2', 'Jamal Williams faces DUI charge', 'The City Attorney is weighing misdemeanor drunken driving charges against Jamal Williams, the Chargers\' second such arrest in less than a month, after he was stopped on Route 94.'),
  reading('w3', 'Williams is second Charger arrested in a month', 'Defensive lineman Jamal Williams, 32, was pulled over for speeding in his Bentley around 1:30 a.m. Sunday and arrested on suspicion of drunk driving, the Highway Patrol said.'),
  reading('w4', 'Chargers lineman arrested for drunk driving', 'Chargers defensive tackle Jamal Williams was arrested Sunday for suspicion of driving under the influence on State Route 94, weeks after the team\'s season ended.'),
];
const neither = reading('n1', 'Chargers lineman stopped for speeding on Route 94', 'The Highway Patrol said the defensive tackle was driving his Bentley at high speed on State Route 94 early Sunday and failed a sobriety test; he was booked and released.');

describe('splitByExclusiveNames', () => {
  it('splits a story of two events whose readings each name one player and never the other', () => {
    const parts = split([[...jackson, ...williams, neither].sort()]);
    expect(parts).toHaveLength(2);
    expect(parts).toContainEqual(jackson);
    expect(parts).toContainEqual([neither, ...williams].sort());
  });

  it('keeps one event whole when its sides name one player in two ways ("Vincent Jackson", "Jackson")', () => {
    // The same arrest, one side on the arrest itself, the other on Sunday's game; the second side names him by his surname only.
    const game = [
      reading('g1', 'Jackson to start against the Steelers', 'Chargers coach Norv Turner said Jackson will start at receiver against the Steelers at Heinz Field, where San Diego has lost four straight road games in January.'),
      reading('g2', 'Turner: Jackson plays Sunday', 'Norv Turner told reporters the Chargers receiver Jackson practised fully Wednesday and will face the Steelers secondary, San Diego’s first playoff game in Pittsburgh, with Ike Taylor expected to cover him.'),
      reading('g3', 'Jackson cleared for Heinz Field', 'Jackson was cleared by the league to face the Steelers at Heinz Field in Pittsburgh with San Diego; Turner said the receiver apologised to his teammates in Wednesday\'s meeting.'),
    ];
    const oneEvent = [...jackson, ...game].sort();
    expect(split([oneEvent])).toEqual([oneEvent]);
  });

  it('leaves small stories, headlines and stories kept whole alone', () => {
    const both = [...jackson, ...williams].sort();
    expect(split([both], (members) => members.includes('j1'))).toEqual([both]);
    expect(split([[...jackson.slice(0, 2), williams[0]!].sort()])).toHaveLength(1);
    expect(split([[...jackson.slice(0, 2), ...williams.slice(0, 2)].sort()])).toHaveLength(2);
    const headlines = [...jackson, ...williams].map((id) => reading(`h-${id}`, features.get(id)!.title, '')).sort();
    expect(split([headlines])).toEqual([headlines]);
  });

  it('pairs a name of unknown kind with a person or an organisation, not with a place (often a part of it), and never two names sharing a word', () => {
    const made = (id: string, words: string[], name: string, kind: EntityKind): string => {
      const terms = Object.fromEntries(words.map((w) => [w, 1]));
      features.set(id, { ...features.get('j1')!, title: id, words: 40, terms, titleTerms: [], entities: [{ key: name, name, kind, count: 1 }], numbers: [], dates: [] });
      return id;
    };
    const shared = ['heavyweight', 'title', 'stop', 'belt'];
    const side = (prefix: string, name: string, kind: EntityKind, own: string[]): string[] =>
      [0, 1, 2, 3].map((k) => made(`${prefix}${k}`, [...shared, ...own.slice(k, k + 3)], name, kind));
    const rahman = side('ra', 'hasim rahman', 'name', ['mannheim', 'seventh', 'sap', 'arena', 'substitute', 'germany']);
    const thompson = side('th', 'tony thompson', 'person', ['bern', 'sixth', 'switzerland', 'rematch', 'wba', 'sixteenth']);
    expect(split([[...rahman, ...thompson].sort()])).toHaveLength(2);
    const surname = side('su', 'thompson', 'person', ['bern', 'sixth', 'switzerland', 'rematch', 'wba', 'sixteenth']);
    expect(split([[...side('fu', 'tony thompson', 'person', ['mannheim', 'seventh', 'sap', 'arena', 'substitute', 'germany']), ...surname].sort()])).toHaveLength(1);
    const avenue = side('av', 'avenue montaigne', 'name', ['mannheim', 'seventh', 'sap', 'arena', 'substitute', 'germany']);
    const paris = side('pa', 'paris', 'place', ['bern', 'sixth', 'switzerland', 'rematch', 'wba', 'sixteenth']);
    expect(split([[...avenue, ...paris].sort()])).toHaveLength(1);
  });

  it('runs in groupStories: the two arrests, merged by average link on their shared words, come out as two stories', () => {
    const docs = [...jackson, ...williams, neither].map((id) => ({ id, features: features.get(id)! }));
    const stories = groupStories(docs, { threshold: 0.1 }).map((s) => s.members);
    expect(stories).toHaveLength(2);
    expect(stories).toContainEqual(jackson);
  });
});
