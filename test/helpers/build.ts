import { execFileSync } from 'node:child_process';

/** vitest globalSetup: the CLI tests run the compiled and bundled CLI, so build it once first. */
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
