/**
 * The five seeds (../shared/data/seeds) as one story: clean bodies through
 * extractText, titles and outlets from expected.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../extract/html/extract-html.js';
import { extractText } from '../extract/text/extract-text.js';
import { createNlp } from '../relate/nlp.js';
import { STORY_DEFAULTS, summarizeStory } from './summarize-story.js';
import type { StoryDocument } from './types.js';

const SEEDS = fileURLToPath(new URL('../../../shared/data/seeds/', import.meta.url));
const expected = JSON.parse(readFileSync(`${SEEDS}expected.json`, 'utf8')) as Record<string, { title: string | null; site: string | null; published: string | null }>;
const seedStory: StoryDocument[] = Object.entries(expected).map(([file, e]) => {
  const a = extractText(readFileSync(`${SEEDS}raw/${file}`, 'utf8'), { url: null });
  return { id: file.slice(0, 3), title: e.title ?? a.title ?? '', text: a.paragraphs.join('\n\n'), outlet: e.site ?? a.outlet ?? `seed ${file.slice(0, 3)}`, publishedAt: e.published ?? a.published };
});
const deps = { nlp: createNlp() };
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);

describe('summarizeStory on the seeds', () => {
  const summary = summarizeStory(seedStory, {}, deps);
  const all = summary.sentences.map((s) => s.text).join(' ');

  it('says the CSTO withdraws from Kazakhstan, names Tokayev and the ten-day limit', () => {
    expect(all).toMatch(/CSTO|Collective Security Treaty/u);
    expect(all).toMatch(/withdraw|pull(?:ing)? out|leav/u);
    expect(all).toMatch(/Kazakhstan/u);
    expect(all).toMatch(/Tokayev/u);
    expect(all).toMatch(/no (?:more|longer) than (?:10|ten) days/u);
    expect(summary.outlets).toBe(5);
  });

  it("heads the summary with an outlet's own headline, not the cut-short first words of a dump that has none", () => {
    expect(seedStory.find((d) => d.id === '003')!.title).toMatch(/…$/u);
    const headlines = Object.values(expected).map((e) => e.title).filter(Boolean);
    expect(headlines).toContain(summary.headline?.text);
  });

  it("is headed by the story's title when the library gives one, with that reading's outlet", () => {
    const other = seedStory.find((d) => d.title !== summary.headline?.text && !d.title.endsWith('…'))!;
    const titled = summarizeStory(seedStory, { title: ` ${other.title}  ` }, deps);
    expect(titled.headline?.text).toBe(other.title);
    expect(titled.headline?.from.id).toBe(other.id);
    // A title no reading has: the summary picks its own.
    expect(summarizeStory(seedStory, { title: 'Something else' }, deps).headline?.text).toBe(summary.headline?.text);
  });

  it('lists at least one outlet for every sentence, its own first', () => {
    for (const s of summary.sentences) {
      expect(s.supportedBy.length).toBeGreaterThanOrEqual(1);
      expect(s.supportedBy[0]).toMatchObject({ id: s.from.id, similarity: 1 });
    }
    expect(summary.sentences.some((s) => s.supportedBy.length >= 2)).toBe(true);
  });

  it('lists as support only readings with a sentence of the same content', () => {
    for (const s of summary.sentences) {
      for (const support of s.supportedBy.slice(1)) {
        const doc = seedStory.find((d) => d.id === support.id)!;
        expect(`${doc.title}\n${doc.text}`).toContain(support.sentence);
        const shared = [...words(s.text)].filter((w) => w.length > 3 && words(support.sentence).has(w));
        expect(shared.length, `${s.text} <= ${support.sentence}`).toBeGreaterThanOrEqual(3);
      }
    }
    const tenDays = summary.sentences.find((s) => /10 days|ten days/u.test(s.text));
    expect(tenDays).toBeDefined();
    for (const support of tenDays!.supportedBy) expect(support.sentence).toMatch(/withdraw|pullout|leave|ten days|10 days/u);
  });

  it('summarizes a story of one reading as that reading', () => {
    const one = summarizeStory([seedStory[3]!], {}, deps);
    expect(one.single).toBe(true);
    expect(one.sentences.length).toBeGreaterThan(0);
    for (const s of one.sentences) expect(s.supportedBy).toHaveLength(1);
  });

  it('says why a story summary is empty', () => {
    expect(summarizeStory([], {}, deps).reason).toBe('no_documents');
    const empty = summarizeStory([{ id: 'a', title: 'A', text: '', outlet: 'X', publishedAt: null }, { id: 'b', title: 'B', text: '', outlet: 'Y', publishedAt: null }], {}, deps);
    expect(empty).toMatchObject({ sentences: [], reason: 'no_sentences' });
  });
});

describe('support by a shared figure', () => {
  const doc = (id: string, outlet: string, text: string): StoryDocument => ({ id, title: '', text, outlet, publishedAt: '2022-01-13T10:00:00Z' });
  const story = [
    doc('a', 'NHK World', 'The Collective Security Treaty Organization started pulling out more than 2,000 troops from Kazakhstan on Thursday. The alliance was sent in last week after the unrest in Almaty.'),
    doc('b', 'news2in', 'Almaty: More than 2,000 Russian-led troops began to withdraw from Kazakhstan, Moscow said Thursday. Officials in Almaty said the city was calm.'),
    // As close in words (cosine ~0.29, under the threshold), but another figure.
    doc('c', 'Press TV', 'About 1,500 troops were still guarding airports on Thursday, the treaty organization said. Almaty was calm, officials said.'),
  ];

  it('counts a sentence that gives the same figure for the same thing in other words, not one with a different figure', () => {
    // Room for every sentence: these 30-word readings would make a summary of about 30 words by default.
    const summary = summarizeStory(story, { maxWords: 70 }, deps);
    const troops = summary.sentences.find((s) => s.text.includes('pulling out more than 2,000 troops'))!;
    expect(troops).toBeDefined();
    const byNews2in = troops.supportedBy.find((s) => s.outlet === 'news2in');
    expect(byNews2in?.sentence).toMatch(/^Almaty: More than 2,000 Russian-led troops began to withdraw/u);
    // Below the word-overlap threshold alone: the figure carried it.
    expect(byNews2in!.similarity).toBeLessThan(0.3);
    expect(troops.supportedBy.map((s) => s.outlet)).not.toContain('Press TV');
  });
});

describe('the length of a story summary', () => {
  const SENTENCES = [
    'Negotiators from both countries agreed on Thursday to resume the trade talks in Geneva next week.',
    'The talks broke down in January over tariffs on steel, aluminium and farm goods.',
    'Farmers in the north have lost most of their export market since the tariffs took effect.',
    'The finance minister told parliament that a deal could be signed before the summer.',
    'Opposition leaders accused the government of giving away too much to reach an agreement.',
    'Markets rose sharply after the announcement, led by shares of carmakers and shipping firms.',
    'Diplomats expect the first round to last three days and to focus on quotas for grain.',
    'A previous agreement, signed in 2015, expired last year without being renewed by either side.',
  ];
  const doc = (id: string, sentences: number, from = 0): StoryDocument => ({
    id,
    title: 'Trade talks to resume next week',
    text: Array.from({ length: sentences }, (_, i) => SENTENCES[(from + i) % SENTENCES.length]).join(' '),
    outlet: `Outlet ${id}`,
    publishedAt: '2024-03-07T10:00:00Z',
  });
  const words = (s: { sentences: { text: string }[] }): number => s.sentences.reduce((n, x) => n + x.text.split(/\s+/u).length, 0);

  it('is about as long as its typical reading, and at most STORY_DEFAULTS.maxWords', () => {
    // Readings of three sentences (~50 words with the title), each outlet its own: a summary of those words, not 80.
    const short = [doc('a', 3, 0), doc('b', 3, 3), doc('c', 3, 5)];
    const typical = short.reduce((n, d) => n + `${d.title} ${d.text}`.split(/\s+/u).length, 0) / short.length;
    expect(words(summarizeStory(short, {}, deps))).toBeLessThanOrEqual(typical);
    // A budget asked for is kept.
    expect(words(summarizeStory(short, { maxWords: 80 }, deps))).toBeGreaterThan(typical);
    // One long reading among short ones does not stretch it (the median reading, not the mean).
    const stretched = [doc('a', 3, 0), doc('b', 3, 3), doc('c', 8, 5)];
    expect(words(summarizeStory(stretched, {}, deps))).toBeLessThanOrEqual(typical);
    const long = summarizeStory([doc('a', 8), doc('b', 8, 3), doc('c', 8, 5)], {}, deps);
    expect(words(long)).toBeGreaterThan(60);
    expect(words(long)).toBeLessThanOrEqual(STORY_DEFAULTS.maxWords);
  });
});

describe('figures told twice', () => {
  // NeuS's roundup of the July 2021 jobs report (../shared/data): three outlets give 943,000 jobs and 5.4 %.
  const NEUS = fileURLToPath(new URL('../../../shared/data/neus-allsides-mds/dev.jsonl', import.meta.url));
  const cluster = readFileSync(NEUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { cluster_id: string; documents: { title: string; text: string }[] }).find((c) => c.cluster_id === 'neus-val-0041')!;

  it('are said once: a sentence that gives two figures of a picked one again, in other words, is left out', () => {
    const story: StoryDocument[] = cluster.documents.map((d, i) => ({ id: String(i), title: d.title, text: d.text, outlet: `Outlet ${i}`, publishedAt: null }));
    const texts = summarizeStory(story, {}, deps).sentences.map((s) => s.text);
    expect(texts.filter((t) => t.includes('943,000'))).toHaveLength(1);
    // Sentences with figures of their own stay.
    expect(texts.some((t) => t.includes('870,000'))).toBe(true);
  });
});

/** Readings of one story under one headline, each from its own outlet. */
const storyOf = (title: string, publishedAt: string) => (id: string, text: string): StoryDocument => ({ id, title, text, outlet: `Outlet ${id}`, publishedAt });
/** A story summary's sentences, with room for all of them. */
const roomySummary = (story: readonly StoryDocument[]): string[] => summarizeStory(story, { maxWords: 200 }, deps).sentences.map((s) => s.text);
/** The roomy summary of a story of one headline, one text per outlet. */
const roomyStory = (title: string, publishedAt: string, texts: readonly string[]): string[] => roomySummary(texts.map((text, i) => storyOf(title, publishedAt)(String.fromCharCode(97 + i), text)));

describe("a writer's own voice", () => {
  const doc = storyOf('Cyclists ride across Iowa for a week', '2024-07-27T12:00:00Z');

  it('is left out of a story told by several outlets, a quoted first person is not', () => {
    const texts = roomySummary([
      doc('a', 'I rode the last stage with Governor Kim Reynolds, who greeted the cyclists in Davenport. The ride ended on Saturday.'),
      doc('b', 'About 15,000 cyclists finished the weeklong bike ride across Iowa in Davenport on Saturday. “We rode through rain and heat,” one rider said.'),
      doc('c', 'The weeklong ride across Iowa drew about 15,000 cyclists and ended on Saturday in Davenport, organizers said.'),
    ]);
    expect(texts.some((t) => t.includes('15,000'))).toBe(true);
    expect(texts.filter((t) => /\bI rode\b/u.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes('“We rode through rain and heat,” one rider said.'))).toBe(true);
  });

  it('is heard in a contraction the tagger reads as one word ("I’m")', () => {
    const texts = roomySummary([
      doc('a', 'About 15,000 cyclists rode across Iowa this week. Once again, I’m not complaining about the heat in Davenport.'),
      doc('b', 'About 15,000 cyclists finished the weeklong bike ride across Iowa in Davenport on Saturday.'),
    ]);
    expect(texts.some((t) => t.includes('15,000'))).toBe(true);
    expect(texts.filter((t) => t.includes('I’m'))).toEqual([]);
  });

  it('is kept when every reading speaks in one', () => {
    const columns = [doc('a', 'Last month, I joined about 15,000 other cyclists in a weeklong bike ride across Iowa.'), doc('b', 'We rode across Iowa with about 15,000 other cyclists for a week in July.')];
    expect(summarizeStory(columns, {}, deps).sentences.length).toBeGreaterThan(0);
  });
});

describe('sentences left out of a story summary unless nothing else is left', () => {
  it.each([
    {
      what: 'a sentence that leans on the one before it (a pronoun or a connective opens it)',
      title: 'University rescinds admission of Parkland survivor',
      day: '2019-06-17T12:00:00Z',
      texts: [
        'Harvard University rescinded its admission offer to Kyle Kashuv, a survivor of the Parkland shooting. But the university gave no reason in its letter, Kashuv said on Monday.',
        'Kyle Kashuv, who survived the Parkland shooting, said Harvard rescinded his admission over racist remarks he made at 16. He said he had apologized for them.',
        'Harvard withdrew its offer of admission to Parkland survivor Kyle Kashuv after his old messages surfaced, Kashuv announced on Monday.',
      ],
      kept: ['Kyle Kashuv'],
      left: /^(?:But|He)\b/u,
    },
    {
      what: 'a quotation of no one named (one with its speaker stays)',
      title: 'Who pays for tariffs on Chinese goods',
      day: '2019-11-19T12:00:00Z',
      texts: [
        '"The Chinese government pays nothing." Economists say American importers pay the tariffs on Chinese goods.',
        'American companies that import Chinese goods pay the tariffs, economists said. "Tariffs are a tax," said Lawrence White.',
        'The tariffs on Chinese goods are paid by American importers and passed on to consumers, economists said.',
      ],
      kept: ['importers', '"Tariffs are a tax," said Lawrence White.'],
      left: /pays nothing/u,
    },
    {
      what: 'a sentence that opens on a surname its reading gave in full in a sentence the summary does not show',
      title: 'Senate impeachment trial opens Tuesday',
      day: '2021-02-08T12:00:00Z',
      texts: [
        'Will Sen. Rand Paul vote to convict the former president? Paul added that he does not believe the former president will be convicted by the Senate.',
        'The Senate impeachment trial of the former president opens on Tuesday, and an acquittal is all but assured.',
        'Senators will open the impeachment trial of the former president on Tuesday with few details settled.',
      ],
      kept: ['impeachment trial'],
      left: /^Paul\b/u,
    },
    {
      what: "the writer's aside: an exclamation, or a short sentence that names no one and gives no figure",
      title: 'Apple to bring back the scissor keyboard',
      day: '2019-11-19T12:00:00Z',
      texts: [
        'Apple plans to release a 13-inch MacBook Pro with a scissor switch keyboard in 2020, DigiTimes reported. The keyboard thing is a big deal.',
        'Apple will put the scissor switch keyboard of the 16-inch MacBook Pro in its 13-inch model in 2020, according to DigiTimes. What a relief for Apple fans!',
        'The 13-inch MacBook Pro will get the scissor keyboard in 2020, according to a report by DigiTimes. Apple declined to comment on the report.',
      ],
      kept: ['DigiTimes', 'Apple declined to comment on the report.'],
      left: /big deal|relief/u,
    },
  ])('$what', ({ title, day, texts, kept, left }) => {
    const summary = roomyStory(title, day, texts);
    for (const words of kept) expect(summary.some((t) => t.includes(words))).toBe(true);
    expect(summary.filter((t) => left.test(t))).toEqual([]);
  });
});

describe("a story summary's headline", () => {
  it("is not one that names its own outlet or gives someone's words, unless all do", () => {
    const doc = (id: string, outlet: string, title: string): StoryDocument => ({ id, title, text: 'Economists say American importers pay the tariffs on Chinese goods, not the Chinese government.', outlet, publishedAt: '2019-11-19T12:00:00Z' });
    const own = doc('a', 'PolitiFact', 'PolitiFact’s guide to who pays the tariffs on Chinese goods');
    expect(summarizeStory([own, doc('b', 'Deccan Herald', 'Importers pay tariffs, economists say')], {}, deps).headline?.text).toBe('Importers pay tariffs, economists say');
    // Both name their outlet: one of them heads the summary all the same.
    expect(summarizeStory([own, doc('b', 'PolitiFact', 'PolitiFact explains tariffs')], {}, deps).headline?.text).toMatch(/^PolitiFact/u);
    const said = doc('c', 'Fox News', 'Chinese government pays for the tariffs: White House');
    expect(summarizeStory([said, doc('b', 'Deccan Herald', 'Importers pay tariffs, economists find')], {}, deps).headline?.text).toBe('Importers pay tariffs, economists find');
  });

  it('is the one the other readings bear out most, and not a question', () => {
    const text = 'The Federal Reserve raised its benchmark interest rate by a quarter point on Wednesday, its tenth increase in a row.';
    const doc = (id: string, title: string): StoryDocument => ({ id, title, text, outlet: `outlet-${id}`, publishedAt: '2023-05-03T18:00:00Z' });
    const story = [doc('a', 'Why did the Federal Reserve raise interest rates again?'), doc('b', 'Fed raises rates by a quarter point'), doc('c', 'Wall Street rallies after tenth rate increase')];
    expect(summarizeStory(story, {}, deps).headline?.text).toBe('Fed raises rates by a quarter point');
  });
});

describe('a fact told twice', () => {
  // Al Bawaba's and the BBC's pages of one day (../shared/data/extraction): both open on Sweden dropping the investigation, in other words.
  const DATA = fileURLToPath(new URL('../../../shared/data/extraction/html/', import.meta.url));
  const page = (id: string, hash: string, outlet: string): StoryDocument => {
    const a = extractHtml(readFileSync(`${DATA}${hash}.html`, 'utf8'), { url: null });
    return { id, title: a.title ?? '', text: a.paragraphs.join('\n\n'), outlet, publishedAt: a.published };
  };
  const story = [
    page('albawaba', 'dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356', 'Al Bawaba'),
    page('bbc', 'c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23', 'BBC'),
  ];

  it('is said once in the summary, whichever outlet words it', () => {
    const texts = summarizeStory(story, {}, deps).sentences.map((s) => s.text);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.filter((t) => /dropped (?:an|its) investigation into a (?:2010 )?rape allegation/u.test(t))).toHaveLength(1);
  });
});
