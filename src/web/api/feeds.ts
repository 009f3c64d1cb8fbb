import { createRoute } from '@hono/zod-openapi';
import { feedDepsOf } from '../../service/feeds/deps.js';
import { feedView } from '../../service/feeds/feed-view.js';
import { addFeed, refreshSoon, removeFeed, requireFeed } from '../../service/feeds/subscribe.js';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { errorResponses, json, jsonBody, router, security } from './route-kit.js';
import { CreateFeedBody, FeedCreatedSchema, FeedIdParams, FeedListSchema, FeedRefreshSchema, FeedRemovedSchema, RemoveFeedQuery } from './schemas.js';

const tags = ['feeds'];

const list = createRoute({
  method: 'get', path: '/feeds', tags, security,
  summary: 'Your subscriptions: last and next fetch, status, errors, items and unread',
  responses: { 200: json(FeedListSchema, 'every subscription'), ...errorResponses(401) },
});

const create = createRoute({
  method: 'post', path: '/feeds', tags, security,
  summary: 'Subscribe to a feed, or to the feed(s) a site names; its entries arrive with the scheduler’s next refresh',
  request: { body: jsonBody(CreateFeedBody) },
  responses: {
    201: json(FeedCreatedSchema, 'subscribed (added), or subscribed already (existing)'),
    ...errorResponses(400, 401, 413, 422, 502, 504),
  },
});

const remove = createRoute({
  method: 'delete', path: '/feeds/{id}', tags, security,
  summary: 'Unsubscribe; the readings it brought in go too unless keepReadings (or another feed brought them)',
  request: { params: FeedIdParams, query: RemoveFeedQuery },
  responses: { 200: json(FeedRemovedSchema, 'the feed removed'), ...errorResponses(400, 401, 404) },
});

const refresh = createRoute({
  method: 'post', path: '/feeds/{id}/refresh', tags, security,
  summary: 'Refresh a feed now: it is made due (active again if it was gone) and the scheduler woken',
  request: { params: FeedIdParams },
  responses: { 202: json(FeedRefreshSchema, 'due now; the scheduler fetches it in the background'), ...errorResponses(400, 401, 404) },
});

const depsOf = (c: Context<AppEnv>) => feedDepsOf(c.var.deps.config, c.var.storage, c.var.deps.now);

export const feedRoutes = router()
  .openapi(list, (c) => c.json({ feeds: c.var.storage.feeds.list().map(feedView) }, 200))
  .openapi(create, async (c) => {
    const { url, title, category, fullText, all } = c.req.valid('json');
    const result = await addFeed(url, { title, category, fullText, all }, depsOf(c));
    if (result.added.length > 0) c.var.deps.feeds?.wake();
    return c.json({
      added: result.added.map(feedView),
      existing: result.existing.map(feedView),
      candidates: result.candidates,
      problems: result.problems.map((p) => ({ code: p.code, message: p.message, input: p.input })),
    }, 201);
  })
  .openapi(remove, async (c) => {
    const deps = depsOf(c);
    const feed = requireFeed(deps, String(c.req.valid('param').id));
    const { deletedReadings } = await removeFeed(deps, feed, c.req.valid('query').keepReadings ?? false);
    return c.json({ removed: feedView(feed), deletedReadings }, 200);
  })
  .openapi(refresh, (c) => {
    const deps = depsOf(c);
    const feed = refreshSoon(deps, requireFeed(deps, String(c.req.valid('param').id)));
    c.var.deps.feeds?.wake();
    return c.json({ feed: feedView(feed) }, 202);
  });
