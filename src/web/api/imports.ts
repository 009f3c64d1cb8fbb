import { createRoute } from '@hono/zod-openapi';
import { ReadingsError } from '../../domain/errors.js';
import { listsManyInputs } from '../../service/input-sources.js';
import { startUploadImport } from '../imports/upload-import.js';
import { errorResponses, json, router, security } from './route-kit.js';
import { ImportBody, ImportIdParams, ImportStatusSchema } from './schemas.js';

const tags = ['imports'];

const create = createRoute({
  method: 'post', path: '/imports', tags, security,
  summary: 'Import a file that lists many inputs, in the background',
  description: 'A reading-list export, a bookmarks file or a JSONL file, read as `readings add FILE` reads it: each item is fetched (under the same SSRF guard) or taken as given, and added to the library one after another. Answers at once; follow the import with GET /imports/{id}.',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: ImportBody } } } },
  responses: { 202: json(ImportStatusSchema, 'the import, started'), ...errorResponses(400, 401, 413, 422) },
});

const get = createRoute({
  method: 'get', path: '/imports/{id}', tags, security,
  summary: 'An import’s progress: items read, added, skipped, failed, and the first failures',
  request: { params: ImportIdParams },
  responses: { 200: json(ImportStatusSchema, 'the import'), ...errorResponses(400, 401, 404) },
});

export const importRoutes = router()
  .openapi(create, async (c) => {
    const { file, category } = c.req.valid('form');
    const { maxInputBytes } = c.var.deps.config;
    const name = file.name || 'upload';
    if (file.size > maxInputBytes) throw new ReadingsError('input_too_large', `the file is ${file.size} bytes; the limit is ${maxInputBytes}`, name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!listsManyInputs(name, bytes)) {
      throw new ReadingsError('malformed_input', 'not a list of inputs: give a reading-list .csv, a bookmarks or Pocket .html export, or a .jsonl file (one article goes to POST /readings)', name);
    }
    return c.json(await startUploadImport(c.var.deps, c.var.library, { name, bytes }, { category: category?.trim() || null }), 202);
  })
  .openapi(get, (c) => {
    const status = c.var.deps.imports.get(c.var.library.path, c.req.valid('param').id);
    if (!status) throw new ReadingsError('not_found', 'no such import', c.req.valid('param').id);
    return c.json(status, 200);
  });
