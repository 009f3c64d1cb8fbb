import type { ClaimGroup, ClaimMention, CompareReport, HeadlineCheck } from '../../compare/types.js';
import { readingHref } from './components.js';
import { plural } from './format.js';
import { html, join, type Html } from './html.js';

/** Claims shown per section before "N more claims". */
const SHOWN_CLAIMS = 8;

/** Each outlet once, linked to the reading where it says it. */
function outletLinks(mentions: readonly { id: string; outlet: string | null }[]): Html {
  const seen = new Map<string, string>();
  for (const m of mentions) {
    const name = m.outlet ?? 'unknown outlet';
    if (!seen.has(name)) seen.set(name, m.id);
  }
  return join([...seen].map(([name, id]) => html`<a class="chip" href="${readingHref(id)}">${name}</a>`), ' ');
}

function mention(m: ClaimMention, kind: 'compatible' | 'conflicting', claimKind: ClaimGroup['kind']): Html {
  // A quote "compatible" with another is the same speaker's words in other words.
  const tag = kind === 'conflicting' ? 'Conflicting' : claimKind === 'quote' ? 'Paraphrased' : 'Compatible';
  return html`<li class="mention mention-${kind}"><span class="tag">${tag}</span>
    “${m.text}” — <a href="${readingHref(m.id)}">${m.outlet ?? 'unknown outlet'}</a></li>`;
}

function claim(c: ClaimGroup): Html {
  const mentions = [...c.compatible.map((m) => mention(m, 'compatible', c.kind)), ...c.conflicting.map((m) => mention(m, 'conflicting', c.kind))];
  // Who says nothing matters when several outlets make the claim; for a single-outlet claim it is everyone else.
  const silent = !c.singleOutlet && c.silent.length ? html` <span class="claim-silent muted">silent: ${outletLinks(c.silent)}</span>` : '';
  return html`<li class="claim"><span class="claim-label">${c.label}</span> <span class="claim-outlets">${outletLinks(c.statedBy)}</span>${silent}
    ${mentions.length ? html`<ul class="mentions">${mentions}</ul>` : ''}</li>`;
}

function section(id: string, title: string, hint: string, claims: readonly ClaimGroup[]): Html | null {
  if (claims.length === 0) return null;
  return html`<section class="report-section" aria-labelledby="${id}">
  <h3 id="${id}">${title} <span class="count">${claims.length}</span></h3>
  <p class="muted">${hint}</p>
  <ul class="claims">${claims.slice(0, SHOWN_CLAIMS).map(claim)}</ul>
  ${claims.length > SHOWN_CLAIMS ? html`<details class="more-claims"><summary>${plural(claims.length - SHOWN_CLAIMS, 'more claim')}</summary><ul class="claims">${claims.slice(SHOWN_CLAIMS).map(claim)}</ul></details>` : ''}
</section>`;
}

function headline(h: HeadlineCheck): Html {
  return html`<li class="claim"><span class="claim-label">“${h.headline}”</span> — <a href="${readingHref(h.id)}">${h.outlet ?? 'unknown outlet'}</a>
    ${h.reason ? html`<p class="muted">${h.reason}</p>` : ''}</li>`;
}

/** The corroboration report: agreed, compatible and conflicting figures, single-outlet claims, unsupported headlines. */
export function corroborationView(report: CompareReport): Html {
  if (report.nothingToCompare) return html`<p class="muted">Nothing to compare: ${report.nothingToCompare}.</p>`;
  const agreed = report.claims.filter((c) => !c.singleOutlet && c.compatible.length === 0 && c.conflicting.length === 0 && new Set(c.statedBy.map((m) => m.outlet)).size > 1);
  const compatible = report.differences.filter((c) => c.conflicting.length === 0);
  const conflicting = report.differences.filter((c) => c.conflicting.length > 0);
  const flagged = report.headlines.filter((h) => h.flagged);
  return html`<p class="muted">${plural(report.readings, 'reading')} from ${plural(report.outlets, 'outlet')} compared claim by claim.</p>
  ${section('claims-agreed', 'Agreed', 'Stated the same way by several outlets.', agreed)}
  ${section('claims-compatible', 'Compatible figures and paraphrases', 'Different wording that can be true together (“more than 2,000” and “2,500”; one speaker’s words, quoted in other words).', compatible)}
  ${section('claims-conflicting', 'Conflicting figures', 'Figures or dates that cannot all be true.', conflicting)}
  ${section('claims-single', 'Said by one outlet only', 'No other outlet in the story says this.', report.singleOutlet)}
  <section class="report-section" aria-labelledby="claims-headlines">
    <h3 id="claims-headlines">Headlines</h3>
    ${flagged.length
      ? html`<p class="muted">Not supported by the article’s own text or by another outlet:</p><ul class="claims">${flagged.map(headline)}</ul>`
      : html`<p>Every headline is supported by its body or another outlet.</p>`}
  </section>`;
}
