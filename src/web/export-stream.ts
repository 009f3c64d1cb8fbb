import { exportLibrary, type ExportFormat } from '../service/export.js';
import type { ReadingFilter } from '../store/repository.js';
import { openStorage } from '../store/storage.js';

const TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
};

/**
 * The readings as the CLI's `export` writes them (JSONL keeps everything,
 * originals included), one reading per pull, with the headers of a
 * download. The export reads on a connection of its own, so that its cursor
 * never stands open on the one other requests use, and a library the server
 * lets go meanwhile is not closed under it.
 */
export function exportDownload(dbPath: string, format: ExportFormat, filter: ReadingFilter, now: Date): { body: ReadableStream<Uint8Array>; headers: Record<string, string> } {
  const storage = openStorage(dbPath);
  const chunks = exportLibrary(storage.readings, format, filter);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      try {
        const next = chunks.next();
        if (next.done) {
          storage.close();
          controller.close();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (failure) {
        storage.close();
        controller.error(failure);
      }
    },
    cancel() {
      chunks.return(undefined);
      storage.close();
    },
  });
  const day = now.toISOString().slice(0, 10);
  return {
    body,
    headers: {
      'content-type': TYPES[format].contentType,
      'content-disposition': `attachment; filename="readings-${day}.${TYPES[format].extension}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  };
}
