import type { AppDeps } from '../context.js';
import { registerAdd } from './add.js';
import { registerExport } from './export.js';
import { registerFeeds } from './feeds.js';
import { registerImports } from './imports.js';
import { registerLibrary } from './library.js';
import { registerLogin } from './login.js';
import { registerReader } from './reader.js';
import type { PagesApp } from './respond.js';
import { registerStatic } from './static.js';
import { registerStats } from './stats.js';
import { registerStories } from './story.js';

/**
 * The server-rendered web app: library (and its export), reader, stories, feeds, add, stats, and the
 * stylesheet and script they use. Every route reads the signed-in user's
 * library from `c.var.storage` (see ../context.ts) and calls the same
 * service layer as the CLI.
 */
export function registerPages(app: PagesApp, deps: AppDeps): void {
  registerStatic(app);
  registerLogin(app);
  registerLibrary(app);
  registerExport(app);
  registerReader(app, deps);
  registerStories(app);
  registerFeeds(app, deps);
  registerAdd(app, deps);
  registerImports(app, deps);
  registerStats(app, deps);
}
