import type { Analyzer } from './prepare-reading.js';
import { ByteBoundedCache } from '../store/byte-bounded-cache.js';

let loading: Promise<Analyzer> | null = null;

/**
 * Characters of paragraphs and their facts a thread keeps (the facts are about
 * as long as the paragraph): a few hundred articles, so that wire copy carried
 * by many feeds in one refresh, or an article re-published with an edit, is
 * analysed once.
 */
const PARAGRAPH_CACHE_CHARS = 4_000_000;

/**
 * The relate analyzer, its language model loaded on first need, once per
 * thread: loading it takes about half a second, which a store-only import
 * (`add --defer-stories`) or an extraction never needs to spend.
 */
export function loadAnalyzer(): Promise<Analyzer> {
  loading ??= Promise.all([import('../relate/analyze.js'), import('../relate/nlp.js')]).then(([{ analyze }, { createNlp }]) => {
    const nlp = createNlp();
    const cache = new ByteBoundedCache<string>(PARAGRAPH_CACHE_CHARS);
    const paragraphs = { get: (p: string) => cache.get(p), set: (p: string, facts: string) => cache.set(p, facts, p.length + facts.length) };
    return (input) => analyze(input, { nlp, paragraphs });
  });
  return loading;
}
