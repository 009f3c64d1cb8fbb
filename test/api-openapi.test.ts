import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE, openApiText } from '../src/web/openapi.js';
import { startHarness, type Harness } from './api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the OpenAPI document', () => {
  it('committed openapi.json is the one the zod schemas generate (if not: npm run openapi, and commit it)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8'), 'openapi.json is stale: run `npm run openapi` and commit it').toBe(openApiText());
  });

  it('is served at /api/v1/openapi.json without a token, equal to the committed one', async () => {
    const res = await h.app.request('http://localhost/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')));
  });

  it('describes every route with its parameters, body and error shape', () => {
    const doc = JSON.parse(openApiText());
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/export', '/feeds', '/feeds/{id}', '/feeds/{id}/refresh', '/imports', '/imports/{id}',
      '/me', '/readings', '/readings/{id}', '/readings/{id}/original', '/readings/{id}/similar', '/readings/{id}/summary',
      '/search', '/stories', '/stories/{id}', '/stories/{id}/compare', '/stories/{id}/merge', '/stories/{id}/split', '/stories/{id}/summary', '/tokens', '/tokens/{id}', '/users',
    ]);
    expect(doc.paths['/feeds'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateFeed');
    expect(doc.paths['/feeds/{id}'].delete.responses['404'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    expect(doc.paths['/readings'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateReading');
    expect(doc.paths['/readings/{id}'].get.responses['404'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    expect(doc.paths['/stories/{id}/merge'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/MergeStory');
    expect(doc.paths['/stories/{id}/split'].post.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/SplitResult');
    expect(doc.paths['/imports'].post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(doc.paths['/imports/{id}'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/ImportStatus');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
