/**
 * An OpenAI-compatible chat endpoint (`POST {baseUrl}/chat/completions`):
 * OpenAI, Ollama (`http://127.0.0.1:11434/v1`), llama.cpp's server, vLLM.
 */
import { LlmError, postOpenAiJson, type OpenAiEndpoint } from '../../providers/openai-http.js';
import type { ChatMessage, ChatOptions, ChatProvider } from './chat-provider.js';

export { LlmError, type LlmErrorCode } from '../../providers/openai-http.js';
export type OpenAiProviderConfig = OpenAiEndpoint;

interface CompletionBody {
  choices?: { message?: { content?: unknown } }[];
}

export function createOpenAiProvider(config: OpenAiProviderConfig): ChatProvider {
  return {
    async complete(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<string> {
      const body = { model: config.model, messages, temperature: options.temperature ?? 0.2, ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}), stream: false };
      const parsed = (await postOpenAiJson(config, 'chat/completions', body, options.timeoutMs)) as CompletionBody;
      const content = parsed.choices?.[0]?.message?.content;
      if (typeof content !== 'string' || content.trim() === '') throw new LlmError('llm_bad_response', `${config.baseUrl} answered no message content`);
      return content.trim();
    },
  };
}
