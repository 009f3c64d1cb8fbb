// Source patches applied while bundling a vendored package (scripts/bundle.mjs).
// Each names the file, the exact text it replaces and why; the build fails when
// the text is not found, so an upgrade of the package cannot drop a patch silently.

/** @type {{ pkg: string, file: RegExp, why: string, from: string, to: string }[]} */
export const PATCHES = [
  {
    pkg: 'linkedom',
    file: /linkedom[\\/]cjs[\\/]interface[\\/]event-target\.js$/,
    // Every node linkedom creates got a WeakMap entry holding an empty Map for
    // listeners nobody adds while extracting: ~9 % of the CPU of an HTML ingest,
    // most of it garbage collection of the ephemeron table. jsdom and happy-dom
    // made the same storage lazy.
    why: 'listener maps allocated on first addEventListener, not per node',
    from: `  constructor() {
    wm.set(this, new Map);
  }`,
    to: `  constructor() {
  }`,
  },
  {
    pkg: 'linkedom',
    file: /linkedom[\\/]cjs[\\/]interface[\\/]event-target\.js$/,
    why: 'the lazily created listener map',
    from: `  addEventListener(type, listener, options) {
    const map = wm.get(this);`,
    to: `  addEventListener(type, listener, options) {
    let map = wm.get(this);
    if (!map) wm.set(this, map = new Map);`,
  },
  {
    pkg: 'linkedom',
    file: /linkedom[\\/]cjs[\\/]interface[\\/]event-target\.js$/,
    why: 'no map when no listener was ever added',
    from: `  removeEventListener(type, listener) {
    const map = wm.get(this);
    if (map.has(type)) {`,
    to: `  removeEventListener(type, listener) {
    const map = wm.get(this);
    if (map && map.has(type)) {`,
  },
];
