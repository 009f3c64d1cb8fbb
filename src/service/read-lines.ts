import { createReadStream } from 'node:fs';

/**
 * The lines of a text file, read only as fast as they are consumed. (readline's
 * async iterator reads ahead and queues lines, so a slow consumer of a large
 * JSONL file ends up holding most of the file in memory.)
 */
export async function* readLines(path: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 }) as AsyncIterable<string>) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
