import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/text/extract-text.js';
import { createNlp } from '../relate/nlp.js';
import { compareStory } from './compare-story.js';
import { withoutRole } from './quotes.js';
import type { CompareDocument } from './types.js';

const SEEDS = fileURLToPath(new URL('../../../shared/data/seeds/', import.meta.url));
const expected = JSON.parse(readFileSync(`${SEEDS}expected.json`, 'utf8')) as Record<string, { title: string | null; site: string | null; published: string | null }>;
const seedStory: CompareDocument[] = Object.entries(expected).map(([file, e]) => {
  const a = extractText(readFileSync(`${SEEDS}raw/${file}`, 'utf8'), { url: null });
  return { id: file.slice(0, 3), title: e.title ?? a.title ?? '', text: a.paragraphs.join('\n\n'), outlet: e.site ?? a.outlet ?? `seed ${file.slice(0, 3)}`, publishedAt: e.published ?? a.published };
});
const deps = { nlp: createNlp() };

describe('compareStory on the seeds', () => {
  const report = compareStory(seedStory, deps);
  const claim = (key: string) => report.claims.find((c) => c.key === key);
  const ids = (ms: { id: string }[]) => ms.map((m) => m.id).sort();

  it('reports more than 2,000 and 2,500 troops as compatible figures', () => {
    const troops = claim('quantity/troops')!;
    expect(troops.label).toMatch(/more than 2,000/iu);
    expect(ids(troops.statedBy)).toEqual(['001', '002', '003']);
    expect(troops.compatible.map((m) => [m.id, m.text])).toEqual([['004', '2,500 Russian-led soldiers']]);
    expect(troops.compatible[0]!.amount).toMatchObject({ low: 2500, high: 2500 });
    expect(troops.statedBy[0]!.amount).toMatchObject({ low: 2000, high: Infinity, bound: 'atLeast' });
    expect(troops.conflicting).toEqual([]);
    expect(report.differences).toContain(troops);
    // Seed 000 tells of the pull-out with no figure.
    expect(troops.silent).toEqual([{ id: '000', outlet: 'seed 000' }]);
  });

  it('names, for each claim, the outlets that say nothing on it, one reading each', () => {
    for (const c of report.claims.filter((x) => x.kind !== 'date')) {
      const said = new Set([...c.statedBy, ...c.compatible, ...c.conflicting].map((m) => m.outlet));
      expect(c.silent.map((m) => m.outlet).sort()).toEqual(seedStory.map((d) => d.outlet).filter((o) => !said.has(o)).sort());
    }
  });

  it("labels a claim as a body words it, not in a headline's Title Case", () => {
    const labels = report.claims.map((c) => c.label);
    expect(labels).toContain('two days');
    expect(labels).not.toContain('Two Days');
  });

  it('normalizes the withdrawal to at most 10 days, with "about ten days" compatible', () => {
    const days = claim('quantity/days/span')!;
    expect(days.statedBy[0]!.amount).toMatchObject({ low: 0, high: 10, bound: 'atMost' });
    expect(ids(days.statedBy)).toEqual(['001', '002', '004']);
    expect(ids(days.compatible)).toEqual(['000']);
  });

  it('lists the ~10,000 detained and the 68-year-old president as single-outlet claims', () => {
    const detained = claim('quantity/people/detained')!;
    expect(detained).toMatchObject({ singleOutlet: true, label: 'roughly 10,000 people' });
    expect(detained.statedBy.map((m) => m.outlet)).toEqual(['NHK World']);
    const age = claim('age/president')!;
    expect(age).toMatchObject({ singleOutlet: true, label: '68-year-old president' });
    expect(report.singleOutlet).toEqual(expect.arrayContaining([detained, age]));
  });

  it('does not call an outlet silent on a day it gives in other words', () => {
    const pull = claim('date/pull')!;
    const said = new Set([...pull.statedBy, ...pull.compatible].map((m) => m.id));
    expect(said.has('002')).toBe(false);
    // news2in (seed 002): "…began to withdraw from Kazakhstan, Moscow said Thursday".
    expect(pull.silent.map((m) => m.id)).not.toContain('002');
  });

  it('does not list as single-outlet a day other outlets give in other words ("announced on Tuesday", "said on Tuesday")', () => {
    const dates = report.singleOutlet.filter((c) => c.kind === 'date');
    // Press TV's two days of "return" (authorities on Tuesday, Putin on Monday) are two claims, each its own.
    expect(dates.map((c) => c.label)).toEqual(['began in Kazakhstan’s western province of Mangistau on January 2 (2022-01-02)', 'said on Monday that order was returning (2022-01-10)']);
    // Still among the claims, for the full report.
    expect(report.claims.filter((c) => c.kind === 'date' && c.singleOutlet).length).toBeGreaterThan(dates.length);
  });

  it('resolves a weekday against the publication date and matches it with an unresolved one', () => {
    const pull = claim('date/pull')!;
    expect([...pull.statedBy, ...pull.compatible].find((m) => m.id === '003')).toMatchObject({ date: '2022-01-13', weekday: 'Thursday' });
    // One outlet has no publication date: its "Thursday" is the same claim as the other's resolved one.
    expect(ids(pull.statedBy)).toEqual(['000', '003']);
    // The claim reads with its event, not as a bare weekday.
    expect(pull.label).toBe('pulling out more than 2,000 troops on Thursday (2022-01-13)');
  });

  it('matches a quote across outlets', () => {
    const quote = report.claims.find((c) => c.kind === 'quote' && /no more than/u.test(c.label))!;
    expect(ids(quote.statedBy)).toEqual(['001', '004']);
  });

  it("matches a spun copy's paraphrase of one speaker's quote, shown in its own words, and names the speaker without their role", () => {
    const blinken = report.claims.filter((c) => c.kind === 'quote' && c.statedBy.concat(c.compatible).some((m) => m.speaker?.endsWith('Blinken')));
    expect(blinken).toHaveLength(1);
    const [quote] = blinken;
    expect(quote!.singleOutlet).toBe(false);
    expect([...ids(quote!.statedBy), ...ids(quote!.compatible)].sort()).toEqual(['001', '002']);
    expect(quote!.compatible).toHaveLength(1);
    expect(quote!.statedBy.concat(quote!.compatible).map((m) => m.speaker)).toEqual(['Antony Blinken', 'Antony Blinken']);
    expect(report.differences).toContain(quote);
    expect(report.singleOutlet).not.toContain(quote);
  });

  it('names no speaker for a capitalised word opening the sentence', () => {
    const docs: CompareDocument[] = [
      { id: 'a', title: 'Unrest', text: 'Authorities said the protesters wanted “to undermine the security of the state by force.”', outlet: 'One', publishedAt: null },
      { id: 'b', title: 'Unrest', text: 'Kassym-Jomart Tokayev said the protesters wanted “to seize power by force in the country.”', outlet: 'Two', publishedAt: null },
    ];
    const speakers = compareStory(docs, deps).claims.filter((c) => c.kind === 'quote').flatMap((c) => c.statedBy.map((m) => m.speaker));
    expect(speakers.sort()).toEqual(['Kassym-Jomart Tokayev', null]);
  });

  it('keeps apart two speakers whose quotes share a few words', () => {
    const docs: CompareDocument[] = [
      { id: 'a', title: 'Talks', text: 'Antony Blinken said: “Russia must leave Kazakhstan within ten days of the request.”', outlet: 'One', publishedAt: null },
      { id: 'b', title: 'Talks', text: 'Sergei Lavrov said: “Russia will leave when the mission in Kazakhstan is done.”', outlet: 'Two', publishedAt: null },
    ];
    const quotes = compareStory(docs, deps).claims.filter((c) => c.kind === 'quote');
    expect(quotes.map((q) => q.singleOutlet)).toEqual([true, true]);
  });

  it("flags seed 000's headline as unsupported by the other outlets, with the reason", () => {
    const h = report.headlines.find((x) => x.id === '000')!;
    expect(h.headline).toBe('China Forces Russia To Pull Out of Kazakhstan');
    expect(h.flagged).toBe(true);
    expect(h.supportedBy).toEqual([]);
    expect(h.ownBody.supported).toBe(false);
    expect(h.reason).toMatch(/no other outlet says it.*China/u);
    const russianLed = report.headlines.find((x) => x.id === '002')!;
    expect(russianLed.flagged).toBe(false);
    expect(russianLed.supportedBy.length).toBeGreaterThanOrEqual(3);
  });

  it("names no possessive '’s' among the words a headline's body lacks", () => {
    const docs: CompareDocument[] = [
      { id: 'a', outlet: 'PolitiFact', publishedAt: null, title: 'PolitiFact’s guide to understanding tariffs', text: 'Tariffs are taxes on imports. The president raised them twice this year.' },
      { id: 'b', outlet: 'NYTimes', publishedAt: null, title: 'Trade war keeps the world guessing', text: 'The president raised tariffs on imports again this year, and the world is guessing what comes next.' },
    ];
    const h = compareStory(docs, deps).headlines.find((x) => x.id === 'a')!;
    expect(h.reason).toMatch(/missing: PolitiFact, guide, understanding/u);
    expect(h.reason).not.toMatch(/’s/u);
  });

  it("names among what a headline's own body lacks only the words the body never says", () => {
    const docs: CompareDocument[] = [
      { id: 'a', outlet: 'Fox News', publishedAt: null, title: 'Scooter Braun frustrated with Big Machine partner amid Taylor Swift feud', text: 'Big Machine Records issued a statement on Monday.\n\nScooter Braun is frustrated because his name is being dragged in the mud, a source said of the Taylor Swift dispute.' },
      { id: 'b', outlet: 'BBC', publishedAt: null, title: 'Taylor Swift row over', text: 'Taylor Swift can perform her old songs at the awards, Big Machine said.' },
    ];
    const h = compareStory(docs, deps).headlines.find((x) => x.id === 'a')!;
    expect(h.ownBody.supported).toBe(false);
    expect(h.reason).toMatch(/its own body does not say it \(missing: [^)]*partner/u);
    expect(h.reason).not.toMatch(/missing: [^)]*(?:Big|Machine|frustrated)/u);
    // Every word said, in different sentences.
    const text = 'Big Machine Records, his partner, issued a statement on Monday amid the feud.\n\nScooter Braun is frustrated, a source said of the Taylor Swift dispute.';
    const spread = compareStory([{ ...docs[0]!, text }, docs[1]!], deps).headlines.find((x) => x.id === 'a')!;
    expect(spread.ownBody.supported).toBe(false);
    expect(spread.reason).toMatch(/no sentence of its own body says it all/u);
  });

  it('says there is nothing to compare in a story of one reading', () => {
    const one = compareStory([seedStory[0]!], deps);
    expect(one.nothingToCompare).toBe('the story has one reading');
    expect(one.claims).toEqual([]);
  });

  it('compares the readings in English only, and says which it left out', () => {
    const klima = (id: string, outlet: string, title: string, text: string): CompareDocument => ({ id, title, text, outlet, publishedAt: null, language: 'de' });
    const german = [
      klima('de1', 'Spiegel', 'Bundesregierung beschließt neues Klimapaket', 'Die Bundesregierung hat am Mittwoch ein neues Klimapaket beschlossen. Deutschland will so seine Klimaziele für 2030 erreichen.'),
      klima('de2', 'Zeit', 'Kabinett einigt sich auf Klimapaket', 'Das Bundeskabinett hat sich am Mittwoch auf ein Klimapaket verständigt. Deutschland will so seine Klimaziele für 2030 erreichen.'),
    ];
    // The English rules read "Deutschland will so seine Klimaziele für" as an agreed fact, and flagged both headlines.
    const none = compareStory(german, deps);
    expect(none.nothingToCompare).toBe("compare reads readings in English only, and the story's 2 are in German");
    expect(compareStory([seedStory[0]!, ...german], deps).nothingToCompare).toBe("compare reads readings in English only, and only one of the story's 3 is (the others: German)");
    expect(none.claims).toEqual([]);
    expect(none.headlines).toEqual([]);
    expect(none.notCompared!.map((r) => r.id)).toEqual(['de1', 'de2']);
    const mixed = compareStory([seedStory[0]!, seedStory[1]!, ...german], deps);
    expect(mixed.nothingToCompare).toBeUndefined();
    expect(mixed).toMatchObject({ readings: 2, outlets: 2 });
    expect(mixed.notCompared!.map((r) => [r.id, r.language])).toEqual([['de1', 'de'], ['de2', 'de']]);
    expect(mixed.claims.flatMap((c) => c.statedBy.map((m) => m.id)).every((id) => !id.startsWith('de'))).toBe(true);
    expect(mixed.headlines.map((h) => h.id).sort()).toEqual([seedStory[0]!.id, seedStory[1]!.id].sort());
  });

  it('reads a change as the figure it came to: "rose from 3.9 percent to 4.2 percent" agrees with "climbed to 4.2 percent"', () => {
    const jobs = (id: string, outlet: string, title: string, text: string): CompareDocument => ({ id, title, text, outlet, publishedAt: '2024-04-05' });
    const report = compareStory([
      jobs('r', 'Reuters', 'Unemployment rate rises to 4.2 percent in March', 'The US unemployment rate rose from 3.9 percent to 4.2 percent in March, the Labor Department said on Friday, as employers added 120,000 jobs.'),
      jobs('a', 'AP', 'US jobless rate climbs to 4.2 percent as hiring slows', 'The US unemployment rate climbed to 4.2 percent in March, the Labor Department said on Friday, with employers adding 120,000 jobs.'),
    ], deps);
    const rate = report.claims.filter((c) => c.key === 'quantity/percent/rate');
    // It was "rose from 3.9 percent", conflicting with AP's 4.2, and Reuters' own 4.2 a claim of one outlet.
    expect(rate).toHaveLength(1);
    expect(rate[0]!.conflicting).toEqual([]);
    expect(ids(rate[0]!.statedBy)).toEqual(['a', 'r']);
    expect(report.claims.some((c) => c.label.includes('from 3.9 percent') && c.statedBy.length === 1)).toBe(false);
  });

  it('counts one outlet under two spellings once: nothing to compare between "WIRED" and "Wired"', () => {
    const [a, b] = [seedStory[0]!, seedStory[1]!];
    const report = compareStory([{ ...a, outlet: 'WIRED' }, { ...b, outlet: 'Wired' }], deps);
    expect(report).toMatchObject({ outlets: 1, nothingToCompare: 'all readings come from one outlet' });
  });
});

describe('withoutRole', () => {
  it("drops the role before a person's first name, and nothing else", () => {
    expect(withoutRole(deps.nlp, 'State Antony Blinken')).toBe('Antony Blinken');
    expect(withoutRole(deps.nlp, 'Antony Blinken')).toBe('Antony Blinken');
    expect(withoutRole(deps.nlp, 'West Virginia')).toBe('West Virginia');
    expect(withoutRole(deps.nlp, 'Kassym-Jomart Tokayev')).toBe('Kassym-Jomart Tokayev');
  });
});
