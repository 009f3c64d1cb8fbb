/**
 * The small word lists claim extraction needs: number words, qualifiers
 * ("more than", "no more than", "about"), the objects news counts, and the
 * verb families outlets paraphrase each other with.
 */
import { wordTable } from '../domain/strings.js';

export const NUMBER_WORDS = wordTable<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
});

/** What a vague count may stand for: "thousands of employees" is said of 12,000 as of 3,000 ("tens of thousands" too). */
export const VAGUE_NUMBERS = wordTable<[number, number]>({
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 99999], millions: [2e6, 9.99e8],
});

export const SCALES = wordTable<number>({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9 });

/** A token that is a quotation mark, straight or curly. */
export const QUOTE_MARK = /^["“”'‘’]$/u;

/** Scales written against their figure: "2m users", "£3.5bn", "10k donors", "$1.9T" (only with no space between). */
export const ATTACHED_SCALES = wordTable<number>({ k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12 });

/** Qualifiers before a number, longest first; matched on lower-case words. */
export const QUALIFIERS: [string[], 'atLeast' | 'atMost' | 'about'][] = [
  [['no', 'more', 'than'], 'atMost'], [['no', 'longer', 'than'], 'atMost'], [['not', 'more', 'than'], 'atMost'],
  [['no', 'fewer', 'than'], 'atLeast'], [['no', 'less', 'than'], 'atLeast'], [['at', 'least'], 'atLeast'],
  [['more', 'than'], 'atLeast'], [['upwards', 'of'], 'atLeast'], [['in', 'excess', 'of'], 'atLeast'], [['over'], 'atLeast'],
  [['fewer', 'than'], 'atMost'], [['less', 'than'], 'atMost'], [['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'],
  [['under'], 'atMost'], [['within'], 'atMost'],
  [['close', 'to'], 'about'], [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'],
  [['approximately'], 'about'], [['nearly'], 'about'], [['almost'], 'about'], [['some'], 'about'],
  [['estimated'], 'about'], [['an', 'estimated'], 'about'],
];

/** Counted objects, by lower-case word: the class claims are matched on. */
export const OBJECT_CLASSES = wordTable<string>({
  troop: 'troops', troops: 'troops', soldier: 'troops', soldiers: 'troops', peacekeeper: 'troops', peacekeepers: 'troops',
  servicemen: 'troops', personnel: 'troops', forces: 'troops', force: 'troops', paratroopers: 'troops', marines: 'troops',
  people: 'people', persons: 'people', person: 'people', protesters: 'people', demonstrators: 'people', civilians: 'people',
  residents: 'people', lives: 'people', individuals: 'people', migrants: 'people', refugees: 'people', victims: 'people',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years', hour: 'hours', hours: 'hours',
  dollar: 'dollars', dollars: 'dollars', percent: 'percent', '%': 'percent',
});

export const DURATION_CLASSES = new Set(['days', 'weeks', 'months', 'years', 'hours']);

/** What happened to the people counted, by lemma or word. */
export const PEOPLE_EVENTS = wordTable<string>({
  detain: 'detained', arrest: 'detained', hold: 'detained', held: 'detained', jail: 'detained', imprison: 'detained',
  kill: 'killed', die: 'killed', dead: 'killed', death: 'killed', life: 'killed', lives: 'killed',
  injure: 'injured', wound: 'injured', hurt: 'injured', evacuate: 'evacuated', displace: 'displaced',
});

/** Verbs of saying: a fact's verb, not a claim's event. */
export const REPORTING = new Set([
  'said', 'say', 'says', 'told', 'tell', 'tells', 'stated', 'state', 'added', 'add', 'warned', 'warn', 'hinted', 'hint', 'noted', 'note',
  'stressed', 'stress', 'claimed', 'claim', 'according', 'reported', 'reports', 'report', 'wrote', 'writes', 'write',
]);

/** Paraphrase families, by lemma: outlets say "pull out", "withdraw", "leave". */
export const STEM_FAMILIES = wordTable<string>({
  withdraw: 'withdraw', withdrawal: 'withdraw', pull: 'withdraw', pullout: 'withdraw', pullback: 'withdraw', leave: 'withdraw',
  exit: 'withdraw', depart: 'withdraw', departure: 'withdraw', retreat: 'withdraw', move: 'withdraw',
  troop: 'troop', soldier: 'troop', peacekeeper: 'troop', military: 'troop', serviceman: 'troop', servicemen: 'troop',
  russian: 'russia', kazakh: 'kazakhstan',
  detain: 'detain', arrest: 'detain', kill: 'kill', dead: 'kill', die: 'kill',
});

export function family(stem: string): string {
  return STEM_FAMILIES[stem] ?? stem;
}
