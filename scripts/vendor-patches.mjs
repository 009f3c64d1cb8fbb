// Source patches applied while bundling a vendored package (scripts/bundle.mjs).
// Each names the file, the exact text it replaces and why; the build fails when
// the text is not found, so an upgrade of the package cannot drop a patch silently.

/** @type {{ pkg: string, file: RegExp, why: string, from: string, to: string }[]} */
export const PATCHES = [
  {
    pkg: 'linkedom',
    file: /linkedom[\\/]cjs[\\/]shared[\\/]matches\.js$/,
    // querySelector(All) compiled its selector with css-select on every call;
    // Readability asks for the same few selectors on every page (~4 % of a
    // store-only HTML ingest's worker time). A selector without :scope
    // compiles to the same context-free matcher every time.
    why: 'compiled selectors reused (those without :scope)',
    from: `const prepareMatch = (element, selectors) => CSSselect.compile(
  selectors,
  {
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);`,
    to: `const compiledMatches = new Map;
const prepareMatch = (element, selectors) => {
  const xmlMode = !ignoreCase(element);
  if (selectors.includes(':scope')) return CSSselect.compile(selectors, { context: element, xmlMode, adapter });
  const key = (xmlMode ? 'x' : 'h') + selectors;
  let match = compiledMatches.get(key);
  if (match === void 0) {
    if (compiledMatches.size >= 512) compiledMatches.clear();
    match = CSSselect.compile(selectors, { context: void 0, xmlMode, adapter });
    compiledMatches.set(key, match);
  }
  return match;
};`,
  },
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
  {
    pkg: 'linkedom',
    file: /linkedom[\\/]cjs[\\/]shared[\\/]utils\.js$/,
    // tagName and nodeName upper-cased a new string on every read, and
    // Readability reads them for every node many times over.
    why: 'upper-case tag names computed once per name',
    from: `const localCase = ({localName, ownerDocument}) => {
  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;
};`,
    to: `const upperNames = new Map();
const localCase = ({localName, ownerDocument}) => {
  if (!ownerDocument[MIME].ignoreCase) return localName;
  let upper = upperNames.get(localName);
  if (upper === undefined) {
    upper = localName.toUpperCase();
    if (upperNames.size < 4096) upperNames.set(localName, upper);
  }
  return upper;
};`,
  },
  {
    pkg: 'linkedom',
    file: /linkedom[\\/]cjs[\\/]interface[\\/]element\.js$/,
    // className (and getAttribute('class'), which linkedom answers with it)
    // rebuilt the class string from a token set on every read; the DOM defines
    // it as the attribute's value.
    why: 'className reads the class attribute node',
    from: `  get className() { return this.classList.value; }`,
    to: `  get className() { const attribute = this.getAttributeNode('class'); return attribute ? attribute.value : ''; }`,
  },
  {
    pkg: '@mozilla/readability',
    file: /readability[\\/]Readability\.js$/,
    // The one debug log Readability does not guard serialized the whole article on every parse.
    why: 'the "Grabbed" debug log guarded like the others',
    from: `    this.log("Grabbed: " + articleContent.innerHTML);`,
    to: `    if (this._debug) {
      this.log("Grabbed: " + articleContent.innerHTML);
    }`,
  },
  {
    pkg: '@mozilla/readability',
    file: /readability[\\/]Readability\.js$/,
    // node.style reflects the inline style attribute only; building a style
    // object for every node without one cost ~7 % of an extraction on linkedom.
    why: 'no style object for a node without a style attribute',
    from: `      (!node.style || node.style.display != "none") &&
      (!node.style || node.style.visibility != "hidden") &&`,
    to: `      (!node.hasAttribute("style") ||
        ((!node.style || node.style.display != "none") &&
          (!node.style || node.style.visibility != "hidden"))) &&`,
  },
];
