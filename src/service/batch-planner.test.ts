import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BATCH } from '../../test/helpers/kazakhstan-batch.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { loadAnalyzer } from './analyzer.js';
import { inProcessPlanner, workerPlanner, type PlanRequest } from './batch-planner.js';
import { DEFAULT_RELATE } from './relate-reading.js';

/** The plan worker as built (the test setup builds the project). */
const tempDir = useTempDir();
const BUILT_PLAN_WORKER = fileURLToPath(new URL('../../dist/service/plan-worker.js', import.meta.url));

async function request(): Promise<PlanRequest> {
  const analyze = await loadAnalyzer();
  const batch = BATCH.map((r) => ({ id: r.id, featuresJson: JSON.stringify(analyze(r)), publishedAt: r.publishedAt, createdAt: r.createdAt }));
  return { batch, library: [], corrections: [], threshold: DEFAULT_RELATE.threshold, windowDays: DEFAULT_RELATE.windowDays };
}

describe('workerPlanner', () => {
  it('makes in its worker thread the plans made in this one, one after another', async () => {
    const planner = workerPlanner(BUILT_PLAN_WORKER);
    expect(planner).not.toBe(inProcessPlanner);
    const whole = await request();
    const floods = { ...whole, batch: whole.batch.filter((b) => b.id.startsWith('f-')) };
    try {
      const plan = planner.start(whole).wait();
      expect(plan.stories.map((s) => s.members.map((m) => m.readingId).sort())).toEqual([['k-copy', 'k-retold', 'k-wire'], ['f-first', 'f-second']]);
      expect(plan.keptOut).toEqual(['k-copy']);
      expect(plan).toEqual(inProcessPlanner.start(whole).wait());
      expect(planner.start(floods).wait()).toEqual(inProcessPlanner.start(floods).wait());
    } finally {
      await planner.close();
    }
  });

  it("reports the worker's failure as an error of the thread waiting for the plan, and makes the next plan", async () => {
    const planner = workerPlanner(BUILT_PLAN_WORKER);
    const good = await request();
    const broken = { ...good, batch: [{ ...good.batch[0]!, featuresJson: '{"terms":' }] };
    try {
      expect(() => planner.start(broken).wait()).toThrow(/^batch plan worker: SyntaxError/);
      expect(planner.start(good).wait().stories).toHaveLength(2);
    } finally {
      await planner.close();
    }
  });

  it('gives up on a worker that reports no progress (one stopped for want of memory never answers)', async () => {
    const silent = join(tempDir(), 'silent-worker.mjs');
    writeFileSync(silent, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n");
    const planner = workerPlanner(silent, { stallMs: 300 });
    try {
      const pending = planner.start(await request());
      const started = Date.now();
      expect(() => pending.wait()).toThrow(/^the batch plan worker reported no progress for 0 s/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await planner.close();
    }
  });

  it('runs in this thread when there is no built worker', () => {
    expect(workerPlanner('/nonexistent/plan-worker.js')).toBe(inProcessPlanner);
  });
});
