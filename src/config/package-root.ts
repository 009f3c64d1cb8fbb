import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * The checkout's root folder (where package.json says "readings"), found by
 * walking up from this module: the same answer from the TypeScript sources,
 * the compiled dist/ and the bundle in dist/bundle/, which sit at different depths.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'readings') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json of readings above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
