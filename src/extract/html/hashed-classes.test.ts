import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const BODY = [
  'Chargers coach Anthony Lynn said his team’s playoff hopes were slim after Monday night’s loss to the Chiefs in Mexico City.',
  'Lynn said the Chargers had seen winning on Monday as the most important step toward getting back into the playoff race this season.',
  'Instead, four interceptions by the quarterback left the team at four wins and seven losses with six games to play in the regular season.',
  'The coach said he had not considered a change at quarterback during the game, and that he would look at the film before deciding anything.',
  'Asked about the spiked ball in the final minute, Lynn said the play call had been his and that he would take responsibility for it.',
  'The Chargers play the Broncos in Denver next week, a game the coach called a must-win for a team that still believes in its roster.',
  'Several players said in the locker room that the season was not over, though none of them could explain the turnovers that decided the night.',
];

const COMMENTS = [
  'It’s a good thing we have no fans left because this is a dumpster fire and everyone in the stadium could see it coming from the first drive.',
  'As usual too many mistakes by the quarterback. With the other team’s receiver out, the defense should have had a much better night than that.',
  'Get a new quarterback already. You have a good team, but you need a passer who will not throw interceptions in the final minutes of a game.',
  'Another team suffering from a Super Bowl run hangover, and nothing the coach says after the game is going to change that for anybody watching.',
  'If you needed to win, you do not spike the ball needlessly in the final minute, giving up a valuable play while the other side is tired out.',
];

/**
 * A page whose every class and id is a hash (CSS-in-JS builds), so that no name
 * says "comment" or "article-body". The comments under the article are
 * WordPress's: a list of <article> elements each signed by a <footer> (the
 * author "says:", a link to the comment on its time).
 */
const page = `<html><head><title>Lynn: We needed to win this game | Pro Football Talk</title></head><body>
  <div class="css-1q2w3e"><div class="css-9z8y7x"><article class="css-4r5t6y"><h1 class="css-0a1b2c">Lynn: We needed to win this game</h1>
  ${BODY.map((p) => `<p class="css-7u8i9o">${p}</p>`).join('')}</article>
  <div class="css-3e4r5t"><h2 class="css-6y7u8i">15 responses to “Lynn: We needed to win this game”</h2><ol class="css-1n2m3b">
  ${[...COMMENTS, ...COMMENTS.map((c) => `${c} Same as last year.`), ...COMMENTS.map((c) => `Agreed. ${c}`)].map((c, i) => `<li class="css-5g6h7j"><article class="css-8k9l0z"><footer class="css-4d5f6g"><div class="css-7h8j9k"><b>reader${i}</b> <span>says:</span></div>
    <div class="css-0l1z2x"><a href="/2019/11/19/lynn#comment-${i}"><time datetime="2019-11-19T0${i}:34:04-05:00">November 19, 2019 at ${i}:34 am</time></a></div></footer>
    <div class="css-3c4v5b"><p>${c}</p></div></article></li>`).join('')}
  </ol></div></div></div></body></html>`;

describe('a page whose class names say nothing', () => {
  it('keeps the comments signed by their footers out of the article', () => {
    expect(extractHtml(page, { url: 'https://profootballtalk.example/2019/11/19/lynn' }).paragraphs).toEqual(BODY);
  });

  it('does not take a cookie notice for the article, and finds the article without it', () => {
    const notice = 'We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audience is coming from. To find out more or to opt out, please read our Cookie Policy. In addition, please read our Privacy Policy, which has also been updated and became effective December 30th, 2019.';
    const rows = ['Larry Ogunjobi 63 85% 1 tackle', 'Sheldon Richardson 60 81% 4 tackles', 'Olivier Vernon 55 74% 2 tackles', 'Myles Garrett 52 70% 1 sack', 'Chris Smith 30 41% 1 tackle', 'Devaroe Lawrence 12 16% none'];
    const statsPage = `<html><head><title>Browns’ defensive snap counts: Week 11</title></head><body>
      <div class="css-a1b2c3"><p class="css-d4e5f6">${notice}</p><div class="css-0a0a0a"><a href="/cookies">Cookie settings</a></div></div>
      <div class="css-1x2y3z"><div class="css-4u5v6w"><h1>Browns’ defensive snap counts: Week 11</h1>
      <p>Below, we analyze the snap counts and stats on defense for the Cleveland Browns’ Week 11 game against the Pittsburgh Steelers.</p>
      <h3>Defensive Line</h3><table><tr><th>Player</th><th>Plays</th><th>%</th><th>Stats</th></tr>${rows.map((r) => `<tr>${r.split(' ').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>
      <ul><li>Garrett was ejected late in the game.</li><li>Vernon returned from injury.</li></ul></div></div></body></html>`;
    const { paragraphs } = extractHtml(statsPage, { url: null });
    expect(paragraphs.join(' ')).not.toMatch(/cookies/);
    expect(paragraphs[0]).toMatch(/^Below, we analyze the snap counts/);
  });
});
