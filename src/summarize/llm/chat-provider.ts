/**
 * The LLM seam: anything that completes a chat. Off by default; the
 * OpenAI-compatible HTTP implementation lives in openai-provider.ts.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  /** Milliseconds before the request is abandoned. */
  timeoutMs?: number;
  temperature?: number;
  maxTokens?: number;
}

export interface ChatProvider {
  complete(messages: readonly ChatMessage[], options?: ChatOptions): Promise<string>;
}
