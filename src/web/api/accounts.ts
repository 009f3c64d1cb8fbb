import { createRoute } from '@hono/zod-openapi';
import { createApiToken, listApiTokens, revokeApiToken } from '../auth/api-tokens.js';
import { requireAdmin } from '../auth/middleware.js';
import { createUser, toPublicUser } from '../auth/users.js';
import { errorResponses, json, jsonBody, router, security } from './route-kit.js';
import { CreateTokenBody, CreateUserBody, TokenCreatedSchema, TokenIdParams, TokenListSchema, TokenSchema, UserListSchema, UserSchema } from './schemas.js';

const me = createRoute({
  method: 'get', path: '/me', tags: ['account'], security,
  summary: 'Who the token or session belongs to',
  responses: { 200: json(UserSchema, 'the user'), ...errorResponses(401) },
});

const listTokens = createRoute({
  method: 'get', path: '/tokens', tags: ['account'], security,
  summary: 'Your API tokens (never the tokens themselves)',
  responses: { 200: json(TokenListSchema, 'the tokens'), ...errorResponses(401) },
});

const createToken = createRoute({
  method: 'post', path: '/tokens', tags: ['account'], security,
  summary: 'Create an API token: it is in this response only, and stored hashed',
  request: { body: jsonBody(CreateTokenBody) },
  responses: { 201: json(TokenCreatedSchema, 'the new token, shown once'), ...errorResponses(400, 401) },
});

const revokeToken = createRoute({
  method: 'delete', path: '/tokens/{id}', tags: ['account'], security,
  summary: 'Revoke one of your API tokens: it stops working at once',
  request: { params: TokenIdParams },
  responses: { 200: json(TokenSchema.pick({ id: true }), 'revoked'), ...errorResponses(400, 401, 404) },
});

const listUsers = createRoute({
  method: 'get', path: '/users', tags: ['account'], security, middleware: [requireAdmin()] as const,
  summary: 'Every user (admins only)',
  responses: { 200: json(UserListSchema, 'the users'), ...errorResponses(401, 403) },
});

const addUser = createRoute({
  method: 'post', path: '/users', tags: ['account'], security, middleware: [requireAdmin()] as const,
  summary: 'Create a user with a library of their own (admins only)',
  request: { body: jsonBody(CreateUserBody) },
  responses: { 201: json(UserSchema, 'the new user'), ...errorResponses(400, 401, 403, 409) },
});

export const accountRoutes = router()
  .openapi(me, (c) => {
    const user = c.var.deps.accounts.users.byId(c.var.user.id)!;
    return c.json(toPublicUser(user), 200);
  })
  .openapi(listTokens, (c) => c.json({ tokens: listApiTokens(c.var.deps.accounts, c.var.user.id) }, 200))
  .openapi(createToken, (c) => c.json(createApiToken(c.var.deps.accounts, c.var.user.id, c.req.valid('json').name, c.var.deps.now?.()), 201))
  .openapi(revokeToken, (c) => {
    const { id } = c.req.valid('param');
    revokeApiToken(c.var.deps.accounts, c.var.user.id, id);
    return c.json({ id }, 200);
  })
  .openapi(listUsers, (c) => c.json({ users: c.var.deps.accounts.users.list().map(toPublicUser) }, 200))
  .openapi(addUser, async (c) => c.json(toPublicUser(await createUser(c.var.deps.accounts, c.req.valid('json'), c.var.deps.now?.())), 201));
