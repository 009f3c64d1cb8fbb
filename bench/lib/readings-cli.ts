import { execFileSync } from 'node:child_process';

/** Runs the compiled `readings` CLI on a library file and returns its standard output (throws on a non-zero exit). */
export function readingsCli(db: string, args: string[]): string {
  return execFileSync('node', ['bin/readings.js', '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, READINGS_DB: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
}
