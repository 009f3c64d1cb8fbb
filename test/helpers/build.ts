import { execFileSync } from 'node:child_process';

/** vitest globalSetup: the CLI tests run the compiled CLI, so compile it once first. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
}
