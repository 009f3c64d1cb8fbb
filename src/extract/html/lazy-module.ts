import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on first use. The HTML stack (DOM parser,
 * sanitizer) takes about a third of a second to load in every thread, and
 * text inputs never need it.
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
