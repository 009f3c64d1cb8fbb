/**
 * Whether a line is about the same thing as the body: the share of its
 * content words (not function words, at least 3 letters) that the main
 * region also uses.
 */
const STOPWORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has him his how its may new now old see two who did get let put say she too use that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them well were what into most also after which their there would about could other these those where while being under since said says does should then because through before between against during without within upon onto across among into off per via yet nor both each few own same so thus ' +
    'der die das und ist nicht mit sich des auf für als auch eine einer eines dem den zum zur bei nach von vom aus wie über noch nur oder aber wenn ' +
    'les des une est pas pour que qui dans par sur avec sont mais plus ses leur aux ont été ' +
    'los las del una por con para que como más pero sus fue han ' +
    'che per con non una della delle degli sono alla nel nella come anche più ' +
    'это как что для его она они был была были уже или при так все'
  ).split(' '),
);

const WORD_RE = /[\p{L}][\p{L}\p{N}_]*/gu;
const UNSPACED_RE = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** The content words of a text, lower-cased. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(WORD_RE) ?? []) {
    if (UNSPACED_RE.test(w)) {
      // Scripts written without spaces: character bigrams stand in for words.
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    } else if (w.length >= 3 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Counts of content words over a set of texts. */
export function termCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of contentWords(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Share of a text's content words found in `counts` after removing the text's
 * own contribution (so a line never overlaps with itself). Null when the text
 * has no content words.
 */
export function overlap(text: string, counts: ReadonlyMap<string, number>, selfIncluded: boolean): number | null {
  const words = contentWords(text);
  if (words.length === 0) return null;
  const own = new Map<string, number>();
  if (selfIncluded) for (const w of words) own.set(w, (own.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of words) if ((counts.get(w) ?? 0) - (own.get(w) ?? 0) > 0) hit++;
  return hit / words.length;
}
