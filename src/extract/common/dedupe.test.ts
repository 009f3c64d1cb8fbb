import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropDuplicateParagraphs } from './dedupe.js';

const LONG = 'The council said on Tuesday that the bridge would stay closed to heavy traffic until the repairs on the southern pier are finished next spring.';
const OTHER = 'Residents will be able to comment on the plans at a public meeting in the town hall next month, the council added in its statement.';

describe('dropDuplicateParagraphs', () => {
  it('drops the second copy of a long paragraph printed twice', () => {
    expect(dropDuplicateParagraphs([LONG, OTHER, LONG])).toEqual([LONG, OTHER]);
  });

  it('keeps short repeated lines and paragraphs repeated three times or more', () => {
    const q = 'What is your favourite dish, and is there anything you would never cook for your guests at home, whatever they asked for?';
    expect(dropDuplicateParagraphs(['Advertisement', LONG, 'Advertisement'])).toEqual(['Advertisement', LONG, 'Advertisement']);
    expect(dropDuplicateParagraphs([q, 'a', q, 'b', q])).toEqual([q, 'a', q, 'b', q]);
  });

  it('drops a highlight above the body that the body says again, and keeps a short sentence said twice inside the body', () => {
    const highlight = 'She added that an appeal against the decision could be made to the attorney general.';
    expect(dropDuplicateParagraphs([highlight, LONG, OTHER, highlight])).toEqual([LONG, OTHER, highlight]);
    expect(dropDuplicateParagraphs([LONG, highlight, OTHER, highlight])).toEqual([LONG, highlight, OTHER, highlight]);
  });

  it('is idempotent, keeps order and never invents or drops a paragraph that occurs once (property)', () => {
    const para = fc.constantFrom(LONG, OTHER, 'Short line.', 'Table row 1 2 3', `${LONG} Again.`);
    fc.assert(
      fc.property(fc.array(para, { maxLength: 12 }), (ps) => {
        const out = dropDuplicateParagraphs(ps);
        expect(dropDuplicateParagraphs(out)).toEqual(out);
        for (const p of out) expect(ps).toContain(p);
        for (const p of ps) if (ps.filter((x) => x === p).length === 1) expect(out).toContain(p);
      }),
    );
  });
});
