import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { InMemoryRelateIndex } from './memory-index.js';
import { createNlp } from './nlp.js';
import { similarity } from './similarity.js';

const nlp = createNlp();
const features = (title: string, text: string) => analyze({ title, text, outlet: null, publishedAt: '2019-11-20T00:00:00Z', language: 'en' }, { nlp });
/** The reasons two readings are similar, in a library of the two. */
function reasonsOf(a: ReturnType<typeof features>, b: ReturnType<typeof features>) {
  const index = new InMemoryRelateIndex();
  index.add('a', a);
  index.add('b', b);
  return similarity(a, b, index.stats()).reasons;
}

/** Every reason of a pair of texts (names, numbers, dates, terms) in one list. */
function allReasons(a: [title: string, text: string], b: [title: string, text: string]): string[] {
  return Object.values(reasonsOf(features(...a), features(...b))).flat();
}

describe('similarity reasons', () => {
  it('name a shared person once, by the fullest name both readings give', () => {
    const a = features('Impeachment hearing', 'Donald Trump called the hearing a sham. President Trump said Joe Biden should be investigated, and Mr. Biden denied it.');
    const b = features('White House answers', 'President Donald Trump attacked the hearing on Tuesday. President Trump wrote that Joe Biden, Mr. Biden, was the one to blame.');
    const reasons = reasonsOf(a, b);
    expect(reasons.people).toContain('Donald Trump');
    expect(reasons.people).toContain('Joe Biden');
    expect(reasons.people).not.toContain('Trump');
    expect(reasons.people).not.toContain('Biden');
  });

  it('name a country once, by its longest name, under any of its names', () => {
    const all = allReasons(['Extradition fight', 'Julian Assange is battling extradition to the United States, which accuses him of espionage. The US wants him. He is held in London by the UK.'], ['Extradition case', 'The US wants the UK to extradite Julian Assange, who is held in London.']);
    expect(all).toContain('United States');
    expect(all).not.toContain('US');
    expect(all).toContain('London');
  });

  it('give no weekday or month among the shared terms', () => {
    const a = features('Troops leave', 'The alliance began pulling out its peacekeepers on Thursday. The pullout will end on Wednesday, officials said in January.');
    const b = features('Pullout begins', 'Peacekeepers started leaving on Thursday, and the pullout ends on Wednesday, the alliance said in January.');
    const reasons = reasonsOf(a, b);
    expect(reasons.terms.length).toBeGreaterThan(0);
    expect(reasons.terms.filter((t) => /day$|^january$/u.test(t))).toEqual([]);
  });

  it('give shared dates that pin a day or a year, written as a reader writes them', () => {
    const a = features('Troops leave', 'The alliance began pulling out its peacekeepers on Thursday, January 13, 2022. The pullout will end on Wednesday.');
    const b = features('Pullout begins', 'Peacekeepers started leaving on Thursday, January 13, 2022, and the pullout ends on Wednesday.');
    const dates = reasonsOf(a, b).dates;
    expect(dates).toContain('January 13 2022');
    expect(dates.filter((d) => !/\d/u.test(d))).toEqual([]);
  });

  it('write a name a dateline shouts as the other reading writes it, and give no bare small numbers', () => {
    const all = allReasons(['Probe finds water', 'WASHINGTON — NASA scientists found 3 plumes of water vapor on Europa, a moon of Jupiter, in 2,000 images taken over 10 days.'], ['Europa spews water', 'NASA said in Washington that 3 plumes of water rise from Europa, seen in 2,000 images over 10 days.']);
    expect(all).toContain('Washington');
    expect(all).not.toContain('WASHINGTON');
    expect(all).toContain('2,000');
    expect(all).toContain('10 days');
    expect(all).not.toContain('3');
    expect(all).not.toContain('europa');
  });

  it('write a person\'s surname both readings give as a name, whatever each writes before it', () => {
    const all = allReasons(["Palin's Church Damaged In Suspicious Fire", "Palin's Church Damaged In Suspicious Fire. The church was damaged on Friday night."], ['', 'The church Alaska Gov.Sarah Palin attends was badly damaged by fire Friday night, and investigators said it was suspicious.']);
    expect(all).toContain('Palin');
    expect(all).not.toContain('palin');
  });

  it('give no plural beside a name its singular is ("oscars" beside "Oscar")', () => {
    const all = allReasons(
      ['Ellen DeGeneres to host the Oscars', 'The Academy picked Ellen DeGeneres to host the Oscar ceremony, and she returns to the Oscars stage.'],
      ['DeGeneres returns as Oscar host', 'Ellen DeGeneres will host the Oscars again, the Academy said of its Oscar choice.'],
    );
    expect(all.filter((w) => /^oscar/iu.test(w))).toHaveLength(1);
  });

  it('give, among equally rare shared words, those both readings use more often first', () => {
    const a = features('Troops leave', 'The contingent began to leave. The contingent was able to go home, the alliance said.');
    const b = features('Pullout begins', 'The contingent was able to start leaving. The contingent left on time, the alliance said.');
    expect(reasonsOf(a, b).terms[0]).toBe('contingent');
  });
});


describe('readings in a script wink has no model for', () => {
  /** Two reports of one event and one of another (sharing a number or a word with the first), in one language; the pair scores above `together`, the other below `apart`. */
  const cases: [what: string, language: string, event: [string, string], again: [string, string], other: [string, string], reason: string | null, together: number, apart: number][] = [
    [
      'are told apart by their words, not by a number two events share', 'ru',
      ['Землетрясение магнитудой 6,1 произошло у берегов Камчатки', 'Землетрясение магнитудой 6,1 произошло в среду утром у восточного побережья Камчатки, сообщила Геофизическая служба. Очаг находился на глубине 40 километров. Жители Петропавловска-Камчатского ощутили толчки, угрозы цунами нет.'],
      ['У Камчатки произошло сильное землетрясение', 'Сильное землетрясение магнитудой 6,1 зарегистрировано в среду у побережья Камчатки. Глубина очага составила 40 километров. Толчки ощущались в Петропавловске-Камчатском, угрозы цунами нет.'],
      ['Центробанк сохранил ключевую ставку', 'Совет директоров Банка России сохранил ключевую ставку на уровне 16 процентов. Инфляция замедляется, но остается выше цели. Следующее заседание пройдет через 40 дней.'],
      'землетрясение',
      0.3, 0.1,
    ],
    [
      'in Han and kana, by pairs of their characters', 'ja',
      ['改造iPhone販売で男性逮捕', '不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されました。男性は改造したiPhoneをオークションで販売していました。'],
      ['商標法違反の疑いで男性を逮捕', '改造したiPhoneをインターネットのオークションで販売したとして、警察は20代の男性を商標法違反の疑いで逮捕しました。'],
      ['関東で大雨のおそれ', '気象庁によりますと、20日にかけて関東地方では大雨のおそれがあります。土砂災害や川の増水に警戒してください。'],
      null,
      0.3, 0.1,
    ],
    [
      'in Korean, by pairs of syllables whatever particle a word carries', 'ko',
      ['서울에 첫눈 내려', '서울에서 올해 첫눈이 관측됐다고 기상청이 밝혔습니다. 첫눈은 작년보다 닷새 늦게 내렸습니다.'],
      ['기상청 서울 첫눈 관측', '기상청은 서울에 첫눈이 내렸다고 밝혔습니다. 서울의 첫눈은 작년보다 늦었습니다.'],
      ['부산 항구 물동량 증가', '부산항의 물동량이 지난달 크게 늘었다고 항만공사가 밝혔습니다. 수출 화물이 증가했습니다.'],
      null,
      // Whole words, "첫눈이" and "첫눈은" were two (0.39); "밝혔습니다" (announced): its syllable pairs weigh in a library
      // of three, as they would not in one of many Korean readings.
      0.5, 0.15,
    ],
  ];

  it.each(cases)('%s', (_what, language, event, again, other, reason, together, apart) => {
    const read = ([title, text]: [string, string]) => analyze({ title, text, outlet: null, publishedAt: '2023-10-04T00:00:00Z', language }, { nlp });
    const [a, b, c] = [read(event), read(again), read(other)];
    const index = new InMemoryRelateIndex();
    index.add('a', a);
    index.add('b', b);
    index.add('c', c);
    const same = similarity(a, b, index.stats());
    expect(same.score).toBeGreaterThan(together);
    expect(similarity(a, c, index.stats()).score).toBeLessThan(apart);
    if (reason) expect(Object.values(same.reasons).flat()).toContain(reason);
  });
});

describe('readings in a language with a stemmer', () => {
  it('share the stems of their words, and give the words as reasons', () => {
    const de = (title: string, text: string) => analyze({ title, text, outlet: null, publishedAt: '2023-10-04T00:00:00Z', language: 'de' }, { nlp });
    const a = de('Stadtwerke senken die Strompreise', 'Die Stadtwerke senken zum ersten Januar die Strompreise für achtzigtausend Haushalte, teilte das Unternehmen mit.');
    const b = de('Niedrigere Strompreise für Haushalte', 'Für rund achtzigtausend Haushalte wird der Strompreis im Januar sinken, kündigten die Stadtwerke an.');
    expect(Object.keys(a.terms)).toContain('strompreis');
    expect(Object.keys(b.terms)).toContain('strompreis');
    expect(reasonsOf(a, b).terms).toContain('strompreise');
    expect(reasonsOf(a, b).terms).not.toContain('die');
    expect(Object.keys(a.terms)).not.toContain('die');
    // English keeps wink's lemmas.
    expect(Object.keys(features('Power prices fall', 'The utilities lower power prices for households.').terms)).toContain('price');
  });
});
