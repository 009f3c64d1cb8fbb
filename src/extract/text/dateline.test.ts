import { describe, expect, it } from 'vitest';
import { parseDate } from '../common/dates.js';
import { readPlainDateline } from './dateline.js';

describe('plain datelines', () => {
  it('reads the common shapes as chrono does', () => {
    for (const line of [
      'November 15, 2019',
      'Nov. 19, 2019',
      'Monday, November 18, 2019',
      'Wed, Nov 20, 2019',
      '18 NOV 2019',
      '20 Nov, 2019 05:47',
      'November 19th, 2019 at 8:40 AM',
      'November 19, 2019 at 6:34 am',
      'Nov. 20, 2019, 9:28 AM UTC',
      'Nov 19, 2019, 10:31 pm CST',
      'Nov. 20, 2019 6:02 AM EST',
      'November 20th, 2019 - 07:50 GMT',
      'Reuters November 18, 2019 11:03 PM',
      'by Jeff Foust — November 18, 2019',
    ]) {
      expect({ line, date: readPlainDateline(line) }).toEqual({ line, date: parseDate(line) ?? undefined });
    }
  });

  it('leaves the rest to chrono: seasonal zones, time first, date words before, impossible days', () => {
    for (const line of [
      'Nov 19, 2019 at 6:46 pm ET',
      '11:34 PM EST Nov 19, 2019',
      'Updated Nov 13, 2019, 10:28am EST',
      'Written by Rachael Link on November 14, 2019',
      'November 19, 2019 | 4:20am',
      'February 29, 2019',
      'Nov 20 2019, 11:06am ist',
    ]) {
      expect({ line, date: readPlainDateline(line) }).toEqual({ line, date: undefined });
    }
  });
});
