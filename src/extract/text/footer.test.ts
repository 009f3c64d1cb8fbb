import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { findReadingFooter } from './footer.js';

const FOOTER = [
  'The last paragraph of the body.',
  'Similar Readings (2 items)',
  'Another story',
  'Summary',
  'A summary.',
  'Statistics',
  '120',
  'Words1',
  'Read CountDetails',
  'ID: 61e0bb0c-0058-4856-94ba-021035ed5dbd',
  'Category ID: nhk',
  'URL: https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/?utm_source=x',
  'Date: Jan. 14, 2022',
  'Created: 2022/01/14 08:51',
  'Updated: 2025/12/09 18:16',
  'Last Read: 2022/01/14 08:51',
].join('\n');

describe('findReadingFooter', () => {
  it('reads the Details fields and starts at "Similar Readings"', () => {
    const lines = splitLines(FOOTER);
    const footer = findReadingFooter(lines);
    expect(footer).toEqual({
      start: 1,
      url: 'https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/',
      published: '2022-01-14',
      category: 'nhk',
    });
  });

  it('finds nothing in an ordinary article', () => {
    expect(findReadingFooter(splitLines('Title\n\nA paragraph.\n\nDate: yesterday'))).toBeNull();
  });
});
