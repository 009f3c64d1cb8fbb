/** The contract of extractText; its golden fixtures run in test/fixtures.test.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReadingsError } from '../../domain/errors.js';
import { extractText } from './extract-text.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/text/', import.meta.url));

describe('extractText', () => {
  it('marks its output as text, without HTML', () => {
    const article = extractText(readFileSync(`${FIXTURES}repeated-teaser/input.txt`, 'utf8'), { url: null });
    expect(article.format).toBe('text');
    expect(article.html).toBeNull();
  });

  it('throws no_article when nothing reads as a body', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact us', 'Sign in'].join('\n');
    expect(() => extractText(menu, { url: null })).toThrowError(ReadingsError);
    try {
      extractText(menu, { url: null });
    } catch (e) {
      expect((e as ReadingsError).code).toBe('no_article');
    }
  });

  it('throws no_article on empty text', () => {
    expect(() => extractText(' \n\n \t\n', { url: null })).toThrowError(/empty/);
  });

  it("takes the headline a byline follows, not an earlier teaser or the standfirst, and not the author's name", () => {
    const dump = [
      'Home',
      'Most read',
      'Ferry services suspended as harbour storm hits the coast',
      '12 comments',
      'Harbour authority approves new ferry terminal after long delay',
      'The decision ends a two-year dispute over the waterfront site',
      'Maria Lopez',
      '5 min read',
      '',
      'The harbour authority on Tuesday approved plans for a new ferry terminal on the old waterfront site, ending a dispute with residents that lasted two years.',
      '',
      'The terminal will handle up to twelve ferry departures a day, the authority said, and construction should start in the spring if the final permits arrive on time.',
      '',
      'Residents had objected to the noise and traffic a larger terminal would bring, but the authority said the new design moves the ferry queue away from the houses.',
    ].join('\n');
    const article = extractText(dump, { url: null });
    expect(article.title).toBe('Harbour authority approves new ferry terminal after long delay');
    expect(article.paragraphs[0]).toMatch(/^The harbour authority on Tuesday/);
  });

  const BODY = [
    'The harbour authority on Tuesday approved plans for a new ferry terminal on the old waterfront site, ending a dispute with residents that lasted two years.',
    '',
    'The terminal will handle up to twelve ferry departures a day, the authority said, and construction should start in the spring if the final permits arrive on time.',
    '',
    'Residents had objected to the noise and traffic a larger terminal would bring, but the authority said the new design moves the ferry queue away from the houses.',
  ];

  it('takes a short headline pasted as the first line above the body, unless it is a name', () => {
    const body = 'The ferry between Port Elm and the islands resumed on Thursday after a week of repairs during a storm.\n\nOperators said the timetable would be back to normal by the weekend, with extra crossings on Saturday.';
    expect(extractText(`Ferry Service Resumes\n\n${body}`, { url: null }).title).toBe('Ferry Service Resumes');
    expect(extractText(`Storm Closes Harbor\n${body}`, { url: null }).title).toBe('Storm Closes Harbor');
    expect(extractText(`John Smith\n\n${body}`, { url: null }).title).not.toBe('John Smith');
    // Not the first line: a short line among others still needs a byline or a dateline to head the body.
    expect(extractText(`Home\nFerry Service Resumes\n\n${body}`, { url: null }).title).not.toBe('Ferry Service Resumes');
  });

  it('finds the headline above a long share panel, and takes no caption or social handle for it', () => {
    const share = Array.from({ length: 20 }, (_, i) => [`  • Share this with Network ${i}`, '      □', `        Network ${i}`]).flat();
    for (const above of [[], ['Follow the harbour ferry terminal news at @harbourferry'], ['Media captionWhat the new ferry terminal will look like']]) {
      const dump = ['Harbour authority approves new ferry terminal after long delay', '  • 19 November 2019', ...share, ...above, 'By Maria Lopez', '', ...BODY].join('\n');
      expect(extractText(dump, { url: null }).title).toBe('Harbour authority approves new ferry terminal after long delay');
    }
  });

  it('reads the publication date from datelines the page prints in parts, glued, in Russian, under its headline or as the byline', () => {
    const dated = (header: string[], body = BODY): string | null => extractText([...header, '', ...body].join('\n'), { url: null }).published?.slice(0, 10) ?? null;
    const headline = 'Harbour authority approves new ferry terminal after long delay';
    expect(dated([headline, 'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019'])).toBe('2019-11-18');
    expect(dated([headline, 'Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago'])).toBe('2019-11-20');
    expect(dated([headline, 'Текст: Мария Лопес·24 сентября 2018'])).toBe('2018-09-24');
    expect(dated([headline], ['By Maria Lopez 2019-11-18T20:51:19Z', '', ...BODY])).toBe('2019-11-18');
    const share = Array.from({ length: 20 }, (_, i) => [`  • Share this with Network ${i}`, '      □', `        Network ${i}`]).flat();
    expect(dated([headline, '  • 19 November 2019', ...share])).toBe('2019-11-19');
    // An update's date is the last resort; the original's wins over it, glued on or not.
    expect(dated([headline, 'Updated 0339 GMT (1139 HKT) November 19, 2019'])).toBe('2019-11-19');
    expect(dated([headline, 'Updated Nov. 20, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET'])).toBe('2019-11-19');
    expect(dated([headline, 'Published Tue, Nov 19 20197:05 AM ESTUpdated Wed, Nov 20 20197:16 AM EST'])).toBe('2019-11-19');
    // A cued dateline over a gallery of captions far above the body; a date alone there is not the article's.
    const gallery = Array.from({ length: 40 }, (_, i) => [`Photo ${i}: the harbour seen from the ferry deck on a grey morning in the new season`, '']).flat();
    expect(dated([headline, 'Updated 0339 GMT (1139 HKT) November 19, 2019', '', ...gallery])).toBe('2019-11-19');
    expect(dated([headline, 'November 19, 2019', '', ...gallery])).toBeNull();
  });

  it('reads the author from bylines that carry more: a date, a handle, a role glued on, the name twice, "by" after the date', () => {
    const byline = (line: string): string | null =>
      extractText(['Harbour authority approves new ferry terminal after long delay', line, '', ...BODY].join('\n'), { url: null }).byline;
    expect(byline('By Maria Lopez November 19, 2019, 07:47 PM EST')).toBe('Maria Lopez');
    expect(byline('By Maria Lopez@marialopez Nov 19, 2019, 7:53pm EST')).toBe('Maria Lopez');
    expect(byline('By Maria Lopez On 11/13/19 at 4:00 PM EST')).toBe('Maria Lopez');
    expect(byline('By Maria LopezStaff Writer')).toBe('Maria Lopez');
    expect(byline('By Maria Lopez Updated Nov 13')).toBe('Maria Lopez');
    expect(byline('By Maria Lopez, Wednesday')).toBe('Maria Lopez');
    expect(byline('By Maria Lopez Maria Lopez')).toBe('Maria Lopez');
    expect(byline('11/19/2019 by Maria Lopez')).toBe('Maria Lopez');
    expect(byline('Maria LopezBy Maria Lopez, Harbour Staff')).toBe('Maria Lopez');
    expect(byline('The new terminal, seen from the water (Photo by Harbour Authority)')).toBeNull();
  });

  it('reads an author printed without "By": a first name and its date or handle, on its line or the next', () => {
    const byline = (...head: string[]): string | null =>
      extractText(['Harbour authority approves new ferry terminal after long delay', ...head, '', ...BODY].join('\n'), { url: null }).byline;
    expect(byline('Maria Lopez', 'November 19th, 2019 at 8:40 AM')).toBe('Maria Lopez');
    expect(byline('Maria Lopez', '1 day ago')).toBe('Maria Lopez');
    expect(byline('Maria Lopez - Nov 19, 2019, 10:31 pm CST')).toBe('Maria Lopez');
    expect(byline('Maria Lopez@marialopez')).toBe('Maria Lopez');
    // Her employer after her name, words the lexicon knows other than as names.
    expect(byline('Maria Lopez Associated Press', 'Published 11:34 PM EST Nov 19, 2019')).toBe('Maria Lopez');
    // Capitalised words that name no one, a name without a date beside it, a caption's subject the article talks about.
    expect(byline('Harbour Light Festival', 'November 19th, 2019 at 8:40 AM')).toBeNull();
    expect(byline('Maria Lopez')).toBeNull();
    const captioned = ['Harbour authority approves new ferry terminal after long delay', 'Maria Lopez Harbour', 'Posted: Fri 6:45 PM, Feb 16, 2018', '', `Harbour pilot Maria Lopez said the new berth was long overdue.`, ...BODY].join('\n');
    expect(extractText(captioned, { url: null }).byline).toBeNull();
  });

  it('keeps a byline or dateline under the standfirst out of the body, and reads it', () => {
    const dump = [
      'Harbour authority approves new ferry terminal after long delay',
      'The decision ends a two-year dispute over the waterfront site, the harbour authority and its residents said.',
      'By Maria Lopez November 19, 2019, 07:47 PM EST',
      '',
      ...BODY,
    ].join('\n');
    const article = extractText(dump, { url: null });
    expect(article.paragraphs.some((p) => p.startsWith('By Maria Lopez'))).toBe(false);
    expect(article.paragraphs.at(-1)).toMatch(/^Residents had objected/u);
    expect(article).toMatchObject({ byline: 'Maria Lopez', published: '2019-11-20T00:47:00Z' });
  });

  it('takes a headline kept as the first paragraph for the title when its dateline and byline sign it below', () => {
    const headline = 'Harbour authority approves a new ferry terminal after a long delay, will restart plans to expand the port by the early 2020s';
    const dump = ['Menu', ' ', 'Ports', '', headline, '', 'Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago', 'Maria Lopez@MariaLopez', 'Key Points', '', ...BODY].join('\n');
    const article = extractText(dump, { url: null });
    expect(article.title).toBe(headline);
    expect(article.paragraphs[0]).not.toBe(headline);
    expect(article.byline).toBe('Maria Lopez');
  });

  it('takes the page head kept as paragraphs off the body: a quote, its source, the headline and its byline', () => {
    const head = ['"The terminal will bring a thousand ferries a day."', '— Tom Berg on Sunday, October 13th, 2019 in a local newspaper', 'Will the new terminal bring a thousand ferries a day?', 'By Maria Lopez on Monday, November 18th, 2019 at 11:08 a.m.'];
    const dump = [...head.flatMap((l) => [l, '']), ...BODY].join('\n');
    const article = extractText(dump, { url: null });
    expect(article.title).toBe('Will the new terminal bring a thousand ferries a day?');
    expect(article.byline).toBe('Maria Lopez');
    expect(article.paragraphs[0]).toMatch(/^The harbour authority on Tuesday/u);
  });

  it('takes the byline nearest the body, not a menu item that opens with "By"', () => {
    const menu = ['  • Brave New World', '  • By Any Means Necessary', '  • Double Down', '  • Radio', '  • World'];
    const dump = [...menu, '', 'Harbour authority approves new ferry terminal after long delay', '21:17 18.11.2019', 'by Maria Lopez', '', ...BODY].join('\n');
    expect(extractText(dump, { url: null }).byline).toBe('Maria Lopez');
  });

  it('reads the byline under a headline that the page furniture pushed far above the body', () => {
    const furniture = Array.from({ length: 40 }, (_, i) => `  • Most popular story number ${i + 1}`);
    const dump = ['Harbour authority approves new ferry terminal after long delay', '', 'By Maria Lopez and Tom Berg', '', ...furniture, '', ...BODY].join('\n');
    expect(extractText(dump, { url: null }).byline).toBe('Maria Lopez and Tom Berg');
  });

  it("reads a wire's credit line under the body, past its graphics' captions", () => {
    const tail = ['(Graphic: Global assets in 2019 - here)', '(Graphic: Global currencies vs. dollar - here)', '(Graphic: Emerging markets - here)', '(Graphic: Bonds - here)'];
    const dump = ['Harbour authority approves new ferry terminal after long delay', '', ...BODY, '', ...tail, '', 'Reporting by Maria Lopez; Editing by Tom Berg'].join('\n');
    expect(extractText(dump, { url: null }).byline).toBe('Maria Lopez');
  });

  it("takes another column's label printed beside the headline off it", () => {
    const dump = [`Harbour authority approves new ferry terminal after long delay${' '.repeat(120)}Home`, 'By Maria Lopez', '', ...BODY].join('\n');
    expect(extractText(dump, { url: null }).title).toBe('Harbour authority approves new ferry terminal after long delay');
  });

  it('takes a section label glued to the headline off it', () => {
    const dump = ['Business|Harbour authority approves new ferry terminal after long delay', 'By Maria Lopez', '', ...BODY].join('\n');
    expect(extractText(dump, { url: null }).title).toBe('Harbour authority approves new ferry terminal after long delay');
  });

  it("makes a title from the body's first sentence, not from a breadcrumb's number", () => {
    const dump = [' 1. Home', ' 2. Fact Checks', ' 3. Does the harbour authority approve a new ferry terminal on the waterfront?', '', ...BODY].join('\n');
    expect(extractText(dump, { url: null }).title).not.toMatch(/^\d+$/);
  });

  it('names the site as its furniture does, before the company of its copyright line', () => {
    const dump = ['Harbour Herald homepage', 'Follow Harbour Herald online:', 'Harbour authority approves new ferry terminal after long delay', 'Maria Lopez', '', ...BODY, '', '© 2019 Coastal Media Group, LLC. All rights reserved.'].join('\n');
    expect(extractText(dump, { url: null }).outlet).toBe('Harbour Herald');
    expect(extractText(dump.replace(/^.*(?:homepage|online:)\n/gmu, ''), { url: null }).outlet).toBe('Coastal Media Group');
  });

  it('names the site by the copyright line that names its owner after it, not by the owner’s own line', () => {
    const footer = ['© Copyright 2018 Harbour Herald, LLC, a subsidiary of Coastal Business Media, LLC.', 'Terms of use', '© 2019 Coastal Media Corporation'];
    const dump = ['Harbour authority approves new ferry terminal after long delay', 'Maria Lopez', '', ...BODY, '', ...footer].join('\n');
    expect(extractText(dump, { url: null }).outlet).toBe('Harbour Herald');
    expect(extractText(dump.replace(/^.*a subsidiary.*\n/mu, ''), { url: null }).outlet).toBe('Coastal Media Corporation');
  });

  it('uses the given URL, canonicalized, and knows well-known outlets by host', () => {
    const text = readFileSync(`${FIXTURES}repeated-teaser/input.txt`, 'utf8');
    const article = extractText(text, { url: 'https://www.reuters.com/world/orchards?utm_medium=x' });
    expect(article.url).toBe('https://www.reuters.com/world/orchards');
    expect(article.outlet).toBe('Reuters');
  });

  it('keeps a highlight printed above the body at its place in the body', () => {
    const closing = 'She added that an appeal against the decision could be made to the attorney general.';
    const body = [
      'The prosecutors said on Tuesday that the investigation into the allegation had been closed after a long review of the evidence gathered.',
      'The deputy director said that the evidence was not strong enough to form the basis for filing an indictment against him in court.',
      'The complainant had been judged credible, but the testimony given in her support had weakened over the years since the events.',
      closing,
    ];
    const dump = ['Home', 'News', 'World', '', 'Sweden closes its investigation', '', 'Highlights', closing, '', ...body.flatMap((p) => [p, '']), 'Share', 'Contact us'].join('\n');
    expect(extractText(dump, { url: null }).paragraphs).toEqual(body);
  });

  it('dates an undated text by the day its URL names', () => {
    const dump = ['Harbour authority approves new ferry terminal after long delay', '', ...BODY].join('\n');
    expect(extractText(dump, { url: null }).published).toBeNull();
    expect(extractText(dump, { url: 'https://herald.example/news/2019/11/19/ferry-terminal/' }).published).toBe('2019-11-19');
  });

  it('is idempotent on every golden fixture in one pass: cleaning the output again changes nothing', () => {
    for (const name of readdirSync(FIXTURES)) {
      const once = extractText(readFileSync(`${FIXTURES}${name}/input.txt`, 'utf8'), { url: null }).paragraphs;
      expect({ name, paragraphs: extractText(once.join('\n\n'), { url: null }).paragraphs }).toEqual({ name, paragraphs: once });
    }
  });
});
