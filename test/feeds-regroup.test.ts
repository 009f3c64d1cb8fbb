import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../src/store/storage.js';
import { runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();
vi.setConfig({ testTimeout: 120_000 });

/** Three outlets' entries on one event each. */
const EVENTS: Record<string, string[]> = {
  troops: [
    'Russian-led alliance troops begin withdrawal from Kazakhstan after unrest|The Collective Security Treaty Organization began pulling its troops out of Kazakhstan on Thursday, President Tokayev said, after the unrest in Almaty.',
    'CSTO starts pulling troops out of Kazakhstan, Tokayev says|Troops of the Collective Security Treaty Organization started to leave Kazakhstan, Tokayev said, a week after the unrest in Almaty was put down.',
    'Kazakhstan: alliance withdrawal of troops under way, Tokayev says|The withdrawal of the Collective Security Treaty Organization troops from Kazakhstan is under way and will take ten days, President Tokayev said after the Almaty unrest.',
  ],
  floods: [
    'Floods in Malaysia force tens of thousands from their homes|Heavy monsoon rain flooded eight Malaysian states, forcing more than 60,000 people from their homes, officials in Kuala Lumpur said.',
    'Malaysia floods: more than 60,000 evacuated as monsoon rain continues|More than 60,000 people were evacuated in Malaysia as monsoon rain flooded eight states, officials in Kuala Lumpur said.',
    'Monsoon floods displace 60,000 in Malaysia|Officials in Kuala Lumpur said monsoon floods in eight Malaysian states displaced more than 60,000 people from their homes.',
  ],
  vote: [
    'Chile elects Gabriel Boric as its youngest president|Gabriel Boric, a former student protest leader, won Chile\'s presidential runoff with 56 percent of the vote, becoming its youngest president.',
    'Boric wins Chile runoff, becomes youngest president|Former student leader Gabriel Boric won the Chilean presidential runoff with about 56 percent of the vote and will be the country\'s youngest president.',
    'Chile\'s Boric, 35, wins presidency in runoff|Gabriel Boric, 35, a former student protest leader, won Chile\'s presidential runoff with 56 percent, the youngest president in its history.',
  ],
};

const feed = (name: string, entries = EVENTS[name]!): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>http://${name}.example/</link>
${entries.map((entry, i) => {
  const [title, description] = entry.split('|');
  return `<item><title>${title}</title><link>http://${name}.example/${i}</link><guid>${name}-${i}</guid><description>${description}</description></item>`;
}).join('')}
</channel></rss>`;

/** A fourth outlet's entry on the floods, in the feed once `floodsGrew`. */
const LATE_FLOODS = 'Malaysia floods leave thousands in relief centres|Thousands of the more than 60,000 people evacuated by the Malaysian floods remain in relief centres as the monsoon rain goes on, officials in Kuala Lumpur said.';

let server: TestServer;
let floodsGrew = false;
beforeAll(async () => {
  server = await startServer({
    ...Object.fromEntries(Object.keys(EVENTS).map((name) => [`/${name}.xml`, (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(name)); }])),
    '/floods.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed('floods', floodsGrew ? [...EVENTS.floods!, LATE_FLOODS] : EVENTS.floods));
    },
  });
});
afterAll(() => server.close());

/** Moves a reading of one story into another, as one-at-a-time assignment sometimes gets wrong; returns the reading and its right story. */
function misplace(db: string, from: string, into: string): { reading: string; story: string } {
  const storage = openStorage(db);
  try {
    const reading = storage.readings.list({ category: from }, { limit: 1, offset: 0 })[0]!;
    const other = storage.readings.list({ category: into }, { limit: 1, offset: 0 })[0]!;
    const story = storage.relate.storyOf(reading.id)!;
    const wrong = storage.relate.storyOf(other.id)!;
    storage.transaction(() => storage.relate.setMembership({ readingId: reading.id, storyId: wrong, affinity: 0, duplicateOf: null, duplicateSimilarity: null }));
    return { reading: reading.id, story };
  } finally {
    storage.close();
  }
}

function storyOf(db: string, reading: string): string | null {
  const storage = openStorage(db);
  try {
    return storage.relate.storyOf(reading);
  } finally {
    storage.close();
  }
}

describe('feeds refresh from cron', () => {
  it('regroups the last week as watch does, at most once per period kept in the library', async () => {
    const db = join(tempDir(), 'library.db');
    const off = { READINGS_REGROUP_EVERY_MINUTES: '0' };
    for (const name of ['troops', 'floods']) {
      const added = await runCli(db, ['--allow-private', 'feeds', 'add', server.url(`/${name}.xml`), '--full-text', 'never'], { env: off });
      expect(added.code, added.stderr).toBe(0);
      expect(added.stderr).not.toContain('regrouped');
    }
    const first = misplace(db, 'troops', 'floods');
    expect(storyOf(db, first.reading)).not.toBe(first.story);

    const refreshed = await runCli(db, ['--allow-private', 'feeds', 'add', server.url('/vote.xml'), '--full-text', 'never']);
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(refreshed.stderr).toMatch(/stories since \d{4}-\d\d-\d\d regrouped as a whole: 1 of 9 readings changed story/);
    expect(storyOf(db, first.reading)).toBe(first.story);
    const kept = openStorage(db);
    expect(kept.relate.lastBackgroundRegroup()).toMatchObject({ readings: 9 });
    kept.close();

    // Within the hour, another refresh that brings an entry leaves the stories as they are.
    const second = misplace(db, 'troops', 'vote');
    const storage = openStorage(db);
    const feedId = storage.feeds.list().find((f) => f.url.endsWith('/floods.xml'))!.id;
    storage.close();
    floodsGrew = true;
    const again = await runCli(db, ['--allow-private', 'feeds', 'refresh', String(feedId)]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/floods: new \(1 new/);
    expect(again.stderr).not.toContain('regrouped');
    expect(storyOf(db, second.reading)).not.toBe(second.story);
  });
});

describe('readings add, one reading at a time', () => {
  it('regroups the last week as watch does, on the schedule feeds share', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const addText = (name: string, entry: string, i: number, env?: Record<string, string>) => {
      const [title, text] = entry.split('|');
      const file = join(dir, `${name}-${i}.txt`);
      writeFileSync(file, `${title}\n\n${text}\n`);
      return runCli(db, ['add', file, '--title', title!, '--category', name], env ? { env } : {});
    };
    const off = { READINGS_REGROUP_EVERY_MINUTES: '0' };
    for (const name of ['troops', 'floods']) {
      for (const [i, entry] of EVENTS[name]!.entries()) {
        const added = await addText(name, entry, i, off);
        expect(added.code, added.stderr).toBe(0);
        expect(added.stderr).not.toContain('regrouped');
      }
    }
    const first = misplace(db, 'troops', 'floods');
    expect(storyOf(db, first.reading)).not.toBe(first.story);

    const added = await addText('vote', EVENTS.vote![0]!, 0);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toMatch(/stories since \d{4}-\d\d-\d\d regrouped as a whole: 1 of 7 readings changed story/);
    expect(storyOf(db, first.reading)).toBe(first.story);

    // Within the hour, the next add leaves the stories as they are.
    const second = misplace(db, 'floods', 'troops');
    const again = await addText('vote', EVENTS.vote![1]!, 1);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('regrouped');
    expect(storyOf(db, second.reading)).not.toBe(second.story);

    // Still within the hour: two readings joined one at a time since, more than a quarter of the 7 then: regrouped.
    const grown = await addText('vote', EVENTS.vote![2]!, 2);
    expect(grown.code, grown.stderr).toBe(0);
    expect(grown.stderr).toMatch(/stories since \d{4}-\d\d-\d\d regrouped as a whole: 1 of 9 readings changed story/);
    expect(storyOf(db, second.reading)).toBe(second.story);
  });
});
