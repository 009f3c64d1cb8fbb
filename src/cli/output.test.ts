import { describe, expect, it } from 'vitest';
import { batchedLines } from './output.js';

describe('batchedLines', () => {
  it('writes the lines it holds in one write, in order, when flushed', () => {
    const writes: string[] = [];
    const out = batchedLines((text) => writes.push(text), 10_000);
    out.line('added a');
    out.line('added b');
    expect(writes).toEqual([]);
    out.flush();
    out.flush();
    expect(writes).toEqual(['added a\nadded b\n']);
  });

  it('writes once it holds maxLines, and what a timer finds after delayMs', async () => {
    const writes: string[] = [];
    const out = batchedLines((text) => writes.push(text), 20, 3);
    for (const l of ['1', '2', '3', '4']) out.line(l);
    expect(writes).toEqual(['1\n2\n3\n']);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(writes).toEqual(['1\n2\n3\n', '4\n']);
  });
});
