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
});
