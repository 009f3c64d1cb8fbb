import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BOM = '\uFEFF';

/**
 * The lines of a UTF-8 text file, read only as fast as they are consumed. (readline's
 * async iterator reads ahead and queues lines, so a slow consumer of a large
 * JSONL file ends up holding most of the file in memory.) Lines are found in the
 * bytes and each is decoded alone: no byte of a multi-byte character is a newline,
 * and decoding whole chunks to split the text again cost a bulk import's main
 * thread ~2.5 times as much. A byte-order mark before the first line is dropped.
 */
export async function* readLines(path: string): AsyncGenerator<string> {
  // The pieces of a line that runs past the end of a chunk.
  let pending: Buffer[] = [];
  let first = true;
  const text = (line: Buffer): string => {
    const end = line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.length - 1 : line.length;
    const decoded = line.toString('utf8', 0, end);
    if (!first) return decoded;
    first = false;
    return decoded.startsWith(BOM) ? decoded.slice(1) : decoded;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      const line = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      yield text(line);
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield text(Buffer.concat(pending));
}
