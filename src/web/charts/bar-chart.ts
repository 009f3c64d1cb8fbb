import { html, type Html } from '../pages/html.js';

export interface Bar {
  /** Axis label ("Jan 14"). */
  label: string;
  value: number;
  /** Tooltip and table text ("Jan. 14, 2022: 3 readings"). */
  detail: string;
}

export interface ColumnChartOptions {
  id: string;
  title: string;
  /** One sentence saying what the chart shows, for screen readers. */
  description: string;
  bars: readonly Bar[];
  /** Show every nth label on the axis (all when 1). */
  labelEvery?: number;
}

const WIDTH = 960;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 36 };

/** A nice upper bound for the axis: 1, 2, 5 × 10^n at or above max. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const base = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * base >= max) return m * base;
  return 10 * base;
}

const fixed = (n: number): string => n.toFixed(1);

/**
 * Vertical bars over time, as a server-rendered SVG that scales to its
 * container. Colours come from the page's CSS (classes only, no inline
 * styles), so the chart follows light and dark mode.
 */
export function columnChart(options: ColumnChartOptions): Html {
  const { bars } = options;
  const top = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.max(1, slot * 0.7);
  const every = options.labelEvery ?? 1;
  const y = (v: number): number => PAD.top + plotH - (v / top) * plotH;
  const ticks = Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top];
  return html`<figure class="chart">
  <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" preserveAspectRatio="xMidYMid meet">
    <title id="${options.id}-title">${options.title}</title>
    <desc id="${options.id}-desc">${options.description}</desc>
    ${ticks.map((t) => html`<line class="chart-grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fixed(y(t))}" y2="${fixed(y(t))}"></line>
    <text class="chart-tick" x="${PAD.left - 6}" y="${fixed(y(t) + 4)}" text-anchor="end">${formatTick(t)}</text>`)}
    ${bars.map((b, i) => {
      const x = PAD.left + i * slot + (slot - barW) / 2;
      const h = (b.value / top) * plotH;
      return html`<g><rect class="chart-bar" x="${fixed(x)}" y="${fixed(y(b.value))}" width="${fixed(barW)}" height="${fixed(h)}"><title>${b.detail}</title></rect>${
        i % every === 0 ? html`<text class="chart-label" x="${fixed(x + barW / 2)}" y="${HEIGHT - 8}" text-anchor="middle">${b.label}</text>` : ''
      }</g>`;
    })}
  </svg>
  <figcaption>${options.title}</figcaption>
  ${dataTable(options.title, bars)}
</figure>`;
}

function formatTick(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toFixed(1)}M`;
  if (n >= 1000) return `${+(n / 1000).toFixed(1)}k`;
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The same figures as a table, behind a disclosure: for screen readers and for copying. */
function dataTable(title: string, bars: readonly Bar[]): Html {
  return html`<details class="chart-table"><summary>${title} as a table</summary>
  <table><tbody>${bars.map((b) => html`<tr><td>${b.detail}</td></tr>`)}</tbody></table></details>`;
}

export interface HorizontalBar {
  label: string;
  value: number;
  /** Text after the bar ("42 readings"). */
  valueText: string;
  href?: string;
}

/** Ranked horizontal bars (top outlets), as SVG with a text label per row. */
export function rankChart(id: string, title: string, rows: readonly HorizontalBar[]): Html {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 28;
  const height = rows.length * rowH + 4;
  const labelW = 220;
  const valueW = 130;
  const plotW = WIDTH - labelW - valueW;
  return html`<figure class="chart">
  <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title">
    <title id="${id}-title">${title}: ${rows.map((r) => `${r.label} ${r.valueText}`).join('; ')}</title>
    ${rows.map((r, i) => {
      const yTop = i * rowH + 4;
      const w = Math.max(2, (r.value / max) * plotW);
      const label = r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label;
      const row = html`<text class="chart-label" x="${labelW - 8}" y="${yTop + 17}" text-anchor="end">${label}</text>
      <rect class="chart-bar" x="${labelW}" y="${yTop + 4}" width="${fixed(w)}" height="${rowH - 10}" rx="3"><title>${r.label}: ${r.valueText}</title></rect>
      <text class="chart-value" x="${fixed(labelW + w + 6)}" y="${yTop + 17}">${r.valueText}</text>`;
      return r.href ? html`<a class="chart-link" href="${r.href}" aria-label="${r.label}: ${r.valueText}">${row}</a>` : html`<g>${row}</g>`;
    })}
  </svg>
  <figcaption>${title}</figcaption>
</figure>`;
}
