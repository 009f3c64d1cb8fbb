import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { readLines } from './read-lines.js';

const tempDir = useTempDir();

describe('readLines', () => {
  it('gives every line, CRLF or LF, across chunk boundaries, without a trailing empty line', async () => {
    const path = join(tempDir(), 'x.jsonl');
    const long = 'x'.repeat(300 * 1024);
    writeFileSync(path, `a\r\nb\n${long}\n\nlast`);
    const lines: string[] = [];
    for await (const line of readLines(path)) lines.push(line);
    expect(lines).toEqual(['a', 'b', long, '', 'last']);
  });

  it('decodes characters cut by a chunk boundary, and drops a byte-order mark before the first line', async () => {
    const path = join(tempDir(), 'y.jsonl');
    // 'é' is two bytes, 'ж' two, '😀' four: some land across the 1 MB chunk boundary.
    const long = 'é'.repeat(300 * 1024) + 'ж'.repeat(200 * 1024) + '😀'.repeat(100 * 1024);
    writeFileSync(path, `\uFEFF{"a":1}\n${long}\r\n\uFEFFkept`);
    const lines: string[] = [];
    for await (const line of readLines(path)) lines.push(line);
    expect(lines).toEqual(['{"a":1}', long, '\uFEFFkept']);
  });
});
