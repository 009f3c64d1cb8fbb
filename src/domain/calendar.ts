/**
 * English month and weekday names as pattern parts, for every reader of
 * dates: the text cleaner's lines, a page's blocks, claims and reasons.
 */

/** Each month's first three letters: followed by `[a-z]*` they match its name and its abbreviations ("Sept."). */
export const MONTH_STEMS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

/** Months as words of their own, in lower case: the names and their abbreviations ("january", "jan", "sept"). */
export const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/** What each weekday's name says before "day". */
export const WEEKDAY_STEMS = 'mon|tues|wednes|thurs|fri|satur|sun';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** In `Date#getDay()` order. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
