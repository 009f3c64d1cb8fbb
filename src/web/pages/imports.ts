import type { AppDeps } from '../context.js';
import { importView, IMPORT_REFRESH_SECONDS } from './imports-view.js';
import { errorPage, renderPage, type PagesApp } from './respond.js';

/** An import's page: its progress while it runs (the page reloads itself), what it added and what failed. */
export function registerImports(app: PagesApp, deps: AppDeps): void {
  app.get('/imports/:id', (c) => {
    const status = deps.imports.get(c.var.library.path, c.req.param('id'));
    if (!status) return errorPage(c, 404, 'Not found', 'No such import: imports are kept until the server restarts.');
    const running = status.state === 'running';
    return renderPage(c, 'add', running ? `Importing ${status.file}` : `Imported ${status.file}`, importView(status), 200, running ? { refreshSeconds: IMPORT_REFRESH_SECONDS } : {});
  });
}
