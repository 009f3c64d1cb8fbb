import { createRoute } from '@hono/zod-openapi';
import { searchReadings, toFilter } from '../../service/library.js';
import { similarReadings } from '../../service/similar.js';
import { readingSummary } from '../../service/summaries.js';
import { errorResponses, json, router, security } from './route-kit.js';
import { IdParams, ReadingSummarySchema, SearchQuery, SearchResultSchema, SimilarQuery, SimilarResultSchema, SummaryQuery } from './schemas.js';
import { toListView } from './views.js';

const search = createRoute({
  method: 'get', path: '/search', tags: ['search'], security,
  summary: 'Full-text search, best matches first (BM25), with highlighted snippets',
  request: { query: SearchQuery },
  responses: { 200: json(SearchResultSchema, 'the matches'), ...errorResponses(400, 401) },
});

const similar = createRoute({
  method: 'get', path: '/readings/{id}/similar', tags: ['readings'], security,
  summary: 'Readings that cover the same event, best first, with score and reasons',
  request: { params: IdParams, query: SimilarQuery },
  responses: { 200: json(SimilarResultSchema, 'the similar readings'), ...errorResponses(400, 401, 404) },
});

const summary = createRoute({
  method: 'get', path: '/readings/{id}/summary', tags: ['readings'], security,
  summary: 'A reading’s extractive summary',
  request: { params: IdParams, query: SummaryQuery },
  responses: { 200: json(ReadingSummarySchema, 'the summary'), ...errorResponses(400, 401, 404) },
});

export const searchRoutes = router()
  .openapi(search, (c) => {
    const { q, limit, offset, ...filters } = c.req.valid('query');
    const hits = searchReadings(c.var.storage.readings, q, toFilter(filters), { limit, offset });
    return c.json({ query: q, hits: hits.map((h) => ({ score: Number(h.score.toFixed(4)), snippet: h.snippet, reading: toListView(h.reading) })) }, 200);
  })
  .openapi(similar, (c) => {
    const result = similarReadings(c.var.storage, c.req.valid('param').id, c.req.valid('query').limit, c.var.deps.config.relate);
    return c.json({
      reading: toListView(result.reading),
      reason: result.reason,
      similar: result.items.map((i) => ({ score: Number(i.score.toFixed(4)), reasons: i.reasons, storyId: i.storyId, reading: toListView(i.reading) })),
    }, 200);
  })
  .openapi(summary, (c) => {
    const { reading, summary: s } = readingSummary(c.var.storage, c.req.valid('param').id, c.req.valid('query').sentences);
    return c.json({ id: reading.id, title: reading.title, ...s }, 200);
  });
