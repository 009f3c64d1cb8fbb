import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A JSON table scripts/bundle.mjs writes under `vendor/` beside the bundle,
 * or null when running from the sources (the caller then builds it).
 */
export function vendoredJson<T>(file: string): T | null {
  const saved = fileURLToPath(new URL(`./vendor/${file}`, import.meta.url));
  return existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as T) : null;
}
