/**
 * One request to an OpenAI-compatible endpoint (OpenAI, Ollama at
 * `http://127.0.0.1:11434/v1`, llama.cpp's server, vLLM): POST JSON, with a
 * timeout, parse JSON. Any failure is an `LlmError` with a stable code, for
 * the caller to fall back on.
 */

export interface OpenAiEndpoint {
  /** e.g. "http://127.0.0.1:11434/v1" */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  /** Default timeout, ms (30 s). */
  timeoutMs?: number;
  /** Injected for tests; Node's global fetch by default. */
  fetch?: typeof fetch;
}

export type LlmErrorCode = 'llm_timeout' | 'llm_unreachable' | 'llm_http_error' | 'llm_bad_response';

export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

export async function postOpenAiJson(endpoint: OpenAiEndpoint, path: string, body: unknown, timeoutMs?: number): Promise<unknown> {
  const url = `${endpoint.baseUrl.replace(/\/+$/u, '')}/${path}`;
  const timeout = timeoutMs ?? endpoint.timeoutMs ?? 30_000;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  let response: Response;
  try {
    response = await (endpoint.fetch ?? fetch)(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeout) });
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new LlmError('llm_timeout', `no answer from ${url} within ${timeout} ms`);
    throw new LlmError('llm_unreachable', `cannot reach ${url}: ${(err as Error).message}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    throw new LlmError('llm_timeout', `answer from ${url} cut off: ${(err as Error).message}`);
  }
  if (!response.ok) throw new LlmError('llm_http_error', `${url} answered HTTP ${response.status}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LlmError('llm_bad_response', `${url} did not answer JSON`);
  }
}
