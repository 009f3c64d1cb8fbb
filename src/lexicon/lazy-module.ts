import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on first use. The HTML stack (DOM parser,
 * sanitizer) takes about a third of a second to load in every thread, and
 * text inputs never need it; a language's stemmer is needed only when a
 * reading in that language comes. In the bundled build a package may have a
 * one-file copy in `vendor/` beside this module (scripts/bundle.mjs), which
 * loads faster and carries our patches; elsewhere the package itself.
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(vendored(name) ?? name) as T);
}

function vendored(name: string): string | null {
  const path = fileURLToPath(new URL(`./vendor/${name}.cjs`, import.meta.url));
  return existsSync(path) ? path : null;
}
