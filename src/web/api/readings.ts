import { createRoute } from '@hono/zod-openapi';
import { nowOf } from '../context.js';
import { ReadingsError } from '../../domain/errors.js';
import { editReading, readReading, showReading, toFilter } from '../../service/library.js';
import { deleteReadingEverywhere } from '../../service/stories.js';
import { addReading } from './add-reading.js';
import { errorResponses, json, jsonBody, router, security } from './route-kit.js';
import { CreateReadingBody, CreateReadingResult, DeletedSchema, ExportQuery, FilterQuery, IdParams, PatchReadingBody, ReadingFullSchema, ReadingListSchema, ReadingSchema } from './schemas.js';
import { exportDownload } from '../export-stream.js';
import { fullReading, toListView } from './views.js';

const tags = ['readings'];

const list = createRoute({
  method: 'get', path: '/readings', tags, security,
  summary: 'The library, newest first, filtered and paged',
  request: { query: FilterQuery },
  responses: { 200: json(ReadingListSchema, 'one page of readings, and how many match'), ...errorResponses(400, 401) },
});

const create = createRoute({
  method: 'post', path: '/readings', tags, security,
  summary: 'Add a reading from a URL, an HTML page or a text dump',
  description: 'Fetches the URL (with the same SSRF guard as the CLI: private and loopback addresses are refused unless the server allows them) or takes the given page or text, extracts it and stores it. An input already in the library is not stored twice.',
  request: { body: jsonBody(CreateReadingBody) },
  responses: {
    201: json(CreateReadingResult, 'stored (status added, or failed: kept verbatim, extraction failed)'),
    200: json(CreateReadingResult, 'already in the library (status skipped)'),
    ...errorResponses(400, 401, 413, 422, 502, 504),
  },
});

const get = createRoute({
  method: 'get', path: '/readings/{id}', tags, security,
  summary: 'A reading in full: clean text, statistics, details, its story',
  request: { params: IdParams },
  responses: { 200: json(ReadingFullSchema, 'the reading'), ...errorResponses(400, 401, 404) },
});

const patch = createRoute({
  method: 'patch', path: '/readings/{id}', tags, security,
  summary: 'Change a reading’s category, or its read state',
  request: { params: IdParams, body: jsonBody(PatchReadingBody) },
  responses: { 200: json(ReadingSchema, 'the reading as it is now'), ...errorResponses(400, 401, 404) },
});

const remove = createRoute({
  method: 'delete', path: '/readings/{id}', tags, security,
  summary: 'Delete a reading and its original input',
  request: { params: IdParams },
  responses: { 200: json(DeletedSchema, 'the reading that was deleted'), ...errorResponses(400, 401, 404) },
});

const original = createRoute({
  method: 'get', path: '/readings/{id}/original', tags, security,
  summary: 'The verbatim input, byte for byte, as a download',
  request: { params: IdParams },
  responses: { 200: { description: 'the original bytes (application/octet-stream, as an attachment)' }, ...errorResponses(400, 401, 404) },
});

const exportAll = createRoute({
  method: 'get', path: '/export', tags, security,
  summary: 'The readings the filters let through, as `readings export` writes them, streamed as a download',
  request: { query: ExportQuery },
  responses: { 200: { description: 'JSONL (application/x-ndjson) or Markdown (text/markdown), one reading after another, oldest first' }, ...errorResponses(400, 401) },
});

export const readingRoutes = router()
  .openapi(list, (c) => {
    const { limit, offset, ...filters } = c.req.valid('query');
    const filter = toFilter(filters);
    const repo = c.var.storage.readings;
    return c.json({ total: repo.count(filter), limit, offset, readings: repo.list(filter, { limit, offset }).map(toListView) }, 200);
  })
  .openapi(create, async (c) => {
    const outcome = await addReading(c.var.deps, c.var.library, c.req.valid('json'));
    const reading = fullReading(c.var.storage, outcome.reading);
    if (outcome.status === 'skipped') return c.json({ status: outcome.status, reason: outcome.reason, reading }, 200);
    if (outcome.status === 'failed') return c.json({ status: outcome.status, error: { code: outcome.failure.code, message: outcome.failure.message }, reading }, 201);
    return c.json({ status: outcome.status, reading }, 201);
  })
  .openapi(exportAll, (c) => {
    const { format, ...filters } = c.req.valid('query');
    const download = exportDownload(c.var.library.path, format, toFilter(filters), nowOf(c.var.deps));
    return c.body(download.body, 200, download.headers);
  })
  .openapi(get, (c) => c.json(fullReading(c.var.storage, c.req.valid('param').id), 200))
  .openapi(patch, (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const now = nowOf(c.var.deps);
    let reading = editReading(c.var.storage.readings, id, { category: body.category, unread: body.read === false }, now);
    if (body.read === true) reading = readReading(c.var.storage.readings, reading.id, now);
    return c.json(toListView(reading), 200);
  })
  .openapi(remove, (c) => {
    const reading = deleteReadingEverywhere(c.var.storage, c.req.valid('param').id, nowOf(c.var.deps));
    return c.json({ deleted: toListView(reading) }, 200);
  })
  .openapi(original, (c) => {
    const { reading, original: input } = showReading(c.var.storage.readings, c.req.valid('param').id);
    if (!input) throw new ReadingsError('not_found', 'this reading has no original input', reading.id);
    const name = `${reading.id}.${/html/i.test(input.contentType ?? '') ? 'html' : 'txt'}`;
    return c.body(Buffer.from(input.bytes), 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${name}"`,
      'x-original-content-type': (input.contentType ?? 'unknown').replace(/[^\x20-\x7e]/g, ''),
    });
  });
