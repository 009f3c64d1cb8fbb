import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

const DRIVERS = ['Kyle Busch', 'Martin Truex', 'Kevin Harvick', 'Denny Hamlin', 'Joey Logano', 'Ryan Blaney', 'Kyle Larson', 'Brad Keselowski', 'Clint Bowyer', 'Chase Elliott', 'William Byron', 'Alex Bowman'];
const ROWS = DRIVERS.map((name, i) => `${i + 1} ${name} ${5040 - i * 17} ${(i * 7) % 6} ${(i * 3) % 5} ${19 - i}`);
const INTRO = [
  'The final standings of the Cup Series after all thirty-six races of the season are below, with every driver who scored points this year.',
  'Only the first twelve drivers in the standings fought for the title in the last ten races, and Kyle Busch won it at the final race in Homestead.',
];
const MENU = ['Home', 'News', 'Standings', 'Calendar', 'Drivers', 'Teams', 'Videos', 'Forum'];
const SIDEBAR = [
  'Latest column',
  'Click on the photo to read every column our editor writes on Formula 1, MotoGP and the other series he follows for the site.',
  'Power ranking',
  'Click on the image above to see how the drivers rank this season after the Brazilian Grand Prix and in the year so far.',
];

describe('numbered rows', () => {
  it('keeps a standings table printed one row a line with the intro above it', () => {
    const text = [...MENU, 'Cup Series standings', 'October 22, 2019', ...INTRO, 'Pos. Driver Points Wins Poles Top 5', ...ROWS, ...SIDEBAR, '© 2019 Autoracing'].join('\n\n');
    const article = extractText(text, { url: null });
    expect(article.paragraphs).toEqual(expect.arrayContaining([...INTRO, ...ROWS]));
  });

  it('a numbered list of other stories is not a table: its rows carry no figures', () => {
    const body = [
      'The final standings of the Cup Series after all thirty-six races of the season were settled on Sunday, when Kyle Busch won the title at Homestead ahead of three other drivers.',
      'Busch, who won the title for the second time, said the season had been the hardest of his career, with a long run without a win in the summer months before the playoffs began.',
      'His team said the car that won the final race would go to the museum of the speedway, beside the one that won his first title four years ago, and that the crew would get a week off.',
    ];
    const mostRead = ['Most read', '1 Hamlin leaves his team after the season', '2 The new car is ready for the tests', '3 Rain stops the race in Texas again', '4 Logano signs a new contract', '5 Ticket prices go up next year', '6 The calendar gets a race in Mexico'];
    const article = extractText([...MENU, 'Busch wins the Cup title', 'November 17, 2019', ...body, ...mostRead, '© 2019 Autoracing'].join('\n\n'), { url: null });
    expect(article.paragraphs).toEqual(body);
  });
});
