import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, startServer, type TestServer } from '../../../test/helpers/http-server.js';
import { createNlp } from '../../relate/nlp.js';
import type { StoryDocument } from '../types.js';
import { createOpenAiProvider, LlmError } from './openai-provider.js';
import { summarizeStoryWithLlm } from './summarize-with-llm.js';

const deps = { nlp: createNlp() };
const docs: StoryDocument[] = [
  { id: 'a', outlet: 'NHK World', publishedAt: '2022-01-14', title: 'Russia-led alliance begins withdrawal from Kazakhstan', text: 'The CSTO started pulling out more than 2,000 troops from Kazakhstan on Thursday.\n\nPresident Tokayev said order had been restored in the country.' },
  { id: 'b', outlet: 'Press TV', publishedAt: '2022-01-12', title: 'Russian peacekeepers to leave Kazakhstan', text: 'Tokayev said the withdrawal of the CSTO troops from Kazakhstan would take no more than 10 days.\n\nHe said the main mission had been completed.' },
];
const ANSWER = 'The CSTO started pulling its troops out of Kazakhstan on Thursday. Tokayev said the withdrawal would take no more than 10 days. Aliens landed in Paris yesterday evening.';

let server: TestServer;
const bodies: unknown[] = [];

beforeAll(async () => {
  server = await startServer({
    '/v1/chat/completions': async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      bodies.push(JSON.parse(raw));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: ANSWER } }] }));
    },
    '/broken/chat/completions': (_req, res) => {
      res.writeHead(500).end('boom');
    },
    '/slow/chat/completions': async (_req, res) => {
      await sleep(500);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    },
  });
});
afterAll(() => server.close());

describe('OpenAI-compatible provider', () => {
  it('posts model, messages and key to {baseUrl}/chat/completions', async () => {
    const provider = createOpenAiProvider({ baseUrl: server.url('/v1/'), model: 'llama3', apiKey: 'k-123' });
    expect(await provider.complete([{ role: 'user', content: 'hi' }])).toBe(ANSWER);
    expect(bodies.at(-1)).toMatchObject({ model: 'llama3', messages: [{ role: 'user', content: 'hi' }], stream: false });
    expect(server.hits.at(-1)!.headers.authorization).toBe('Bearer k-123');
  });

  it('fails with a stable code on HTTP errors and timeouts', async () => {
    await expect(createOpenAiProvider({ baseUrl: server.url('/broken'), model: 'm' }).complete([])).rejects.toMatchObject({ code: 'llm_http_error' });
    await expect(createOpenAiProvider({ baseUrl: server.url('/slow'), model: 'm', timeoutMs: 100 }).complete([])).rejects.toBeInstanceOf(LlmError);
    await expect(createOpenAiProvider({ baseUrl: server.url('/slow'), model: 'm', timeoutMs: 100 }).complete([])).rejects.toMatchObject({ code: 'llm_timeout' });
  });
});

describe('summarizeStoryWithLlm', () => {
  it('checks every sentence against the readings and marks the unsupported one', async () => {
    const result = await summarizeStoryWithLlm(docs, createOpenAiProvider({ baseUrl: server.url('/v1'), model: 'm' }), {}, deps);
    expect(result.source).toBe('llm');
    expect(result.sentences).toHaveLength(3);
    expect(result.sentences[0]!.supportedBy.map((s) => s.outlet)).toContain('NHK World');
    expect(result.sentences[1]!.supportedBy.map((s) => s.outlet)).toContain('Press TV');
    expect(result.sentences.map((s) => s.unsupported)).toEqual([false, false, true]);
    expect(result.warning?.code).toBe('llm_unsupported_sentences');
  });

  it('falls back to the extractive summary with a warning when the endpoint fails', async () => {
    for (const baseUrl of [server.url('/broken'), 'http://127.0.0.1:9']) {
      const result = await summarizeStoryWithLlm(docs, createOpenAiProvider({ baseUrl, model: 'm', timeoutMs: 2000 }), {}, deps);
      expect(result.source).toBe('extractive');
      expect(result.warning?.code).toMatch(/^llm_/u);
      expect(result.sentences.length).toBeGreaterThan(0);
      expect(result.sentences.map((s) => s.text)).toEqual(result.extractive.sentences.map((s) => s.text));
    }
  });
});
