/**
 * A byline as people write it, reduced to the names: "By DANICA KIRKA and
 * JILL LAWLESSAssociated Press" keeps the names, "Bryan DeArdo @BryanDeArdo
 * Nov 18, 2019 at 9:24 pm ET • 2 min read" loses the handle, date and
 * reading time. Null when nothing name-like is left.
 */
import { MONTH_WORDS, WEEKDAY_NAMES } from '../../domain/calendar.js';

const LEAD_RE = /^(?:(?:analysis|opinion|column|commentary|review|story|text|words|photos?)\s+)?(?:by|written by|von|par|por|di|door|av)\s*:?\s+/iu;
const MONTH = `(?:${MONTH_WORDS})\\.?`;
const WEEKDAY = WEEKDAY_NAMES.join('|');
/** Where the names stop: a separator, a handle, a date, a dateline word, a line break. */
const CUT_RE = new RegExp(
  `\\s*(?:[|•·\\n]|\\s@\\w|\\s[-–—]\\s|\\b(?:published|updated|posted|print this)\\b|(?:^|\\s|(?<=\\p{Ll}))(?:(?:${MONTH})\\s+\\d|(?:${WEEKDAY})\\b)|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
  'iu',
);
/** Glued outlet after a name: "LAWLESSAssociated Press". */
const GLUED_RE = /(?<=\p{Lu}{2,})(?=\p{Lu}\p{Ll})/u;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.replace(/[\s\u200b]+/g, (ws) => (ws.includes('\n') ? '\n' : ' ')).trim();
  text = text.replace(LEAD_RE, '');
  const cut = CUT_RE.exec(text);
  if (cut) text = text.slice(0, cut.index);
  const glued = GLUED_RE.exec(text);
  if (glued) text = text.slice(0, glued.index);
  text = text.replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
  if (!text || text.length > 100 || /^https?:/i.test(text) || !/\p{L}/u.test(text)) return null;
  return text;
}
