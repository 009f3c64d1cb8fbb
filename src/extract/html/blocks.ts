/**
 * Split an article element into text blocks: one per paragraph-like run of
 * inline content (a <p>, an <li>, a heading, the loose text of a <div>). Each
 * block keeps the DOM nodes it was made of, so a block judged to be clutter
 * can be removed from the article HTML too.
 */
export interface Block {
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters of text inside links. */
  linkChars: number;
  /** Lower-case tag of the nearest block-level ancestor (p, li, h2, div, td, …). */
  tag: string;
  /** Block-level ancestors from the article root down, lower-case tags. */
  path: string[];
  /** class and id values of each block ancestor (same order as path), lower-cased. */
  hints: string[];
  /** The inline nodes (text and inline elements) this block is made of. */
  nodes: Node[];
  /** The element that holds the block. */
  container: Element;
}

/** Elements that start a new block; anything else (custom elements too) is inline unless it holds one of these. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'caption', 'legend', 'option', 'select', 'textarea', 'video', 'audio', 'iframe',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function segmentBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  walkBlock(root, [], [], blocks);
  return blocks;
}

interface Pending {
  parts: string[];
  linkChars: number;
  nodes: Node[];
}

function walkBlock(el: Element, path: string[], hints: string[], out: Block[]): void {
  const tag = el.tagName.toLowerCase();
  const myPath = [...path, tag];
  const myHints = [...hints, `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim().toLowerCase()];
  let pending: Pending = { parts: [], linkChars: 0, nodes: [] };
  const flush = () => {
    const text = collapseText(pending.parts.join(''));
    if (text) {
      out.push({ text, linkChars: pending.linkChars, tag, path: myPath, hints: myHints, nodes: pending.nodes, container: el });
    }
    pending = { parts: [], linkChars: 0, nodes: [] };
  };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      pending.parts.push(child.nodeValue ?? '');
      pending.nodes.push(child);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const c = child as Element;
    const ctag = c.tagName.toLowerCase();
    if (ctag === 'br') {
      pending.parts.push('\n');
      pending.nodes.push(c);
      continue;
    }
    if (!BLOCK.has(ctag) && !hasBlockChild(c)) {
      const text = c.textContent ?? '';
      pending.parts.push(text);
      pending.linkChars += ctag === 'a' ? text.trim().length : linkTextIn(c);
      pending.nodes.push(c);
      continue;
    }
    flush();
    if (ctag === 'tr' && isFlatRow(c)) pushRow(c, myPath, myHints, out);
    else walkBlock(c, myPath, myHints, out);
  }
  flush();
}

/** A table row whose cells hold only inline content: one block, cells joined by spaces. */
function isFlatRow(tr: Element): boolean {
  for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (hasBlockChild(cell)) return false;
  }
  return true;
}

function pushRow(tr: Element, path: string[], hints: string[], out: Block[]): void {
  const parts: string[] = [];
  let linkChars = 0;
  for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
    const text = collapseText(cell.textContent ?? '');
    if (text) parts.push(text);
    linkChars += linkTextIn(cell);
  }
  const text = parts.join(' ');
  if (text) out.push({ text, linkChars, tag: 'tr', path: [...path, 'tr'], hints: [...hints, ''], nodes: [tr], container: tr });
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK.has(c.tagName.toLowerCase())) return true;
    if (hasBlockChild(c)) return true;
  }
  return false;
}

function linkTextIn(el: Element): number {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += (a.textContent ?? '').trim().length;
  return n;
}

/** Collapse runs of whitespace (and zero-width characters) to one space. */
export function collapseText(text: string): string {
  return text.replace(/(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+/g, ' ').trim();
}
