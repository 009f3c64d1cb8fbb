/**
 * How agency photo captions end, for the text cleaner (a caption line of a
 * dump) and the summaries (a caption left inside a page's paragraph).
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';

/**
 * An agency photo's caption ends on its full date and place: "A view of India
 * Gate amid smog, on November 8, 2019 in New Delhi, India." Prose gives the
 * date and the place its own way; none of the 121 reference bodies ends a
 * paragraph like this, five caption lines of their pages do.
 */
export const AGENCY_CAPTION_RE = new RegExp(String.raw`\b(?:${MONTH_NAMES.join('|')}) \d{1,2}, (?:19|20)\d\d,? in \p{Lu}[\p{L} .'-]+(?:, \p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*)*\.?$`, 'u');

/**
 * A caption that ends on the weekday and the full date the photo was taken:
 * "…, passes a Boeing Co. 787-10 passenger aircraft … at the 15th Dubai Air
 * Show in Dubai, United Arab Emirates, on Monday, Nov. 13, 2017."
 */
export const DATED_CAPTION_RE = new RegExp(String.raw`\bon (?:${WEEKDAY_NAMES.join('|')}), (?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.?$`, 'u');
