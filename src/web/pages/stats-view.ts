import { columnChart, rankChart } from '../charts/bar-chart.js';
import { queryString } from './components.js';
import { formatDay, formatNumber, plural } from './format.js';
import { html, type Html } from './html.js';
import type { ReadingStats } from './stats-data.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const short = (day: string): string => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;

function totals(s: ReadingStats): Html {
  const item = (value: number, label: string): Html => html`<div class="stat"><dt>${label}</dt><dd>${formatNumber(value)}</dd></div>`;
  return html`<dl class="stats stats-wide">
    ${item(s.readings, 'Readings in the library')}
    ${item(s.readReadings, 'Readings opened')}
    ${item(s.reads, 'Reads')}
    ${item(s.wordsRead, 'Words read')}
  </dl>`;
}

/** What you read per day and per week, what came in per day, top outlets and words read: server-rendered SVG, no script. */
export function statsView(s: ReadingStats): Html {
  if (s.readings === 0) {
    return html`<div class="page-head"><h1>Stats</h1></div><p class="empty">Nothing to count yet. <a href="/add">Add a reading</a> and open it.</p>`;
  }
  const read = s.readReadings > 0;
  return html`<div class="stats-page">
  <div class="page-head"><h1>Stats</h1></div>
  ${totals(s)}
  ${read ? html`<section class="panel" aria-labelledby="stats-days">
    <h2 id="stats-days">Per day</h2>
    ${columnChart({
      id: 'chart-days',
      title: 'Readings by the day you last read them, last 30 days',
      description: `${plural(s.perDay.reduce((n, d) => n + d.readings, 0), 'reading')} read in the last 30 days.`,
      bars: s.perDay.map((d) => ({ label: short(d.day), value: d.readings, detail: `${formatDay(d.day)}: ${plural(d.readings, 'reading')}, ${plural(d.words, 'word')}` })),
      labelEvery: 5,
    })}
  </section>
  <section class="panel" aria-labelledby="stats-weeks">
    <h2 id="stats-weeks">Per week</h2>
    ${columnChart({
      id: 'chart-weeks',
      title: 'Words read per week, last 12 weeks',
      description: `${plural(s.perWeek.reduce((n, d) => n + d.words, 0), 'word')} read in the last 12 weeks.`,
      bars: s.perWeek.map((d) => ({ label: short(d.day), value: d.words, detail: `Week of ${formatDay(d.day)}: ${plural(d.words, 'word')} in ${plural(d.readings, 'reading')}` })),
      labelEvery: 2,
    })}
  </section>` : html`<p class="empty">You have not opened any reading yet: the charts of what you read appear once you do.</p>`}
  <section class="panel" aria-labelledby="stats-added">
    <h2 id="stats-added">Added</h2>
    ${columnChart({
      id: 'chart-added',
      title: 'Readings added per day, last 30 days',
      description: `${plural(s.addedPerDay.reduce((n, d) => n + d.readings, 0), 'reading')} added in the last 30 days.`,
      bars: s.addedPerDay.map((d) => ({ label: short(d.day), value: d.readings, detail: `${formatDay(d.day)}: ${plural(d.readings, 'reading')} added, ${plural(d.words, 'word')}` })),
      labelEvery: 5,
    })}
  </section>
  <section class="panel" aria-labelledby="stats-outlets">
    <h2 id="stats-outlets">Top outlets</h2>
    ${rankChart('chart-outlets', read ? 'Outlets by reads' : 'Outlets by readings', s.topOutlets.map((o) => ({
      // Readings that name no outlet are counted by their category, and say so.
      label: o.isOutlet ? o.outlet : `${o.outlet} (no outlet)`,
      value: read ? o.reads : o.readings,
      valueText: read ? `${plural(o.reads, 'read')} · ${plural(o.readings, 'reading')}` : plural(o.readings, 'reading'),
      href: `/${queryString(o.isOutlet ? { source: o.outlet } : { category: o.outlet })}`,
    })))}
  </section>
</div>`;
}
