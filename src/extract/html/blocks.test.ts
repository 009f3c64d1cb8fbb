import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { segmentBlocks } from './blocks.js';

function blocksOf(html: string) {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return segmentBlocks(document.getElementById('root') as unknown as Element);
}

describe('segmentBlocks', () => {
  it('makes one block per paragraph-like run of inline content', () => {
    const blocks = blocksOf('<h2>Head</h2><p>One <b>bold</b>   word.</p><div>Loose text<p>Inner</p>tail</div><ul><li>item</li></ul>');
    expect(blocks.map((b) => [b.tag, b.text])).toEqual([
      ['h2', 'Head'], ['p', 'One bold word.'], ['div', 'Loose text'], ['p', 'Inner'], ['div', 'tail'], ['li', 'item'],
    ]);
  });

  it('treats unknown and custom elements as inline', () => {
    expect(blocksOf('<p>See <my-ref>1</my-ref> here.</p>').map((b) => b.text)).toEqual(['See 1 here.']);
  });

  it('joins the cells of a flat table row', () => {
    expect(blocksOf('<table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>').map((b) => [b.tag, b.text])).toEqual([['tr', '1 Kyle Busch 5040']]);
  });

  it('counts link text and keeps class hints per level', () => {
    const [b] = blocksOf('<div class="related-box"><p><a href="/x">Linked</a> text</p></div>');
    expect(b?.linkChars).toBe(6);
    expect(b?.hints).toEqual(['root', 'related-box', '']);
  });
});
