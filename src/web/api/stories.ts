import { createRoute } from '@hono/zod-openapi';
import { nowOf } from '../context.js';
import { parseSinceDay } from '../../service/since.js';
import { listStories, mergeStories, showStory, splitStory, storyFilter, storyMembers } from '../../service/stories.js';
import { listedComparison, storySummary } from '../../service/summaries.js';
import { errorResponses, json, jsonBody, router, security } from './route-kit.js';
import { CompareQuery, CompareReportSchema, IdParams, MergeStoryBody, SplitResultSchema, SplitStoryBody, StoriesQuery, StoryDetailSchema, StoryListSchema, StorySchema, StorySummarySchema } from './schemas.js';
import { toListView } from './views.js';

const tags = ['stories'];

const list = createRoute({
  method: 'get', path: '/stories', tags, security,
  summary: 'Stories, newest first: title, outlets, size, first and last day',
  request: { query: StoriesQuery },
  responses: { 200: json(StoryListSchema, 'one page of stories'), ...errorResponses(400, 401) },
});

const get = createRoute({
  method: 'get', path: '/stories/{id}', tags, security,
  summary: 'A story: its readings by outlet and time, near-duplicates collapsed under their original',
  request: { params: IdParams },
  responses: { 200: json(StoryDetailSchema, 'the story'), ...errorResponses(400, 401, 404) },
});

const summary = createRoute({
  method: 'get', path: '/stories/{id}/summary', tags, security,
  summary: 'The story’s summary, each sentence with the outlets that support it',
  request: { params: IdParams },
  responses: { 200: json(StorySummarySchema, 'the summary'), ...errorResponses(400, 401, 404) },
});

const compare = createRoute({
  method: 'get', path: '/stories/{id}/compare', tags, security,
  summary: 'Corroboration report: agreed, compatible and conflicting claims, single-outlet claims, unsupported headlines',
  request: { params: IdParams, query: CompareQuery },
  responses: { 200: json(CompareReportSchema, 'the report'), ...errorResponses(400, 401, 404) },
});

const merge = createRoute({
  method: 'post', path: '/stories/{id}/merge', tags, security,
  summary: 'Move every reading of another story into this one; kept across regrouping',
  request: { params: IdParams, body: jsonBody(MergeStoryBody) },
  responses: { 200: json(StorySchema, 'the story as it is now'), ...errorResponses(400, 401, 404) },
});

const split = createRoute({
  method: 'post', path: '/stories/{id}/split', tags, security,
  summary: 'Take readings out of this story into a new one of their own; kept across regrouping',
  request: { params: IdParams, body: jsonBody(SplitStoryBody) },
  responses: { 200: json(SplitResultSchema, 'the story as it is now, and the new one'), ...errorResponses(400, 401, 404) },
});

function sinceDay(since: string | undefined): string | undefined {
  if (!since) return undefined;
  return parseSinceDay(since, `since ${since}`);
}

export const storyRoutes = router()
  .openapi(list, (c) => {
    const { since, minOutlets, limit, offset } = c.req.valid('query');
    const day = sinceDay(since);
    const storage = c.var.storage;
    const { total, stories } = listStories(storage, storyFilter(day, minOutlets), { limit, offset });
    return c.json({
      total, limit, offset,
      stories: stories.map((s) => ({ ...s, readings: storyMembers(storage, s.id).map((m) => ({ id: m.reading.id, ref: m.reading.ref, outlet: m.reading.outlet })) })),
    }, 200);
  })
  .openapi(get, (c) => {
    const view = showStory(c.var.storage, c.req.valid('param').id);
    return c.json({
      ...view.story,
      readings: view.members.map((m) => ({
        ...toListView(m.reading),
        affinity: m.membership.affinity,
        copies: m.copies.map((x) => ({ similarity: x.similarity, reading: toListView(x.reading) })),
      })),
    }, 200);
  })
  .openapi(summary, (c) => {
    const result = storySummary(c.var.storage, c.req.valid('param').id);
    return c.json({ storyId: result.storyId, ...result.summary }, 200);
  })
  .openapi(compare, (c) => {
    const result = listedComparison(c.var.storage, c.req.valid('param').id, c.req.valid('query').limit);
    return c.json({ storyId: result.storyId, ...result.report }, 200);
  })
  .openapi(merge, (c) => c.json(mergeStories(c.var.storage, c.req.valid('param').id, c.req.valid('json').story, nowOf(c.var.deps)), 200))
  .openapi(split, (c) => c.json(splitStory(c.var.storage, c.req.valid('param').id, c.req.valid('json').readings, nowOf(c.var.deps)), 200));
