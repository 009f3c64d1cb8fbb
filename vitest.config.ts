import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite does not resolve chrono-node's wildcard subpath exports ("./*" beside
  // "./*/*", vitest-dev/vitest#4761); Node does, so ask Node.
  resolve: { alias: { 'chrono-node/en': fileURLToPath(import.meta.resolve('chrono-node/en')) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/helpers/build.ts'],
  },
});
