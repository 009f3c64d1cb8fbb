import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { splitSentences } from '../summarize/sentences.js';
import { findFacts } from './facts.js';

const nlp = createNlp();
const facts = (text: string) => findFacts(nlp, splitSentences(nlp, text)[0]!.tokens);

describe('findFacts', () => {
  it('reads a fact to the end of its object\'s compound, and keys it by the object\'s first word', () => {
    const [fact] = facts('Obama Reverses Bush Endangered Species Rule');
    expect(fact).toMatchObject({ text: 'Obama Reverses Bush Endangered Species Rule' });
    expect(fact!.key).toMatch(/^fact\/obama\/.+\/bush$/u);
    expect(facts('Tokayev asked the CSTO for help.')).toMatchObject([{ text: 'Tokayev asked the CSTO' }]);
  });
});
