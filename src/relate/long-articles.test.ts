/**
 * Long articles of one subject but different events stay apart, while long
 * articles of one event still join: the 121 pages of the extraction set
 * (one day of news from many outlets, ../shared/data/extraction; skipped
 * when absent), extracted, analysed and grouped as a batch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../extract/html/extract-html.js';
import { analyze } from './analyze.js';
import { groupStories } from './group-stories.js';
import { createNlp } from './nlp.js';

const DATA = resolve(__dirname, '../../../shared/data/extraction');

function storiesByUrl(): Map<string, number> {
  const nlp = createNlp();
  const { items } = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')) as { items: { id: string; url: string }[] };
  const docs = items.map((item) => {
    const a = extractHtml(readFileSync(join(DATA, 'html', `${item.id}.html`), 'utf8'), { url: item.url });
    const input = { title: a.title ?? '', text: a.paragraphs.join('\n\n'), outlet: a.outlet, publishedAt: a.published, language: a.language };
    return { id: item.url, features: analyze(input, { nlp }) };
  });
  const story = new Map<string, number>();
  groupStories(docs).forEach((group, i) => {
    for (const id of group.members) story.set(id, i);
  });
  return story;
}

const page = {
  vw: 'https://www.slashgear.com/the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon-with-a-secret-message-19600475/',
  audi: 'https://www.slashgear.com/2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-19600369/',
  brownsStats: 'https://www.dawgsbynature.com/2019/11/18/20970600/browns-defensive-snap-counts-stats-and-notes-week-11',
  brownsFight: 'https://www.cbssports.com/nfl/news/browns-player-on-mason-rudolphs-role-in-fight-with-myles-garrett-he-asked-for-it/',
  macbookReview: 'https://appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review-the-keyboard-is-probably-enough-to-convince-those-waiting',
  macbookRumour: 'https://www.macrumors.com/2019/11/18/13-inch-macbook-pro-scissor-keyboard-2020/',
  assangeBbc: 'https://www.bbc.com/news/world-europe-50473792',
  assangeAlBawaba: 'https://www.albawaba.com/news/sweden-drops-its-investigation-rape-allegation-against-julian-assange-1322369',
  duvetForbes: 'https://www.forbes.com/sites/brucelee/2019/11/18/how-this-mans-bedding-gave-him-feather-duvet-lung/',
  duvetGizmodo: 'https://gizmodo.com/a-man-developed-feather-duvet-lung-after-getting-new-be-1839924942',
  landerSpaceNews: 'https://spacenews.com/nasa-adds-five-companies-to-commercial-lunar-lander-program/',
  landerAlJazeera: 'https://www.aljazeera.com/ajimpact/nasas-commercial-moon-shot-musk-bezos-firms-bid-191119041538885.html',
};

describe.skipIf(!existsSync(DATA))('long articles of one day from many outlets', () => {
  const story = existsSync(DATA) ? storiesByUrl() : new Map<string, number>();
  const together = (a: string, b: string): boolean => story.get(a) !== undefined && story.get(a) === story.get(b);

  it('keep two events of one subject apart (two cars of one motor show, one team’s stats and its brawl, a review and a rumour)', () => {
    expect(together(page.vw, page.audi)).toBe(false);
    expect(together(page.brownsStats, page.brownsFight)).toBe(false);
    expect(together(page.macbookReview, page.macbookRumour)).toBe(false);
  });

  it('still join the outlets of one event', () => {
    expect(together(page.assangeBbc, page.assangeAlBawaba)).toBe(true);
    expect(together(page.duvetForbes, page.duvetGizmodo)).toBe(true);
    expect(together(page.landerSpaceNews, page.landerAlJazeera)).toBe(true);
  });
});
