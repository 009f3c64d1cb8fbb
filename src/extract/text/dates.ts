/**
 * Dates written in other languages than English ("2. Januar 2024",
 * "14 mai 2021", "3 de marzo de 2023", "24 сентября 2018"), which chrono's English parser in
 * parseDate does not read. Turned into ISO and handed to parseDate. The
 * plainest English datelines skip chrono altogether (dateline.ts).
 */
import { parseDate } from '../common/dates.js';
import { readPlainDateline } from './dateline.js';
import { dictionary } from '../../domain/strings.js';

const NAMES = [
  // de, fr, es, it, pt, nl (stems: the first letters that tell months apart)
  ['januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jän'],
  ['februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['märz', 'maerz', 'mars', 'marzo', 'março', 'maart'],
  ['april', 'avril', 'abril', 'aprile'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['juni', 'juin', 'junio', 'giugno', 'junho'],
  ['juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'december'],
];
/** Russian months as a date writes them ("24 сентября 2018"), January first. */
const RUSSIAN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS: Readonly<Record<string, number>> = dictionary(NAMES.flatMap((names, month) => [...names, RUSSIAN[month]!].map((n): [string, number] => [n, month + 1])));

const DAY_MONTH_YEAR_RE = /\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})\b/u;

/** A date in any of the supported languages, ISO 8601 as parseDate returns it, or null. */
export function parseLocalizedDate(text: string): string | null {
  const plain = readPlainDateline(text.trim());
  if (plain !== undefined) return plain;
  const english = parseDate(text);
  if (english) return english;
  const m = DAY_MONTH_YEAR_RE.exec(text.toLowerCase());
  if (!m) return null;
  const month = MONTHS[m[2] ?? ''];
  const day = Number(m[1]);
  if (!month || day < 1 || day > 31) return null;
  return parseDate(`${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
