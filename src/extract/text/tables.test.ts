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

  it('a numbered list of other stories is not a table: its rows carry no figures, and a long one does not outweigh a short article', () => {
    const body = [
      'Kyle Busch won the Cup title on Sunday at Homestead, his second, after a season he called the hardest of his career.',
      'His team said the car that won the final race would go to the museum of the speedway, beside the one that won his first title.',
    ];
    const teams = ['Hamlin', 'Logano', 'Harvick', 'Truex', 'Elliott', 'Blaney', 'Larson', 'Bowyer', 'Byron', 'Bowman'];
    const mostRead = teams.flatMap((name, i) => [`${3 * i + 1} ${name} leaves his team after the season`, `${3 * i + 2} The new car for ${name} is ready for the tests`, `${3 * i + 3} Rain stops the race of ${name} in Texas again`]);
    const footer = ['Most read', 'News', 'Standings', 'Calendar', 'Drivers', 'Teams', 'Videos', 'Forum', 'Contact', 'Advertise', 'Jobs'];
    const article = extractText([...MENU, 'Busch wins the Cup title', 'November 17, 2019', ...body, ...footer, ...mostRead, '© 2019 Autoracing'].join('\n\n'), { url: null });
    expect(article.paragraphs).toEqual(body);
  });
});
