import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
const tempDir = useTempDir();

interface Mention { outlet: string | null; text: string }
interface Claim { key: string; label: string; statedBy: Mention[]; compatible: Mention[]; conflicting: Mention[]; singleOutlet: boolean }
interface Report { nothingToCompare?: string; claims: Claim[]; differences: Claim[]; singleOutlet: Claim[]; headlines: { id: string; headline: string; flagged: boolean; reason?: string }[] }
interface Sentence { text: string; supportedBy: { id: string; outlet: string | null; sentence: string }[] }
interface Summary { headline: Sentence | null; sentences: Sentence[]; single?: boolean }

let llm: TestServer;
beforeAll(async () => {
  llm = await startServer({
    '/v1/chat/completions': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        choices: [{ message: { role: 'assistant', content: 'The Russia-led CSTO alliance began withdrawing its troops from Kazakhstan. Aliens landed in Almaty.' } }],
      }));
    },
    '/broken/chat/completions': (_req, res) => { res.writeHead(500).end('model crashed'); },
  });
});
afterAll(() => llm.close());

async function seededStory(): Promise<{ db: string; storyId: string; readings: { id: string; outlet: string | null; title: string }[] }> {
  const db = join(tempDir(), 'library.db');
  expect((await runCli(db, ['add', SEEDS])).code).toBe(0);
  const stories = await cliJson<{ stories: { id: string }[] }>(db, ['stories']);
  const list = await cliJson<{ readings: { id: string; outlet: string | null; title: string }[] }>(db, ['list']);
  return { db, storyId: stories.stories[0]!.id, readings: list.readings };
}

describe('summaries and corroboration on the seeds, end to end', () => {
  it('compare names, for every claim, the outlets silent on it: the story\'s others, the same whether computed or cached', async () => {
    const { db, storyId, readings } = await seededStory();
    interface SilentReport { claims: (Claim & { silent: { id: string; outlet: string | null }[] })[] }
    const first = await cliJson<SilentReport>(db, ['compare', storyId]);
    const again = await cliJson<SilentReport>(db, ['compare', storyId]);
    expect(again).toEqual(first);
    const everyone = new Set(readings.map((r) => r.outlet ?? r.id));
    const multi = first.claims.filter((c) => !c.singleOutlet && !c.key.startsWith('date'));
    expect(multi.length).toBeGreaterThan(2);
    for (const c of multi) {
      const stating = new Set([...c.statedBy, ...c.compatible, ...c.conflicting].map((m) => m.outlet));
      const silent = c.silent.map((m) => m.outlet ?? '');
      expect(silent.filter((o) => stating.has(o))).toEqual([]);
      expect(stating.size + silent.length).toBe(everyone.size);
    }
    expect(multi.some((c) => c.silent.length > 0)).toBe(true);
  });

  it('the story summary says what the story is, and every sentence lists outlets that really say it', async () => {
    const { db, storyId } = await seededStory();
    const summary = await cliJson<Summary>(db, ['story', storyId, '--summary']);
    const text = [summary.headline?.text ?? '', ...summary.sentences.map((s) => s.text)].join(' ');
    expect(text).toMatch(/CSTO|Collective Security Treaty/);
    expect(text).toMatch(/withdraw|pull/i);
    expect(text).toMatch(/Kazakhstan/);
    expect(text).toMatch(/Tokayev/);
    expect(text).toMatch(/10 days|ten days/);
    for (const s of summary.sentences) {
      expect(s.supportedBy.length).toBeGreaterThan(0);
      for (const support of s.supportedBy) {
        const shown = await cliJson<{ text: string; title: string }>(db, ['show', support.id]);
        expect(`${shown.title}\n${shown.text}`).toContain(support.sentence);
      }
    }
  });

  it('compare: 2,000+ vs 2,500 compatible, 10,000 detained and the 68-year-old president single-outlet, seed 000’s headline unsupported', async () => {
    const { db, storyId } = await seededStory();
    const report = await cliJson<Report>(db, ['compare', storyId]);
    const troops = report.differences.find((c) => [...c.statedBy, ...c.compatible].some((m) => /2,000/.test(m.text)) && c.compatible.concat(c.statedBy).some((m) => /2,500/.test(m.text)));
    expect(troops).toBeDefined();
    expect(troops!.conflicting).toEqual([]);
    const single = report.singleOutlet.map((c) => `${c.label} ${c.statedBy.map((m) => m.text).join(' ')}`).join('\n');
    expect(single).toMatch(/10,000/);
    expect(single).toMatch(/68-year-old/);
    const china = report.headlines.find((h) => h.headline === 'China Forces Russia To Pull Out of Kazakhstan');
    expect(china).toMatchObject({ flagged: true });
    expect(china!.reason).toMatch(/no other outlet/);

    // --limit lists the most widely told claims first and says how many there are.
    const first = await cliJson<Report & { totals: { claims: number } }>(db, ['compare', storyId, '--limit', '2']);
    expect(first.claims).toEqual(report.claims.slice(0, 2));
    expect(first.totals.claims).toBe(report.claims.length);
    const text = await runCli(db, ['compare', storyId, '--limit', '2']);
    expect(text.stdout).toContain(`the 2 most widely told of ${report.claims.length} claims`);
    // Seed 000 names no outlet: its headline is listed under its reading's id, which `readings show` takes.
    const full = await runCli(db, ['compare', storyId]);
    expect(full.stdout).toContain(`"China Forces Russia To Pull Out of Kazakhstan" — unknown outlet (${china!.id.slice(0, 8)})`);
    const bad = await runCli(db, ['compare', storyId, '--limit', 'two']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--limit two: limit must be a whole number/);
  });

  it('a reading’s summary is in show, and a one-reading story has nothing to compare', async () => {
    const db = join(tempDir(), 'library.db');
    await runCli(db, ['add', join(SEEDS, '003_177d36f708b3b892.txt')]);
    const [reading] = (await cliJson<{ readings: { id: string }[] }>(db, ['list'])).readings;
    const shown = await cliJson<{ summary: { sentences: { text: string }[] } }>(db, ['show', reading!.id]);
    expect(shown.summary.sentences.length).toBeGreaterThan(0);
    expect(shown.summary.sentences.length).toBeLessThanOrEqual(3);
    const summary = await cliJson<{ sentences: { text: string }[] }>(db, ['summary', reading!.id, '--sentences', '1']);
    expect(summary.sentences).toHaveLength(1);
    const [story] = (await cliJson<{ stories: { id: string }[] }>(db, ['stories'])).stories;
    const report = await cliJson<Report>(db, ['compare', story!.id]);
    expect(report.nothingToCompare).toBeTruthy();
    expect((await cliJson<Summary>(db, ['story', story!.id, '--summary'])).single).toBe(true);
  });

  it('summarize --batch writes one summary per group, and reports a broken line', async () => {
    const dir = tempDir();
    const path = join(dir, 'groups.jsonl');
    writeFileSync(path, [
      JSON.stringify({ id: 'g1', documents: [
        { title: 'Troops leave Kazakhstan', text: 'Russian-led troops began leaving Kazakhstan on Thursday. The withdrawal will take ten days.', outlet: 'A' },
        { title: 'CSTO withdraws', text: 'The CSTO started pulling its troops out of Kazakhstan on Thursday, officials said.', outlet: 'B' },
      ] }),
      '{broken',
    ].join('\n'));
    const r = await runCli(join(dir, 'x.db'), ['summarize', '--batch', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}:2: not valid JSON [malformed_input]`);
    const out = JSON.parse(r.stdout.trim()) as { id: string; summary: string; sentences: { text: string; outlets: string[] }[] };
    expect(out.id).toBe('g1');
    expect(out.summary).toMatch(/Kazakhstan/);
    for (const s of out.sentences) expect(s.outlets.length).toBeGreaterThan(0);
  });

  it('an LLM summary is checked against the readings; a failing endpoint falls back to the extractive one', async () => {
    const { db, storyId } = await seededStory();
    const llmEnv = { READINGS_LLM_BASE_URL: `${llm.origin}/v1`, READINGS_LLM_MODEL: 'test-model' };
    const result = await runCli(db, ['story', storyId, '--summary', '--json'], { env: llmEnv });
    const checked = JSON.parse(result.stdout) as { source: string; sentences: { text: string; unsupported: boolean }[] };
    expect(checked.source).toBe('llm');
    expect(checked.sentences.find((s) => /CSTO/.test(s.text))!.unsupported).toBe(false);
    expect(checked.sentences.find((s) => /Aliens/.test(s.text))!.unsupported).toBe(true);
    const broken = await runCli(db, ['story', storyId, '--summary'], { env: { ...llmEnv, READINGS_LLM_BASE_URL: `${llm.origin}/broken` } });
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(/showing the extractive summary/);
    expect(broken.stdout).toMatch(/reported by/);
  });
});
