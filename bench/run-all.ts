/**
 * Every benchmark of the project, one after another, each printing its figure,
 * its baseline from the same run and its reproduce command.
 *
 *   npm run bench            (all)
 *   npm run bench -- memory  (only the named ones)
 */
import { spawnSync } from 'node:child_process';

const BENCHES = ['extraction-html', 'extraction-text', 'extraction-archives', 'extraction-variants', 'text-details', 'seeds', 'ingest-speed', 'memory', 'relate-stories', 'relate-cli', 'relate-stream', 'relate-scale', 'summary-neus', 'summary-reading', 'summary-speed', 'feeds-parse', 'feeds-refresh', 'api-load'] as const;
const only = process.argv.slice(2);
const chosen = only.length ? BENCHES.filter((b) => only.includes(b)) : BENCHES;
let failed = 0;
for (const name of chosen) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const run = spawnSync('npx', ['tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
