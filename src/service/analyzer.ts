import { analyze } from '../relate/analyze.js';
import { createNlp, type NlpToolkit } from '../relate/nlp.js';
import type { Analyzer } from './prepare-reading.js';

/** An analyzer that loads the language model on first use, once per thread. */
export function lazyAnalyzer(): Analyzer {
  let nlp: NlpToolkit | null = null;
  return (input) => analyze(input, { nlp: (nlp ??= createNlp()) });
}
