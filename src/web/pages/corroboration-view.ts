import type { ClaimGroup, ClaimMention, CompareReport, HeadlineCheck } from '../../compare/types.js';
import { LISTED_MENTIONS } from '../../service/story-outlets.js';
import { outletChips, readingHref } from './components.js';
import { plural } from './format.js';
import { html, type Html } from './html.js';
import { agreedClaims } from '../../compare/agreed-claims.js';
import { languageName } from '../../domain/strings.js';

/** Claims shown per section before "N more claims". */
const SHOWN_CLAIMS = 8;
/**
 * Claims a section lists in all: a story of a hundred readings holds
 * thousands of claims (mostly said by one outlet), which would make the page
 * megabytes long; the full report is the API's (`compare` in the CLI).
 */
const LISTED_CLAIMS = 100;

function mention(m: ClaimMention, kind: 'compatible' | 'conflicting', claimKind: ClaimGroup['kind']): Html {
  // A quote "compatible" with another is the same speaker's words in other words.
  const tag = kind === 'conflicting' ? 'Conflicting' : claimKind === 'quote' ? 'Paraphrased' : 'Compatible';
  return html`<li class="mention mention-${kind}"><span class="tag">${tag}</span>
    “${m.text}” — <a href="${readingHref(m.id)}">${m.outlet ?? 'unknown outlet'}</a></li>`;
}

type SilentOf = (claim: ClaimGroup) => { id: string; outlet: string | null }[];

function claim(c: ClaimGroup, silentOf: SilentOf): Html {
  const all = [...c.compatible.map((m) => mention(m, 'compatible', c.kind)), ...c.conflicting.map((m) => mention(m, 'conflicting', c.kind))];
  const mentions = all.length > LISTED_MENTIONS ? [...all.slice(0, LISTED_MENTIONS), html`<li class="muted">and ${plural(all.length - LISTED_MENTIONS, 'more mention')}</li>`] : all;
  // Who says nothing matters when several outlets make the claim; for a single-outlet claim it is everyone else.
  const quiet = c.singleOutlet ? [] : silentOf(c);
  const silent = quiet.length ? html` <span class="claim-silent muted">silent: ${outletChips(quiet)}</span>` : '';
  return html`<li class="claim"><span class="claim-label">${c.label}</span> <span class="claim-outlets">${outletChips(c.statedBy)}</span>${silent}
    ${mentions.length ? html`<ul class="mentions">${mentions}</ul>` : ''}</li>`;
}

function section(id: string, title: string, hint: string, claims: readonly ClaimGroup[], silentOf: SilentOf, fullReport: string | null): Html | null {
  if (claims.length === 0) return null;
  const unlisted = claims.length - LISTED_CLAIMS;
  return html`<section class="report-section" aria-labelledby="${id}">
  <h3 id="${id}">${title} <span class="count">${claims.length}</span></h3>
  <p class="muted">${hint}</p>
  <ul class="claims">${claims.slice(0, SHOWN_CLAIMS).map((c) => claim(c, silentOf))}</ul>
  ${claims.length > SHOWN_CLAIMS ? html`<details class="more-claims"><summary>${plural(claims.length - SHOWN_CLAIMS, 'more claim')}</summary><ul class="claims">${claims.slice(SHOWN_CLAIMS, LISTED_CLAIMS).map((c) => claim(c, silentOf))}</ul>
    ${unlisted > 0 ? html`<p class="muted">${plural(unlisted, 'more claim')} not listed here${fullReport ? html`: <a href="${fullReport}">the full report</a> (JSON)` : ''}.</p>` : ''}</details>` : ''}
</section>`;
}

function headline(h: HeadlineCheck): Html {
  return html`<li class="claim"><span class="claim-label">“${h.headline}”</span> — <a href="${readingHref(h.id)}">${h.outlet ?? 'unknown outlet'}</a>
    ${h.reason ? html`<p class="muted">${h.reason}</p>` : ''}</li>`;
}

/**
 * The corroboration report: agreed, compatible and conflicting figures, single-outlet claims, unsupported headlines.
 * `silentOf` names the outlets silent on a claim shown (the report's own lists, `silent`, when it has them);
 * `fullReport` links the whole report where a section lists only its first claims.
 */
export function corroborationView(report: CompareReport, silentOf: SilentOf = (c) => c.silent, fullReport: string | null = null): Html {
  if (report.nothingToCompare) return html`<p class="muted">Nothing to compare: ${report.nothingToCompare}.</p>`;
  const agreed = agreedClaims(report);
  const compatible = report.differences.filter((c) => c.conflicting.length === 0);
  const conflicting = report.differences.filter((c) => c.conflicting.length > 0);
  const flagged = report.headlines.filter((h) => h.flagged);
  const left = report.notCompared?.length
    ? html` ${plural(report.notCompared.length, 'reading')} in another language (${[...new Set(report.notCompared.map((r) => languageName(r.language)))].join(', ')}) not compared: the claim and headline readers read English only.`
    : '';
  return html`<p class="muted">${plural(report.readings, 'reading')} from ${plural(report.outlets, 'outlet')} compared claim by claim.${left}</p>
  ${section('claims-agreed', 'Agreed', 'Stated the same way by several outlets.', agreed, silentOf, fullReport)}
  ${section('claims-compatible', 'Compatible figures and paraphrases', 'Different wording that can be true together (“more than 2,000” and “2,500”; one speaker’s words, quoted in other words).', compatible, silentOf, fullReport)}
  ${section('claims-conflicting', 'Conflicting figures', 'Figures or dates that cannot all be true.', conflicting, silentOf, fullReport)}
  ${section('claims-single', 'Said by one outlet only', 'No other outlet in the story says this.', report.singleOutlet, silentOf, fullReport)}
  <section class="report-section" aria-labelledby="claims-headlines">
    <h3 id="claims-headlines">Headlines</h3>
    ${flagged.length
      ? html`<p class="muted">Not supported by the article’s own text or by another outlet:</p><ul class="claims">${flagged.map(headline)}</ul>`
      : html`<p>Every headline is supported by its body or another outlet.</p>`}
  </section>`;
}
