// Bundles the compiled CLI and its worker threads into a few files under
// dist/bundle/. Node 20 loads ES modules one file at a time (~0.5-1 ms each):
// the CLI loads ~300 of them before it does anything and every worker thread
// ~200, which is a quarter to a third of a second per thread. Bundled, start-up
// and worker boot take about half as long.
//
// Only our code and a few pure-JavaScript packages are bundled. The rest stay
// ordinary imports from node_modules: the native SQLite binding and packages
// that read files beside their own code. The large HTML packages loaded on
// demand get one file each under dist/bundle/vendor/, with our patches (below).
//
//   node scripts/bundle.mjs     (run by `npm run build`, after tsc)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { PATCHES } from './vendor-patches.mjs';

/** Packages without native code, file reads or __dirname, loaded at start-up by the CLI or a worker. */
const BUNDLED = new Set([
  'zod',
  'chrono-node',
  'franc-min',
  'trigram-utils',
  'n-gram',
  'collapse-white-space',
  'commander',
  'tinyglobby',
  'fdir',
  'picomatch',
  'ipaddr.js',
  'html-encoding-sniffer',
  '@exodus/bytes',
  'cli-progress',
  'string-width',
  'strip-ansi',
  'ansi-regex',
  'emoji-regex',
  'is-fullwidth-code-point',
]);

const packageName = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

const keepOtherPackagesExternal = {
  name: 'keep-other-packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      return BUNDLED.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
};

// esbuild's node20 target rewrites every regular expression with a Unicode
// property escape (/\p{L}/u) into `new RegExp(...)`, which then builds a
// regular expression object each time the line runs, in hot loops too. Node 20
// runs them as written.
const REGEXP_AS_WRITTEN = { 'regexp-unicode-property-escapes': true };

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  // Entry names are flat, beside the chunks, so that `new URL('./extract-worker.js',
  // import.meta.url)` finds a worker from whichever chunk holds the pool.
  entryPoints: ['dist/cli/main.js', 'dist/service/extract-worker.js', 'dist/service/plan-worker.js', 'dist/web/writer/writer-worker.js', 'dist/web/feeds/feed-scheduler-worker.js'],
  outdir: 'dist/bundle',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported: REGEXP_AS_WRITTEN,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [keepOtherPackagesExternal],
  // Bundled CommonJS packages call require(); ES modules have none of their own.
  banner: { js: "import { createRequire as __readingsRequire } from 'node:module'; const require = __readingsRequire(import.meta.url);" },
});

/** Applies PATCHES to the files of one package as esbuild reads them. */
const patchSources = (pkg) => ({
  name: `patch-${pkg}`,
  setup(b) {
    const patches = PATCHES.filter((p) => p.pkg === pkg);
    const applied = new Set();
    b.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const mine = patches.filter((p) => p.file.test(args.path));
      if (mine.length === 0) return undefined;
      let text = readFileSync(args.path, 'utf8');
      for (const p of mine) {
        if (!text.includes(p.from)) throw new Error(`${pkg}: patch "${p.why}" no longer matches ${args.path}`);
        text = text.replace(p.from, p.to);
        applied.add(p);
      }
      return { contents: text, loader: 'js' };
    });
    b.onEnd(() => {
      const missed = patches.filter((p) => !applied.has(p));
      if (missed.length) throw new Error(`${pkg}: patches not applied: ${missed.map((p) => p.why).join('; ')}`);
    });
  },
});

// Large CommonJS packages the extraction loads on first use, each bundled into
// one file under dist/bundle/vendor/ (lazy-module.ts prefers it): one file loads
// in a fraction of the time of its ~100 modules, and lets us patch them (PATCHES).
const require = createRequire(import.meta.url);

// compromise's lexicon, the only part of it we use, as JSON: the package takes
// 0.4-1 s to load in every thread that analyses (src/relate/nlp.ts).
mkdirSync('dist/bundle/vendor', { recursive: true });
const lexicon = require('compromise').world().model.one.lexicon;
const { compactLexicon } = await import('../dist/lexicon/compromise-lexicon.js');
writeFileSync('dist/bundle/vendor/compromise-lexicon.json', JSON.stringify(compactLexicon(lexicon)));
// Its words by kind as parts of names, which every text dump without a "By" line asks about (src/lexicon/name-words.ts).
const { nameWordsOf } = await import('../dist/lexicon/name-words.js');
writeFileSync('dist/bundle/vendor/name-words.json', JSON.stringify(nameWordsOf(lexicon)));

for (const pkg of ['linkedom', 'sanitize-html', '@mozilla/readability']) {
  await build({
    entryPoints: [require.resolve(pkg)],
    outfile: `dist/bundle/vendor/${pkg}.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: REGEXP_AS_WRITTEN,
    logLevel: 'warning',
    // linkedom's optional canvas support requires the native `canvas` package when installed.
    external: ['canvas'],
    plugins: [patchSources(pkg)],
  });
}
