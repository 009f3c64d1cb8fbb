import type { AppDeps } from '../context.js';
import { nowOf } from '../context.js';
import { computeStats } from './stats-data.js';
import { statsView } from './stats-view.js';
import { guarded, renderPage, type PagesApp } from './respond.js';

export function registerStats(app: PagesApp, deps: AppDeps): void {
  app.get('/stats', (c) => guarded(c, () => {
    const now = nowOf(deps);
    const stats = computeStats(c.var.storage.readings.iterate({}), now);
    return renderPage(c, 'stats', 'Stats', statsView(stats));
  }));
}
