import * as chrono from 'chrono-node/en';

/**
 * chrono's strict English parser without its "3 days ago / in 2 weeks" parsers:
 * we drop relative dates anyway, and their patterns cost ~170 ms of regex
 * compilation on a thread's first date, paid again in every worker.
 */
const parser = ((): chrono.Chrono => {
  const lean = chrono.strict.clone();
  lean.parsers = lean.parsers.filter((p) => !p.constructor.name.startsWith('ENTimeUnit'));
  return lean;
})();

/**
 * Normalize a date as found in a page (meta tag, JSON-LD, a "Published …" line)
 * to ISO 8601: `YYYY-MM-DD` when only the day is known, else a UTC timestamp
 * `YYYY-MM-DDTHH:MM:SSZ`. A time without a zone is taken as UTC.
 * Returns null when the text holds no date with a certain year.
 */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (!trimmed) return null;
  const iso = parseIsoLike(trimmed);
  if (iso) return iso;
  // Only a spelled-out year can pass the checks below, and chrono costs about
  // a millisecond a call: text without one is not worth parsing.
  if (!YEAR_RE.test(trimmed) && !SHORT_YEAR_RE.test(trimmed)) return null;
  // chrono reads the wall clock of the local zone; parse as UTC so the result
  // does not depend on the machine's TZ.
  const results = parser.parse(trimmed, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const year = s.get('year');
    if (year === null || year < 1990 || year > 2100) continue;
    // Relative dates ("yesterday", "2 hours ago") are certain only against a
    // clock we do not have: keep matches that spell the year out.
    if (!r.text.includes(String(year)) && !SHORT_YEAR_RE.test(r.text)) continue;
    if (!s.isCertain('hour')) return dateOnly(year, s.get('month') ?? 1, s.get('day') ?? 1);
    return toUtcIso(s.date());
  }
  return null;
}

const YEAR_RE = /199\d|20\d\d|2100/;
const SHORT_YEAR_RE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseIsoLike(text: string): string | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const z = zone ? (zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : 'Z';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${z}`);
  return Number.isNaN(date.getTime()) ? null : toUtcIso(date);
}

/** False for days such as 30 February, which Date would roll over into March. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function dateOnly(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "/2019/11/19/", "/2019/nov/18/", "/2019-11-19/" or "-2019-11-19" in a slug: a year, a month and a day in a row. */
const URL_DAY_RE = /(?:^|[/_-])((?:19|20)\d{2})([/_-])(\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\2(\d{1,2})(?=$|[/_.-])/iu;
/** "…-20191115/": eight digits that end a slug. */
const URL_COMPACT_DAY_RE = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/.])/u;

/**
 * The day an article's address names, as `YYYY-MM-DD`, or null: news sites
 * print it in the path ("/story/news/2019/11/19/…", "/article/2019/nov/18/…",
 * "…-immune-responses-20191115/"), where a page whose meta tags carry a
 * placeholder date ("0001-01-01") and no dateline is still dated right. The
 * query and the fragment are not read (tracking parameters carry dates too).
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DAY_RE.exec(path);
  if (m) {
    const month = /^\d+$/u.test(m[3]!) ? Number(m[3]) : MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1;
    const day = dayOrNull(Number(m[1]), month, Number(m[4]));
    if (day) return day;
  }
  const c = URL_COMPACT_DAY_RE.exec(path);
  return c ? dayOrNull(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}

function dayOrNull(year: number, month: number, day: number): string | null {
  return month >= 1 && month <= 12 && day >= 1 && isCalendarDay(year, month, day) ? dateOnly(year, month, day) : null;
}
