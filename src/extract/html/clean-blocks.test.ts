import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { segmentBlocks } from './blocks.js';
import { judgeBlocks } from './clean-blocks.js';

const PROSE = [
  'The council voted on Tuesday to close the old bridge to heavy traffic until the repairs are done next year.',
  'Engineers found cracks in two of the main girders during an inspection in the autumn, the report says.',
  'Residents will be able to comment on the plans at a public meeting in the town hall next month.',
];

/** Blocks of `html` wrapped like Readability output (two wrapper levels), with their verdicts. */
function judge(html: string, ctx = { title: 'Bridge to close', byline: 'Jane Doe' }) {
  const { document } = parseHTML(`<html><body><div><div class="page"><div class="candidate">${html}</div></div></div></body></html>`);
  const root = document.body.firstElementChild as unknown as Element;
  const blocks = segmentBlocks(root);
  const verdicts = judgeBlocks(blocks, ctx);
  return blocks.map((b, i) => [b.text, verdicts[i] ?? null] as const);
}

const kept = (rows: readonly (readonly [string, string | null])[]) => rows.filter(([, v]) => v === null).map(([t]) => t);

describe('judgeBlocks', () => {
  it('keeps prose and drops datelines and bylines before it', () => {
    const rows = judge(`<p>Bridge to close</p><p>By Jane Doe</p><p>Published January 12th, 2022 - 09:51 GMT</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`);
    expect(kept(rows)).toEqual(PROSE);
  });

  it('drops captions, credits and ad labels inside the body', () => {
    const rows = judge(
      `<p>${PROSE[0]}</p><figure><img src="a.jpg"><figcaption>The bridge at dusk.</figcaption></figure>` +
        `<p>Advertisement</p><p>Workers on the deck (Photo: Reuters)</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`,
    );
    expect(kept(rows)).toEqual(PROSE);
    expect(rows.find(([t]) => t === 'The bridge at dusk.')?.[1]).toBe('caption');
  });

  it('drops share bars, related lists, prompts, tags and bios after the body', () => {
    const rows = judge(
      PROSE.map((p) => `<p>${p}</p>`).join('') +
        '<p>Share Tweet Email</p><h3>You may also like</h3><ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">Tram line approved</a></li></ul>' +
        '<p>Sign up for our newsletter to get the news every morning.</p><p>Tags: bridge, council</p>' +
        '<p>Jane Doe is a senior reporter covering local government and transport.</p>',
    );
    expect(kept(rows)).toEqual(PROSE);
  });

  it('drops blocks in furniture containers even when they read like prose', () => {
    const rows = judge(`${PROSE.map((p) => `<p>${p}</p>`).join('')}<div class="author-bio"><p>She has written for the paper since 2010 and lives in town.</p></div>`);
    expect(kept(rows)).toEqual(PROSE);
  });

  it('keeps short lines and linked items inside the body', () => {
    const rows = judge(`<p>${PROSE[0]}</p><ul><li><a href="/s">Download the full survey results</a></li></ul><h2>What comes next</h2><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`);
    expect(kept(rows)).toEqual([PROSE[0], 'Download the full survey results', 'What comes next', PROSE[1], PROSE[2]]);
  });
});
