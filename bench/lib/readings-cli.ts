import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Runs the compiled `readings` CLI on a library file and returns its standard output (throws on a non-zero exit). */
export function readingsCli(db: string, args: string[]): string {
  return execFileSync('node', ['bin/readings.js', '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, READINGS_DB: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The most stories `readings stories` lists at once. */
const PAGE = 10_000;

/** What a library's stories say, as the cluster evaluator reads it (one line per reading ref with its story), written to `path`; returns the number of stories. */
export function storyPredictions(db: string, path: string): number {
  const lines: string[] = [];
  let count = 0;
  for (let offset = 0; ; offset += PAGE) {
    const { stories } = JSON.parse(readingsCli(db, ['stories', '--json', '--limit', String(PAGE), '--offset', String(offset)])) as { stories: { id: string; readings: { ref: string | null }[] }[] };
    for (const s of stories) for (const r of s.readings) if (r.ref) lines.push(JSON.stringify({ id: r.ref, cluster: s.id }));
    count += stories.length;
    if (stories.length < PAGE) break;
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return count;
}
