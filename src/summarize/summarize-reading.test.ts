import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { summarizeReading } from './summarize-reading.js';

const deps = { nlp: createNlp() };

const text = [
  'A Russia-led military alliance has begun withdrawing its forces from Kazakhstan after protests in the Central Asian country.',
  'The Collective Security Treaty Organization, or CSTO, started pulling out more than 2,000 troops on Thursday. The move came three days after President Kassym-Jomart Tokayev said order had been restored.',
  'Putin described Kazakhstan as Russia\'s "closest partner and ally." The weather in Almaty was cold.',
  'The government detained roughly 10,000 people. Analysts say Putin wants more influence in Kazakhstan.',
].join('\n\n');

describe('summarizeReading', () => {
  it('picks whole sentences, in reading order, within the bounds', () => {
    const s = summarizeReading({ title: 'Russia-led troops start withdrawing from Kazakhstan', text }, { sentences: 2 }, deps);
    expect(s.reason).toBeUndefined();
    expect(s.sentences).toHaveLength(2);
    expect(s.sentences[0]!.text).toMatch(/^A Russia-led military alliance/u);
    expect(s.sentences[0]!.index).toBeLessThan(s.sentences[1]!.index);
    for (const x of s.sentences) expect(x.text).toMatch(/[.!?]["”]?$/u);
    const short = summarizeReading({ title: 'x', text }, { sentences: 5, maxWords: 25 }, deps);
    expect(short.sentences.reduce((n, x) => n + x.text.split(' ').length, 0)).toBeLessThanOrEqual(25);
  });

  it('picks no question: a section heading or a rhetorical turn tells nothing that happened', () => {
    const guide = ['What tariffs has the United States imposed on goods from China this year?', text].join('\n\n');
    const summary = summarizeReading({ title: 'What tariffs has the United States imposed on goods from China?', text: guide }, { sentences: 3 }, deps);
    expect(summary.sentences).toHaveLength(3);
    expect(summary.sentences.map((x) => x.text).filter((t) => t.endsWith('?'))).toEqual([]);
  });

  it("picks no photo's caption left inside a paragraph, but a sentence that gives a date its own way", () => {
    const captioned = [
      'President Kassym-Jomart Tokayev, center, greets Russian-led troops of the Collective Security Treaty Organization at a ceremony in Almaty, Kazakhstan, on Thursday, Jan. 13, 2022.',
      'Troops of the alliance gathered in Almaty, Kazakhstan, on January 10, 2022 in Almaty, Kazakhstan.',
      text,
      'Kazakhstan said the troops of the alliance had all left the country on Jan. 19, 2022, as planned.',
    ].join('\n\n');
    const summary = summarizeReading({ title: 'Russia-led troops start withdrawing from Kazakhstan', text: captioned }, { sentences: 8, maxWords: 400 }, deps);
    const picked = summary.sentences.map((x) => x.text);
    expect(picked.filter((t) => /2022\.$/u.test(t) && !t.includes('as planned'))).toEqual([]);
    expect(picked.some((t) => t.includes('as planned'))).toBe(true);
  });

  it('picks no byline left in the text, but a sentence that opens on "By" and a day', () => {
    const signed = ['By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', text, 'By Tuesday, Kazakhstan said the troops of the alliance had all left the country.'].join('\n\n');
    const summary = summarizeReading({ title: 'Russia-led troops start withdrawing from Kazakhstan', text: signed }, { sentences: 6 }, deps);
    const picked = summary.sentences.map((x) => x.text);
    expect(picked.filter((t) => t.startsWith('By Matthew'))).toEqual([]);
    expect(picked.some((t) => t.startsWith('By Tuesday'))).toBe(true);
  });

  it('summarizes a reading in Russian, Japanese or Hindi as it does one in English', () => {
    const russian = summarizeReading({
      title: 'Правительство одобрило новый закон о налогах',
      text: [
        'Правительство России в четверг одобрило новый закон о налогах для малого бизнеса.',
        'Закон снижает ставку налога для компаний с оборотом до десяти миллионов рублей. Его внесут в Государственную думу на следующей неделе.',
        'Министр финансов сказал, что новый закон о налогах поможет малому бизнесу пережить кризис.',
      ].join('\n\n'),
    }, { sentences: 2 }, deps);
    expect(russian.reason).toBeUndefined();
    expect(russian.sentences.map((x) => x.text)).toContain('Правительство России в четверг одобрило новый закон о налогах для малого бизнеса.');
    const japanese = summarizeReading({
      title: '商品の改造が商標法違反に',
      text: '先日、改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。\n\n報道によると、販売されたのは「脱獄」したiPhoneです。商標法違反が問われるのは珍しいことです。',
    }, { sentences: 2 }, deps);
    expect(japanese.reason).toBeUndefined();
    expect(japanese.sentences[0]!.text).toBe('先日、改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。');
    const hindi = summarizeReading({
      title: 'सरकार ने नई शिक्षा नीति की घोषणा की',
      text: 'सरकार ने बुधवार को नई शिक्षा नीति की घोषणा की। यह नीति अगले साल से सभी राज्यों में लागू होगी।\n\nक्या इससे छात्रों को फायदा होगा? विपक्ष ने नई शिक्षा नीति की आलोचना की।',
      language: 'hi',
    }, { sentences: 2 }, deps);
    expect(hindi.sentences.map((x) => x.text)).toContain('सरकार ने बुधवार को नई शिक्षा नीति की घोषणा की।');
  });

  it('gives an empty summary with a reason when there is nothing to summarize', () => {
    expect(summarizeReading({ title: 'Empty', text: '' }, {}, deps)).toEqual({ sentences: [], reason: 'no_sentences' });
    expect(summarizeReading({ title: 'Menu', text: 'Home\n\nGo back' }, {}, deps).reason).toBe('no_complete_sentences');
  });
});
