import type { Analyzer } from './prepare-reading.js';

let loading: Promise<Analyzer> | null = null;

/**
 * The relate analyzer, its language model loaded on first need, once per
 * thread: loading it takes about half a second, which a store-only import
 * (`add --defer-stories`) or an extraction never needs to spend.
 */
export function loadAnalyzer(): Promise<Analyzer> {
  loading ??= Promise.all([import('../relate/analyze.js'), import('../relate/nlp.js')]).then(([{ analyze }, { createNlp }]) => {
    const nlp = createNlp();
    return (input) => analyze(input, { nlp });
  });
  return loading;
}
