import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { createNlp } from './nlp.js';
import { subjectFactors } from './subject-terms.js';
import { PackedVectors, statKeys } from './weights.js';

describe('subjectFactors', () => {
  const nlp = createNlp();
  const reading = (title: string, text: string) => analyze({ title, text, outlet: null, publishedAt: null, language: 'en' }, { nlp });
  // Four events of one subject, each told twice: what every reading shares is the subject's names.
  const docs = [
    reading('Trump pardons Michael Flynn', 'President Trump pardoned his former national security adviser Michael Flynn, who had pleaded guilty to lying to the FBI, ending a long legal fight over the pardon.'),
    reading('Michael Flynn receives a presidential pardon', 'Michael Flynn, the former national security adviser, received a full pardon from President Trump, who praised him as the pardon ended the case.'),
    reading('Michael Flynn pleads guilty to lying to FBI', 'Michael Flynn pleaded guilty in federal court to lying to FBI agents about his contacts with the Russian ambassador, and agreed to cooperate with the special counsel.'),
    reading('Flynn admits lying to FBI agents in plea deal', 'Former national security adviser Michael Flynn admitted in a plea deal that he lied to FBI agents about talks with the Russian ambassador and will cooperate with prosecutors.'),
    reading('Court orders Flynn case dismissed', 'A federal appeals court ordered the judge to dismiss the criminal case against Michael Flynn after the Justice Department moved to drop the charge against the former adviser.'),
    reading('Appeals court forces dismissal of Flynn case', 'The appeals court forced the dismissal of the case against Michael Flynn, siding with the Justice Department over the objections of the trial judge in the criminal case.'),
    reading('Flynn seeks immunity to testify', 'Michael Flynn told congressional investigators he would testify about Russia in exchange for immunity from prosecution, his lawyer said, offering his story to the committees.'),
    reading('Flynn offers testimony in exchange for immunity', 'Former adviser Michael Flynn offered to testify to congressional committees on Russia in exchange for immunity, his lawyer told investigators, saying he has a story to tell.'),
    reading('Flynn', ''),
  ];
  const stats = { docCount: docs.length, docFreq: (key: string) => docs.filter((f) => statKeys(f).includes(key)).length };
  const vectors = PackedVectors.of(docs, stats);
  const all = docs.map((_, i) => Int32Array.from(docs.keys()).filter((j) => j !== i));
  const scores = all.map((list, i) => Float64Array.from(list, (j) => vectors.cosine(i, j)));
  const factor = subjectFactors(vectors, all, scores, (i) => docs[i]!.words <= 12, { k: 4, lambda: 0.5 });

  it('scales down a pair of two events of one subject, below every pair of two tellings of one event', () => {
    const cross = ([[0, 2], [0, 4], [2, 6], [4, 7]] as const).map(([a, b]) => factor(a, b));
    const same = ([[0, 1], [2, 3], [4, 5], [6, 7]] as const).map(([a, b]) => factor(a, b));
    for (const f of cross) expect(f).toBeLessThan(0.95);
    expect(Math.min(...same)).toBeGreaterThan(Math.max(...cross));
    expect(Math.min(...same)).toBeGreaterThan(0.95);
  });

  it('never scales a pair up, and leaves a headline alone as it was', () => {
    for (let a = 0; a < docs.length; a++) for (let b = 0; b < docs.length; b++) if (a !== b) expect(factor(a, b)).toBeLessThanOrEqual(1);
    expect(factor(0, 8)).toBe(1);
    expect(factor(8, 3)).toBe(1);
  });
});
