/**
 * An OpenAI-compatible chat endpoint (`POST {baseUrl}/chat/completions`):
 * OpenAI, Ollama (`http://127.0.0.1:11434/v1`), llama.cpp's server, vLLM.
 * I/O at the edge: one request per call, with a timeout; any failure is an
 * `LlmError` with a stable code, for the caller to fall back on.
 */
import type { ChatMessage, ChatOptions, ChatProvider } from './chat-provider.js';

export interface OpenAiProviderConfig {
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

interface CompletionBody {
  choices?: { message?: { content?: unknown } }[];
}

export function createOpenAiProvider(config: OpenAiProviderConfig): ChatProvider {
  const url = `${config.baseUrl.replace(/\/+$/u, '')}/chat/completions`;
  const doFetch = config.fetch ?? fetch;
  return {
    async complete(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<string> {
      const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? 30_000;
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
      const body = JSON.stringify({ model: config.model, messages, temperature: options.temperature ?? 0.2, ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}), stream: false });
      let response: Response;
      try {
        response = await doFetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'TimeoutError' || name === 'AbortError') throw new LlmError('llm_timeout', `no answer from ${url} within ${timeoutMs} ms`);
        throw new LlmError('llm_unreachable', `cannot reach ${url}: ${(err as Error).message}`);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (err) {
        throw new LlmError('llm_timeout', `answer from ${url} cut off: ${(err as Error).message}`);
      }
      if (!response.ok) throw new LlmError('llm_http_error', `${url} answered HTTP ${response.status}`);
      let parsed: CompletionBody;
      try {
        parsed = JSON.parse(text) as CompletionBody;
      } catch {
        throw new LlmError('llm_bad_response', `${url} did not answer JSON`);
      }
      const content = parsed.choices?.[0]?.message?.content;
      if (typeof content !== 'string' || content.trim() === '') throw new LlmError('llm_bad_response', `${url} answered no message content`);
      return content.trim();
    },
  };
}
