/**
 * Headlines that title something other than the event: an outlet's own piece
 * ("PolitiFact’s guide to understanding tariffs and trade") or someone's words
 * ("Impeachment sham completely debunked: White House"). A story's title and
 * its summary's headline are such a headline only when every one is.
 */

/**
 * "…: White House", "…: report", "…, says Trump": who a headline's words are, after them. The colon ends a clause of
 * four words or more ("Coronavirus: UK" is a topic and a place), and what follows it is a name of up to four words
 * or a word for a source.
 */
const SAID_BY_RE = /(?:^(?:\S+\s+){3,}\S+:\s*(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|reports?|sources?|officials?|study|poll|survey)|,\s*(?:says?|said|claims?|warns?)\s+[\p{L}.'’ -]{1,40})$/u;
/** Title Case tails after a colon that name a kind of piece, not a source: "…: Live Updates", "…: What We Know". */
const PIECE_WORDS = new Set(['live', 'updates', 'update', 'what', 'how', 'why', 'who', 'we', 'you', 'know', 'need', 'photos', 'pictures', 'video', 'videos', 'explained', 'timeline', 'analysis', 'opinion', 'review', 'recap', 'highlights', 'latest', 'breaking', 'watch', 'listen', 'podcast', 'q&a']);
/** "Trump on Friday: 'I don't know Matt Whitaker'", "“We will win,” Trump says": a headline that is a quotation. */
const QUOTED_RE = /^[^:]{1,60}:\s*["“‘'][^"“”]+["”’']$|^["“].+["”](?:\s*[,:—–-]?\s*[\p{L} .'’-]{0,40})?$/u;

/**
 * Whether a headline gives someone's words, not what happened: "Impeachment
 * sham completely debunked: White House" tells what the White House says.
 */
export function isAttributedHeadline(title: string): boolean {
  const trimmed = title.trim();
  if (QUOTED_RE.test(trimmed)) return true;
  const said = SAID_BY_RE.exec(trimmed);
  if (!said) return false;
  const name = said.groups?.name;
  return name === undefined || !name.split(/\s+/u).some((w) => PIECE_WORDS.has(w.toLowerCase()));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a headline names its own outlet ("PolitiFact’s guide to …", "Fox
 * News Poll: …"): the title of the outlet's piece, not of the event.
 */
export function titleNamesOutlet(title: string, outlet: string | null): boolean {
  const name = outlet?.trim();
  if (!name) return false;
  const at = title.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = title[at - 1];
  const after = title[at + name.length];
  return (before === undefined || !LETTER_OR_DIGIT.test(before)) && (after === undefined || !LETTER_OR_DIGIT.test(after));
}

/** Whether a headline titles its outlet's piece or someone's words rather than what happened. */
export const titlesAnotherThing = (title: string, outlet: string | null): boolean => titleNamesOutlet(title, outlet) || isAttributedHeadline(title);
