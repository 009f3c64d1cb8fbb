import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { useTempDir } from './helpers/temp-dir.js';
import { BATCH } from './helpers/kazakhstan-batch.js';

const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
const tempDir = useTempDir();

interface StoryJson { id: string; title: string; size: number; outlets: string[]; unknownOutlets: number; readings: { id: string; ref: string | null; outlet: string | null }[] }
interface StoriesJson { total: number; stories: StoryJson[] }
interface SimilarJson { reason: string | null; similar: { score: number; reasons: Record<string, string[]>; reading: { id: string } }[] }

async function seeded(): Promise<{ db: string; ids: string[] }> {
  const db = join(tempDir(), 'library.db');
  expect((await runCli(db, ['add', SEEDS])).code).toBe(0);
  const list = await cliJson<{ readings: { id: string }[] }>(db, ['list']);
  return { db, ids: list.readings.map((r) => r.id) };
}

describe('stories and similar readings, end to end on the seeds', () => {
  it('the five seeds form one story, and each ranks the other four as its top four', async () => {
    const { db, ids } = await seeded();
    const stories = await cliJson<StoriesJson>(db, ['stories']);
    expect(stories.total).toBe(1);
    expect(stories.stories[0]!.size).toBe(5);
    expect(stories.stories[0]!.readings.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(stories.stories[0]!.outlets.sort()).toEqual(['NHK World', 'Press TV', 'SpreadIt News', 'news2in']);
    expect(stories.stories[0]!.unknownOutlets).toBe(1); // seed 000
    expect((await runCli(db, ['stories'])).stdout).toContain('5 readings · 5 outlets: ');
    // Four named outlets and one reading of unknown outlet: told by five.
    expect((await cliJson<StoriesJson>(db, ['stories', '--min-outlets', '5'])).total).toBe(1);
    expect((await cliJson<StoriesJson>(db, ['stories', '--min-outlets', '6'])).total).toBe(0);
    expect((await runCli(db, ['stories', '--min-outlets', '6'])).stdout).toBe('No story is told by 6 outlets or more yet.\n');
    // A story's id given to a reading's command, and a reading's to a story's: the error says which it is.
    const storyId = stories.stories[0]!.id;
    const asReading = await runCli(db, ['summary', storyId.slice(0, 8)]);
    expect(asReading.code).toBe(1);
    expect(asReading.stderr).toBe(`readings: ${storyId.slice(0, 8)}: no reading with this id [not_found]\nreadings: ${storyId.slice(0, 8)} is a story: readings story ${storyId.slice(0, 8)} (--summary for its summary), readings compare ${storyId.slice(0, 8)}\n`);
    const asStory = await runCli(db, ['compare', ids[0]!]);
    expect(asStory.code).toBe(1);
    expect(asStory.stderr).toContain(`readings: ${ids[0]} is a reading: readings show ${ids[0]}`);
    expect((await runCli(db, ['show', 'ffffffff'])).stderr).toBe('readings: ffffffff: no reading with this id [not_found]\n');
    const zero = await runCli(db, ['stories', '--min-outlets', '0']);
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toMatch(/--min-outlets 0: the number of outlets must be a whole number .*\[invalid_argument\]/);
    for (const id of ids) {
      const similar = await cliJson<SimilarJson>(db, ['similar', id, '--limit', '4']);
      expect(similar.similar.map((s) => s.reading.id).sort()).toEqual(ids.filter((x) => x !== id).sort());
      for (const s of similar.similar) {
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      expect(Object.values(similar.similar[0]!.reasons).flat()).toContain('Kazakhstan');
    }
  });

  it('lists as similar only readings that may tell the same event, not those sharing a few words of the day', async () => {
    const { db, ids } = await seeded();
    const orchard = new URL('../fixtures/text/repeated-teaser/input.txt', import.meta.url).pathname;
    expect((await runCli(db, ['add', orchard, '--published', '2022-01-13'])).code).toBe(0);
    const harvest = (await cliJson<{ readings: { id: string; title: string }[] }>(db, ['list'])).readings.find((r) => /apple harvest/.test(r.title))!;
    const none = await cliJson<SimilarJson>(db, ['similar', harvest.id]);
    expect(none.similar).toEqual([]);
    expect(none.reason).toBe('no other reading in the library covers this event');
    for (const id of ids) expect((await cliJson<SimilarJson>(db, ['similar', id])).similar.map((s) => s.reading.id).sort()).toEqual(ids.filter((x) => x !== id).sort());
  });

  it('added one at a time, the seeds make one story of five outlets, one of them unknown, until that reading is deleted', async () => {
    const db = join(tempDir(), 'library.db');
    for (const file of readdirSync(SEEDS).sort()) expect((await runCli(db, ['add', join(SEEDS, file)])).code).toBe(0);
    const [story] = (await cliJson<StoriesJson>(db, ['stories'])).stories;
    expect(story).toMatchObject({ size: 5, unknownOutlets: 1 });
    const unknown = story!.readings.find((r) => r.outlet === null)!;
    expect((await runCli(db, ['delete', unknown.id])).code).toBe(0);
    expect((await cliJson<StoriesJson>(db, ['stories'])).stories[0]).toMatchObject({ size: 4, unknownOutlets: 0 });
  });

  it('merge and split by hand survive a regroup, and regroup is idempotent', async () => {
    const { db, ids } = await seeded();
    const [story] = (await cliJson<StoriesJson>(db, ['stories'])).stories;
    const split = await runCli(db, ['story', 'split', story!.id, ids[0]!, ids[1]!]);
    expect(split.code, split.stderr).toBe(0);
    const afterSplit = await cliJson<StoriesJson>(db, ['stories']);
    expect(afterSplit.stories.map((s) => s.size).sort()).toEqual([2, 3]);
    const once = await cliJson<{ stories: number }>(db, ['regroup']);
    expect(once.stories).toBe(2);
    const twice = await cliJson<StoriesJson>(db, ['stories']);
    await runCli(db, ['regroup']);
    expect(await cliJson<StoriesJson>(db, ['stories'])).toEqual(twice);
    const [a, b] = twice.stories;
    expect((await runCli(db, ['story', 'merge', a!.id, b!.id])).code).toBe(0);
    await runCli(db, ['regroup']);
    const merged = await cliJson<StoriesJson>(db, ['stories']);
    expect(merged.total).toBe(1);
    expect(merged.stories[0]!.id).toBe(a!.id);
  });

  it('unknown ids in merge, split and story leave everything as it was', async () => {
    const { db } = await seeded();
    const before = await cliJson<StoriesJson>(db, ['stories']);
    const id = before.stories[0]!.id;
    for (const args of [['story', 'merge', id, 'no-such-story'], ['story', 'split', id, 'ffffffff'], ['story', 'no-such-story'], ['similar', 'ffffffff']]) {
      const r = await runCli(db, args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/\[not_found\]/);
    }
    expect(await cliJson<StoriesJson>(db, ['stories'])).toEqual(before);
  });

  it('a reading with no usable text gets its own story and no similar readings, with the reason', async () => {
    const { db } = await seeded();
    const path = join(tempDir(), 'nav.html');
    writeFileSync(path, '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>');
    await runCli(db, ['add', path]);
    const list = await cliJson<{ readings: { id: string; extraction: { status: string } }[] }>(db, ['list']);
    const failed = list.readings.find((r) => r.extraction.status === 'failed')!;
    const similar = await cliJson<SimilarJson>(db, ['similar', failed.id]);
    expect(similar.similar).toEqual([]);
    expect(similar.reason).toMatch(/extraction failed \(no_article\)/);
    const stories = await cliJson<StoriesJson>(db, ['stories']);
    expect(stories.total).toBe(2);
    expect(stories.stories.find((s) => s.readings.some((r) => r.id === failed.id))!.size).toBe(1);
  });

  it('story and compare take a unique prefix of a story id, as reading commands take one of a reading id', async () => {
    const { db } = await seeded();
    const { stories } = await cliJson<StoriesJson>(db, ['stories']);
    const id = stories[0]!.id;
    expect(await cliJson<{ id: string }>(db, ['story', id.slice(0, 8)])).toMatchObject({ id, size: 5 });
    expect(await cliJson<{ readings: number }>(db, ['compare', id.slice(0, 6)])).toMatchObject({ readings: 5 });
    const short = await runCli(db, ['story', id.slice(0, 3)]);
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/no story with this id \[not_found\]/u);
  });

  it('deleting a reading takes it out of its story', async () => {
    const { db, ids } = await seeded();
    await runCli(db, ['delete', ids[0]!]);
    const stories = await cliJson<StoriesJson>(db, ['stories']);
    expect(stories.stories[0]!.size).toBe(4);
    expect(stories.stories[0]!.readings.map((r) => r.id)).not.toContain(ids[0]);
  });
});

describe('deferred grouping', () => {
  it('a bulk import of HTML pages, analysed beside the workers that extract them, groups them by event', async () => {
    const dir = tempDir();
    for (const r of BATCH) {
      const paragraphs = r.text.split(/(?<=\.) /u).map((p) => `<p>${p}</p>`).join('');
      writeFileSync(join(dir, `${r.id}.html`), `<html lang="en"><head><title>${r.title}</title><meta property="og:site_name" content="${r.outlet}">
        <meta property="article:published_time" content="${r.publishedAt}"></head><body><article><h1>${r.title}</h1>${paragraphs}</article></body></html>`);
    }
    const db = join(tempDir(), 'pages.db');
    expect((await runCli(db, ['add', dir], { env: { READINGS_WORKERS: '1' } })).code).toBe(0);
    const { stories } = await cliJson<StoriesJson>(db, ['stories']);
    expect(stories.map((s) => [...s.outlets].sort())).toEqual(expect.arrayContaining([['AP', 'BBC'], ['AP', 'Press TV', 'Reuters']]));
    expect(stories).toHaveLength(2);
  });

  it('add --defer-stories stores without grouping; regroup analyses and groups them', async () => {
    const db = join(tempDir(), 'library.db');
    expect((await runCli(db, ['add', '--defer-stories', SEEDS])).code).toBe(0);
    expect((await cliJson<StoriesJson>(db, ['stories'])).total).toBe(0);
    const [first] = (await cliJson<{ readings: { id: string }[] }>(db, ['list'])).readings;
    expect((await cliJson<SimilarJson>(db, ['similar', first!.id])).reason).toMatch(/regroup/);
    const result = await cliJson<{ analysed: number; readings: number; stories: number }>(db, ['regroup']);
    expect(result).toMatchObject({ analysed: 5, readings: 5, stories: 1 });
    expect((await cliJson<SimilarJson>(db, ['similar', first!.id])).similar).toHaveLength(4);
  });

  it('regroup --since groups the readings from that day on (and older ungrouped ones) into the library\'s stories, and leaves older stories as they are', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const line = (ref: string, published: string, title: string, text: string): string => JSON.stringify({ ref, url: `https://example.com/${ref}`, published, title, text });
    const kazakhstan = 'President Kassym-Jomart Tokayev said the Russian-led CSTO troops sent to Kazakhstan during the unrest will start leaving in two days and be gone within ten days.';
    const floods = 'Heavy rain flooded the coastal town of Valparaiso on Sunday, cutting power to 40,000 homes; schools stay closed while crews clear the roads, officials said.';
    const earthquake = 'A magnitude 6.1 earthquake struck off the coast of Hokkaido on Monday, shaking buildings in Sapporo; no tsunami warning was issued, the weather agency said.';
    writeFileSync(join(dir, 'old.jsonl'), [
      line('flood-1', '2022-01-09', 'Floods in Valparaiso', floods),
      line('flood-2', '2022-01-09', 'Valparaiso floods cut power to 40,000 homes', `${floods} Power companies said repairs would take days.`),
      line('kaz-1', '2022-01-10', 'CSTO troops to leave Kazakhstan', kazakhstan),
      line('quake-1', '2022-01-01', 'Earthquake off Hokkaido', earthquake),
    ].join('\n'));
    writeFileSync(join(dir, 'new.jsonl'), [
      line('kaz-2', '2022-01-11', 'Russian-led troops to leave Kazakhstan within ten days', `Tokayev told parliament that ${kazakhstan}`),
      line('kaz-3', '2022-01-12', 'Kazakhstan: CSTO pull-out in two days, says Tokayev', `${kazakhstan} The alliance sent more than 2,000 troops.`),
      line('flood-3', '2022-01-10', 'Valparaiso schools closed after floods', `${floods} Residents were told to stay home.`),
      line('quake-2', '2022-01-12', 'Hokkaido earthquake shakes Sapporo', earthquake),
    ].join('\n'));
    expect((await runCli(db, ['add', join(dir, 'old.jsonl')])).code).toBe(0);
    expect((await runCli(db, ['add', '--defer-stories', join(dir, 'new.jsonl')])).code).toBe(0);
    const storyOf = (stories: StoriesJson, ref: string): StoryJson | undefined => stories.stories.find((s) => s.readings.some((r) => r.ref === ref));
    const before = await cliJson<StoriesJson>(db, ['stories']);
    expect(before.total).toBe(3);

    const bad = await runCli(db, ['regroup', '--since', 'someday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--since someday: not a date .*\[invalid_argument\]/);
    expect(await cliJson<StoriesJson>(db, ['stories'])).toEqual(before);

    const result = await cliJson<{ analysed: number; readings: number; stories: number; since: string }>(db, ['regroup', '--since', '2022-01-11']);
    // kaz-2, kaz-3 and quake-2 are from the 11th on; flood-3 is older but was in no story.
    expect(result).toMatchObject({ analysed: 4, readings: 4, since: '2022-01-11' });
    const after = await cliJson<StoriesJson>(db, ['stories']);
    const refs = (s: StoryJson | undefined): string[] => (s?.readings.map((r) => r.ref ?? '') ?? []).sort();
    expect(refs(storyOf(after, 'kaz-1'))).toEqual(['kaz-1', 'kaz-2', 'kaz-3']);
    expect(storyOf(after, 'kaz-1')!.id).toBe(storyOf(before, 'kaz-1')!.id);
    expect(refs(storyOf(after, 'flood-1'))).toEqual(['flood-1', 'flood-2', 'flood-3']);
    expect(storyOf(after, 'flood-1')!.id).toBe(storyOf(before, 'flood-1')!.id);
    // The January 1 earthquake is outside the window of the 12th's: it keeps its story, the new one starts its own.
    expect(storyOf(after, 'quake-1')).toEqual(storyOf(before, 'quake-1'));
    expect(refs(storyOf(after, 'quake-2'))).toEqual(['quake-2']);
    expect(after.total).toBe(4);
  });
});

describe('copies', () => {
  it('two outlets\' headlines of one event share a story without being copies; regroup drops a copy mark that does not hold', async () => {
    const db = join(tempDir(), 'library.db');
    const input = join(tempDir(), 'headlines.jsonl');
    const headlines = ['Scientists detect first direct evidence for Big Bang theory', 'US scientists detect echoes of Big Bang from the first moments of the universe'];
    writeFileSync(input, headlines.map((h, i) => JSON.stringify({ url: `https://news.example/${i}`, title: h, text: h, published: '2014-03-17' })).join('\n'));
    expect((await runCli(db, ['add', input])).code).toBe(0);
    const copyMarks = (): (string | null)[] => {
      const sqlite = new Database(db, { readonly: true });
      try {
        return (sqlite.prepare('SELECT duplicate_of FROM story_members ORDER BY reading_id').pluck().all() as (string | null)[]);
      } finally {
        sqlite.close();
      }
    };
    const together = async (): Promise<void> => {
      const stories = await cliJson<StoriesJson>(db, ['stories']);
      expect(stories.stories.map((s) => s.size)).toEqual([2]);
    };
    await together();
    expect(copyMarks()).toEqual([null, null]);
    // A library grouped by an earlier, looser copy rule.
    const sqlite = new Database(db);
    sqlite.prepare('UPDATE story_members SET duplicate_of = (SELECT min(reading_id) FROM story_members), duplicate_similarity = 1 WHERE reading_id = (SELECT max(reading_id) FROM story_members)').run();
    sqlite.close();
    expect(copyMarks().filter((m) => m !== null)).toHaveLength(1);
    expect((await runCli(db, ['regroup'])).code).toBe(0);
    await together();
    expect(copyMarks()).toEqual([null, null]);
  });
});
