import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { splitSentences } from '../summarize/sentences.js';
import { findDates } from './dates.js';

const nlp = createNlp();
const dates = (text: string) => {
  const [s] = splitSentences(nlp, text);
  return findDates(s!.text, s!.tokens, '2019-11-20T10:00:00Z');
};

describe('findDates', () => {
  it('words a claim from its event to its date', () => {
    expect(dates('The alliance started pulling out its troops on Tuesday.')).toMatchObject([{ text: 'pulling out its troops on Tuesday', date: '2019-11-19' }]);
  });

  it('reads a date that times a saying from the saying to what was said', () => {
    expect(dates('The minister said on Tuesday that China is going to buy more.')).toMatchObject([{ text: 'said on Tuesday that China is going', date: '2019-11-19' }]);
    expect(dates('Authorities said on Tuesday that life had returned to normal in the main city.')).toMatchObject([{ key: 'date/return', text: 'said on Tuesday that life had returned' }]);
    expect(dates('The alliance said on Wednesday the contingent would take about ten days to fully withdraw.')).toMatchObject([{ text: 'said on Wednesday the contingent would take' }]);
  });

  it('gives the date with its verb alone when the verb is another clause\'s, far from it', () => {
    expect(dates('The minister said on Tuesday that the second round of the trade talks with China and the European partners is going ahead.')).toMatchObject([{ text: 'Tuesday (going)', date: '2019-11-19' }]);
  });

  it('reads an event that follows its date with who did it and what it was done to', () => {
    expect(dates('Taking the lead in the fight against piracy, the Indian Navy on Saturday arrested 23 Somali pirates.')).toMatchObject([
      { key: 'date/arrest', text: 'the Indian Navy on Saturday arrested 23 Somali pirates' },
    ]);
    expect(dates('A ship in the Gulf of Aden on Thursday intercepted three boats with pirates.')).toMatchObject([{ text: 'Thursday intercepted three boats' }]);
    expect(dates('The Bush administration on Thursday eliminated 35-year-old regulations.')).toMatchObject([{ text: 'The Bush administration on Thursday eliminated' }]);
    expect(dates('Indian commandos thwarted a hijack attempt on an Ethiopian vessel on Saturday and captured 23 pirates.')).toMatchObject([
      { key: 'date/thwart', text: 'thwarted a hijack attempt on an Ethiopian vessel on Saturday' },
    ]);
  });

  it('takes no participle describing a noun for the event ("the church attended by …")', () => {
    expect(dates('A fire devastated the church attended by Sarah Palin on Friday night.')).toMatchObject([{ key: 'date/devastate', text: 'devastated the church attended by Sarah Palin on Friday night' }]);
    expect(dates('The church was damaged by fire on Friday night.')).toMatchObject([{ key: 'date/damage' }]);
  });

  it('takes the event of the date\'s own clause, not the verb past "after", "when" or "because"', () => {
    expect(dates('Mass protests began in the western province of Mangistau on January 2 after the government decided to lift price controls.')).toMatchObject([
      { key: 'date/begin', text: 'began in the western province of Mangistau on January 2' },
    ]);
    expect(dates('More than 2,000 troops began to withdraw from Kazakhstan, Moscow said Thursday, after being deployed when protests turned violent.')).toMatchObject([
      { key: 'date/withdraw', text: 'withdraw from Kazakhstan, Moscow said Thursday' },
    ]);
  });

  it('takes no verb from inside a quotation for a date outside it: those are the speaker\'s words', () => {
    expect(dates('The minister said on Tuesday that China “is going to buy more”.')).toEqual([]);
    expect(dates('“The evidence is not strong enough to form the basis for an indictment,” Persson said on Tuesday.')).toEqual([]);
    expect(dates('“We met on Monday and agreed on a plan,” she said.')).toMatchObject([{ key: 'date/meet', date: '2019-11-18' }]);
  });

  it('takes the event from the date\'s own clause, not a verb past "how" or "that" after it', () => {
    expect(dates('He said: "I feared at the time of the call on July 25 how its disclosure would play in Washington."')).toMatchObject([
      { key: 'date/fear', text: 'feared at the time of the call on July 25', date: '2019-07-25' },
    ]);
  });

  it('takes no verb of reporting for the event ("according", "reported")', () => {
    expect(dates('Layoffs will begin on Dec. 9, according to a memo.')).toMatchObject([{ date: '2019-12-09' }]);
    expect(dates('Layoffs will begin on Dec. 9, according to a memo.')[0]!.text).toContain('begin');
    expect(dates('The Wall Street Journal reported on Sunday that the cuts were coming.')).toMatchObject([{ key: 'date/come', text: 'reported on Sunday that the cuts were coming' }]);
  });

  it('takes no capitalised word inside the sentence for the event verb (a name such as "Niagara Falls", "Live Nation")', () => {
    const found = dates('June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre July 2 – Niagara Falls, NY @ Live Nation Amphitheater');
    // A tour's list of dates and places has no event verb: none of its dates is a claim ("June 9 (Falls)" was).
    expect(found.map((d) => d.text)).toEqual([]);
  });

  it('resolves a weekday forward only when its own event is in the future tense', () => {
    const quoted = '"In the end, we will win," Trump tweeted soon after the committee concluded its hearings on Tuesday.';
    expect(dates(quoted)[0]).toMatchObject({ date: '2019-11-19' });
    expect(dates('The pullout will be completed on Tuesday.')[0]).toMatchObject({ date: '2019-11-26' });
  });

  it('takes no date that names a thing ("the July 25 call") for a claim', () => {
    expect(dates('Morrison was surprised Vindman did not come to him about concerns regarding the July 25 call.')).toEqual([]);
    expect(dates("I was not on President Trump's July 25 phone call.")).toEqual([]);
    expect(dates("Authorities suspect arson is to blame for Friday night's fire at the church.")).toEqual([]);
    expect(dates('The two leaders spoke by phone on July 25.')).toMatchObject([{ date: '2019-07-25' }]);
  });
});
