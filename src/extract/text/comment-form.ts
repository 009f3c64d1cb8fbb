/**
 * The comment form under an article ("Leave a Reply", "Post a comment"): the
 * article has ended there. A graphical browser's copy prints the form's notes
 * as sentences ("Your email address will not be published.", the data-privacy
 * consent) with none of the empty fields a text browser shows between them, so
 * they can read as more body; the heading is what marks them.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';
import { FORM_HEADING_RE } from '../common/comment-headings.js';

/** Body above the heading, in word units, for the form to read as coming after the article (a link to it may head the page). */
const MIN_BODY_UNITS = 150;

/** `kept` without what follows a comment form's heading once a body stands above it. */
export function cutAtCommentForm(lines: readonly Line[], features: readonly LineFeatures[], kept: number[]): number[] {
  let units = 0;
  for (let k = 1; k < kept.length; k++) {
    units += features[kept[k - 1]!]!.units;
    if (units < MIN_BODY_UNITS) continue;
    for (let i = kept[k - 1]! + 1; i <= kept[k]!; i++) {
      if (features[i]!.units <= 5 && FORM_HEADING_RE.test(lines[i]!.text)) return kept.slice(0, k);
    }
  }
  return kept;
}
