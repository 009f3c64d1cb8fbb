import { ReadingsError } from '../../domain/errors.js';
import { nowOf } from '../context.js';
import { exportDownload } from '../export-stream.js';
import { libraryFilter, parseLibraryQuery } from './library.js';
import { guarded, type PagesApp } from './respond.js';

/** GET /export?format=jsonl|markdown with the library page's filters: a download of what they show. */
export function registerExport(app: PagesApp): void {
  app.get('/export', (c) => guarded(c, () => {
    const format = c.req.query('format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'markdown') throw new ReadingsError('invalid_argument', 'the format is jsonl or markdown', `format=${format}`);
    const { filter, error } = libraryFilter(parseLibraryQuery(c.req.query()));
    if (error) throw new ReadingsError('invalid_argument', error, 'since');
    const download = exportDownload(c.var.library.path, format, filter, nowOf(c.var.deps));
    return c.body(download.body, 200, download.headers);
  }));
}
