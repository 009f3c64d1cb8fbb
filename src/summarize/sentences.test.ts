import { describe, expect, it } from 'vitest';
import { createNlp } from '../relate/nlp.js';
import { splitSentences } from './sentences.js';

const nlp = createNlp();
const texts = (t: string) => splitSentences(nlp, t).map((s) => s.text);

describe('splitSentences', () => {
  it('cuts Japanese and Chinese at their full stops, not inside quotation brackets, and takes their sentences as complete', () => {
    const japanese = splitSentences(nlp, '先日、改造したiPhoneを販売した男性が逮捕されました。報道によると「脱獄した端末です。」と話しています。もちろん、Apple社は認めていません！');
    expect(japanese.map((s) => s.text)).toEqual([
      '先日、改造したiPhoneを販売した男性が逮捕されました。',
      '報道によると「脱獄した端末です。」と話しています。',
      'もちろん、Apple社は認めていません！',
    ]);
    expect(japanese.map((s) => s.complete)).toEqual([true, true, true]);
    expect(texts('中国外交部发言人表示，双方将继续保持沟通。会议将于下周举行？')).toEqual(['中国外交部发言人表示，双方将继续保持沟通。', '会议将于下周举行？']);
  });

  it('cuts Hindi at its danda, and Arabic at its question mark, as complete sentences', () => {
    const hindi = splitSentences(nlp, 'सरकार ने बुधवार को नई नीति की घोषणा की। यह नीति अगले साल से लागू होगी। विपक्ष ने इसकी आलोचना की।');
    expect(hindi.map((s) => s.text)).toEqual(['सरकार ने बुधवार को नई नीति की घोषणा की।', 'यह नीति अगले साल से लागू होगी।', 'विपक्ष ने इसकी आलोचना की।']);
    expect(hindi.every((s) => s.complete)).toBe(true);
    const arabic = splitSentences(nlp, 'هل ستنخفض الأسعار في العام المقبل؟ أعلنت الحكومة عن خطة جديدة للاقتصاد.');
    expect(arabic.map((s) => s.text)).toEqual(['هل ستنخفض الأسعار في العام المقبل؟', 'أعلنت الحكومة عن خطة جديدة للاقتصاد.']);
    expect(arabic.every((s) => s.complete)).toBe(true);
  });

  it('takes a sentence in a script wink has no model for as complete when it is one', () => {
    const russian = splitSentences(nlp, 'И при запуске игры каждый раз придется вносить правки. Рекомендуем изучить консоль «управления»');
    expect(russian.map((s) => s.complete)).toEqual([true, false]);
    expect(splitSentences(nlp, 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.')[0]!.complete).toBe(true);
  });

  it('keeps abbreviations inside sentences', () => {
    expect(texts('The U.S. said on Monday it would act. Mr. Tokayev left at 3 p.m. on Jan. 5. Then he spoke.')).toEqual([
      'The U.S. said on Monday it would act.',
      'Mr. Tokayev left at 3 p.m. on Jan. 5.',
      'Then he spoke.',
    ]);
  });

  it('keeps the abbreviations of other languages inside sentences, and a state code in capitals at the end of one', () => {
    expect(texts('Auch wenn nicht jedes Geschäftsmodell von Disruption bzw. Digital Darwinismus bedroht ist, bieten neue Technologien Potenziale.')).toHaveLength(1);
    expect(texts('Die Kosten liegen bei ca. 5 Millionen Euro. Vgl. dazu den Bericht.')).toEqual(['Die Kosten liegen bei ca. 5 Millionen Euro.', 'Vgl. dazu den Bericht.']);
    expect(texts('Le président a parlé. Mme. Dupont aussi.')).toEqual(['Le président a parlé.', 'Mme. Dupont aussi.']);
    expect(texts('La Sra. López habló el lunes.')).toHaveLength(1);
    expect(texts('The company moved to Los Angeles, CA. It opened in May.')).toHaveLength(2);
  });

  it('goes on past a capitalised abbreviation when a lower-case word follows it', () => {
    expect(texts('Senate Majority Leader Mitch McConnell (R-Ky.) on Thursday blocked two House-passed funding bills. Democrats objected.')).toEqual([
      'Senate Majority Leader Mitch McConnell (R-Ky.) on Thursday blocked two House-passed funding bills.',
      'Democrats objected.',
    ]);
    expect(texts('The firm moved to Washington, D.C. last year. It grew.')).toEqual(['The firm moved to Washington, D.C. last year.', 'It grew.']);
    // A capitalised word before a capitalised one still ends its sentence.
    expect(texts('The bill passed in Texas. Lawmakers cheered.')).toHaveLength(2);
  });

  it("starts a paragraph's first sentence after its wire dateline", () => {
    const split = splitSentences(nlp, 'WASHINGTON (AP) — The Senate passed the bill on Monday. It goes to the House.\n\nSEOUL, South Korea — Kim Jong-un never missed the event.');
    expect(split.map((s) => s.text)).toEqual(['The Senate passed the bill on Monday.', 'It goes to the House.', 'Kim Jong-un never missed the event.']);
    expect(split[0]!.tokens.map((t) => t.value).join(' ')).toBe('The Senate passed the bill on Monday .');
    expect(split[0]!.complete).toBe(true);
    expect(texts('(Reuters) — The New York State Attorney General is investigating WeWork.')).toEqual(['The New York State Attorney General is investigating WeWork.']);
    expect(texts('NEW DELHI: Nearly 150 Indians returned home on Wednesday.')).toEqual(['Nearly 150 Indians returned home on Wednesday.']);
    expect(texts('Almaty, Kazakhstan: More than 2,000 troops began to withdraw.')).toEqual(['More than 2,000 troops began to withdraw.']);
    expect(texts('Dekalb, Ill. — Mike Glass threw for three touchdowns.')).toEqual(['Mike Glass threw for three touchdowns.']);
    expect(texts('Indianapolis – Several thousand teachers surrounded the Statehouse.')).toEqual(['Several thousand teachers surrounded the Statehouse.']);
    // A fact check's label introduces someone's words: it stays.
    expect(texts('CLAIM: Trump won the state.')).toEqual(['CLAIM: Trump won the state.']);
    // Capitals that are the sentence itself stay, and so does a parenthesis that is the sentence's own.
    expect(texts('NASA - the agency said on Monday - will fly again.')).toEqual(['NASA - the agency said on Monday - will fly again.']);
    expect(texts('(The vote was close) - Democrats won.')).toEqual(['(The vote was close) - Democrats won.']);
    expect(texts('The strike in CHICAGO — the third this year — ended.')).toEqual(['The strike in CHICAGO — the third this year — ended.']);
  });

  it('never ends a sentence at a full stop with no space after it', () => {
    expect(texts('PanARMENIAN.Net - Verified video footage reveals a pattern of killings. The report came out on Tuesday.')).toEqual([
      'PanARMENIAN.Net - Verified video footage reveals a pattern of killings.',
      'The report came out on Tuesday.',
    ]);
  });

  it("keeps a paragraph with hashtags out of summaries: a sponsor's disclosure, a quoted post", () => {
    const split = splitSentences(nlp, 'This shop has been compensated by #CollectiveBias, Inc. and its advertiser. All opinions are mine alone. #HealthyHydration #ad\n\nWhen you live in Colorado it is impossible to stay inside.');
    expect(split.map((x) => [x.text, x.complete])).toEqual([
      ['This shop has been compensated by #CollectiveBias, Inc. and its advertiser.', false],
      ['All opinions are mine alone.', false],
      ['#HealthyHydration #ad', false],
      ['When you live in Colorado it is impossible to stay inside.', true],
    ]);
    // A number sign is no hashtag.
    expect(splitSentences(nlp, 'The song reached #1 on the charts last week in Britain.')[0]!.complete).toBe(true);
  });

  it('joins a quotation the splitter cut in two', () => {
    expect(texts('He said: "It is over. We are done." Officials agreed with him.')).toEqual(['He said: "It is over. We are done."', 'Officials agreed with him.']);
    expect(texts('“It is over. We are done,” he said. Officials agreed with him.')[0]).toBe('“It is over. We are done,” he said.');
  });

  it('numbers paragraphs and sentences, and never crosses a paragraph', () => {
    const s = splitSentences(nlp, 'First one here. Second one here\n\nThird one is here.');
    expect(s.map((x) => [x.paragraph, x.index, x.inParagraph])).toEqual([[0, 0, 0], [0, 1, 1], [1, 2, 0]]);
  });

  it('marks sentences that cannot stand alone', () => {
    const s = splitSentences(nlp, 'The Russian Ministry of Defense said “Collective peacekeeping forces …\n\nbegan preparing equipment to load into flights.\n\nA whole sentence stands here.');
    expect(s.map((x) => x.complete)).toEqual([false, false, true]);
  });
});
