import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { ReadingsError } from '../../domain/errors.js';
import { FULL_TEXT_MODES, type FullTextMode } from '../../feeds/full-text.js';
import { errorLine } from '../../store/busy.js';
import type { Feed, FeedWithCounts } from '../../store/feed-store.js';
import type { ExtractPool } from '../../service/extract-pool.js';
import { feedDepsOf, type FeedDeps, type RefreshDeps } from '../../service/feeds/deps.js';
import { feedView } from '../../service/feeds/feed-view.js';
import type { FeedRefreshResult } from '../../service/feeds/refresh.js';
import type { CliContext } from '../context.js';
import { formatFailure, formatTime } from '../format.js';
import { EXIT, printJson, printLine } from '../output.js';
import { startProgress } from '../progress.js';
import { regroupRecentStories, reportRegrouped } from '../regroup-recent.js';
import { poolCapacity } from '../../service/pool-sizing.js';
import { boundHeapGrowth } from '../heap-growth.js';

interface GlobalLike {
  db?: string;
  allowPrivate?: boolean;
}

function feedDeps(ctx: CliContext): FeedDeps {
  return feedDepsOf(ctx.config, ctx.storage());
}

/**
 * The extraction pool, started on the first entry to extract: a refresh where
 * every feed answers 304 never loads extraction at all.
 */
function lazyPool(size: number, heapMb: number): ExtractPool {
  let pool: Promise<ExtractPool> | null = null;
  const get = (): Promise<ExtractPool> => (pool ??= import('../../service/extract-pool.js').then((m) => m.createExtractPool(size, heapMb)));
  return {
    capacity: poolCapacity(size), // as createExtractPool gives
    prepare: async (raw, hints, ctx) => (await get()).prepare(raw, hints, ctx),
    close: async () => {
      if (pool) await (await pool).close();
    },
  };
}

async function withRefreshDeps<T>(ctx: CliContext, feeds: number, fn: (deps: RefreshDeps) => Promise<T>): Promise<T> {
  // Worker threads pay off for many feeds' entries; a feed or two is extracted in-process.
  if (feeds >= 4) boundHeapGrowth();
  const pool = lazyPool(feeds >= 4 ? ctx.config.workers : 0, ctx.config.workerHeapMb);
  try {
    return await fn({ ...feedDeps(ctx), pool, relate: ctx.config.relate });
  } finally {
    await pool.close();
  }
}

const err = (line: string): void => {
  process.stderr.write(`readings: ${line}\n`);
};

function feedLine(f: FeedWithCounts): string {
  const state = f.status === 'disabled' ? 'disabled' : f.errorCount > 0 ? `${f.errorCount} error(s)` : f.lastFetchedAt ? 'ok' : 'new';
  const error = f.lastError ? `\n      last error: ${f.lastError} [${f.lastErrorCode}]` : '';
  return `${String(f.id).padStart(4)}  ${f.title ?? '(untitled)'}  <${f.url}>  [${f.category ?? '—'}]  ${f.items} items, ${f.unread} unread · ${state} · fetched ${formatTime(f.lastFetchedAt)} · next ${f.status === 'disabled' ? '—' : formatTime(f.nextFetchAt)}${error}`;
}

export function resultLine(r: FeedRefreshResult): string {
  const name = `feed ${r.feedId} ${r.title ?? r.url}`;
  switch (r.status) {
    case 'not_modified':
      return `${name}: not modified`;
    case 'error':
      return `${name}: error ${r.error ? formatFailure(r.error) : ''}`;
    default: {
      const parts = [`${r.added} new`];
      if (r.failed) parts.push(`${r.failed} stored with extraction failures`);
      if (r.duplicates) parts.push(`${r.duplicates} already in the library`);
      if (r.rejected) parts.push(`${r.rejected} rejected`);
      parts.push(`${r.unchanged} unchanged`);
      if (r.fullTextFailures.length) parts.push(`${r.fullTextFailures.length} kept the feed's text (article fetch failed)`);
      return `${name}: ${r.status === 'new' ? 'new' : 'unchanged'} (${parts.join(', ')})`;
    }
  }
}

function resultJson(r: FeedRefreshResult): Record<string, unknown> {
  return { ...r, error: r.error && { code: r.error.code, message: r.error.message, input: r.error.input } };
}

/** Prints a refresh's outcome; returns the exit code. */
function reportResults(results: FeedRefreshResult[], json: boolean, deferred: string[]): number {
  for (const line of deferred) printLine(line);
  if (json) printJson({ feeds: results.map(resultJson) });
  for (const r of results) {
    if (r.error) err(formatFailure(r.error));
    for (const n of r.notes) err(`${n.input}: ${n.message} [${n.code}]`);
    for (const p of r.problems) err(formatFailure(p));
    for (const f of r.fullTextFailures) err(`${formatFailure(f)} (the feed's text was stored instead)`);
  }
  const errors = results.filter((r) => r.status === 'error').length;
  const entryProblems = results.some((r) => r.rejected > 0);
  if (results.length > 1 && !json) {
    const count = (s: string): number => results.filter((r) => r.status === s).length;
    const added = results.reduce((n, r) => n + r.added + r.failed, 0);
    process.stderr.write(`${results.length} feeds: ${count('new')} with new entries (${added} readings), ${count('unchanged')} unchanged, ${count('not_modified')} not modified, ${errors} with errors\n`);
  }
  if (errors === 0 && !entryProblems) return EXIT.ok;
  return errors === results.length && results.length > 0 ? EXIT.error : EXIT.partial;
}

async function runRefresh(ctx: CliContext, feeds: Feed[], json: boolean): Promise<number> {
  const { refreshFeeds } = await import('../../service/feeds/refresh.js');
  const progress = startProgress('Refreshing', feeds.length);
  const deferred: string[] = [];
  const tty = feeds.length >= 2 && process.stderr.isTTY;
  const results = await withRefreshDeps(ctx, feeds.length, (deps) =>
    refreshFeeds(feeds, deps, {
      groupCommits: true,
      onResult: (r) => {
        progress.tick();
        if (json) return;
        if (tty) deferred.push(resultLine(r));
        else printLine(resultLine(r));
      },
    }),
  );
  progress.stop();
  const code = reportResults(results, json, deferred);
  if (results.some((r) => r.added > 0)) await regroupRecentStories(ctx, 'refresh');
  return code;
}

function parseMode(value: string): FullTextMode {
  if (!(FULL_TEXT_MODES as readonly string[]).includes(value)) {
    throw new ReadingsError('invalid_argument', `--full-text must be one of ${FULL_TEXT_MODES.join(', ')}`, value);
  }
  return value as FullTextMode;
}

export function registerFeeds(program: Command, context: () => CliContext): void {
  const feeds = program.command('feeds').description('subscriptions: RSS, Atom, RSS 1.0 and JSON Feed; OPML import and export');
  const sub = (name: string, opts?: { isDefault: boolean }): Command => {
    const cmd = feeds.command(name, opts).option('--db <path>', 'library file').option('--allow-private', 'allow private addresses');
    cmd.hook('preAction', (_this, action) => {
      const local = action.opts<GlobalLike>();
      if (local.db) program.setOptionValue('db', local.db);
      if (local.allowPrivate) program.setOptionValue('allowPrivate', true);
    });
    return cmd;
  };

  sub('list', { isDefault: true })
    .description('every subscription: title, URL, category, items, unread, last and next fetch, status, errors')
    .option('--json', 'JSON output')
    .action((options: { json?: boolean }) => {
      const list = context().storage().feeds.list();
      if (options.json) {
        printJson({ feeds: list.map(feedView) });
        return;
      }
      if (list.length === 0) printLine('No feeds. Subscribe with: readings feeds add <site-or-feed-url>');
      for (const f of list) printLine(feedLine(f));
    });
  sub('add')
    .description('subscribe to a site (its feeds are discovered) or a feed URL, then fetch its entries')
    .argument('<url>', 'site or feed URL')
    .option('--category <name>', 'category for its readings (default: the feed title, slugified)')
    .option('--title <title>', 'name the feed instead of using its own title')
    .addOption(new Option('--full-text <mode>', 'fetch the original article: auto (when the feed has only a teaser), always, never').default('auto'))
    .option('--all', 'subscribe to every feed the page names, not only the first')
    .option('--no-refresh', 'subscribe only; fetch entries on the next refresh')
    .option('--json', 'JSON output')
    .action(async (url: string, options: { category?: string; title?: string; fullText: string; all?: boolean; refresh: boolean; json?: boolean }) => {
      const mode = parseMode(options.fullText);
      const ctx = context();
      const { addFeed } = await import('../../service/feeds/subscribe.js');
      const result = await addFeed(url, { category: options.category, title: options.title, fullText: mode, all: options.all }, feedDeps(ctx));
      if (result.candidates.length > 1 && !options.json) {
        process.stderr.write(`${url} names ${result.candidates.length} feeds${options.all ? '' : ' (taking the first; --all takes every one)'}:\n`);
        for (const c of result.candidates) process.stderr.write(`  ${c.url}${c.title ? `  ${c.title}` : ''}${c.type ? `  (${c.type})` : ''}\n`);
      }
      for (const p of result.problems) err(p.toLine());
      for (const f of result.existing) {
        if (!options.json) printLine(`already subscribed: feed ${f.id} ${f.title ?? ''} <${f.url}>`);
      }
      for (const f of result.added) {
        if (!options.json) printLine(`added feed ${f.id} ${f.title ?? ''} <${f.url}> [${f.category ?? '—'}]`);
      }
      let code: number = EXIT.ok;
      if (options.refresh && result.added.length > 0) code = await runRefresh(ctx, result.added, Boolean(options.json));
      if (options.json) {
        printJson({ added: result.added.map(feedView), existing: result.existing.map(feedView), candidates: result.candidates });
      }
      process.exitCode = code;
    });

  sub('refresh')
    .description('fetch feeds now and store their new entries (default: every active feed)')
    .argument('[ids...]', 'feed ids')
    .option('--all', 'every active feed')
    .option('--json', 'JSON output')
    .action(async (ids: string[], options: { all?: boolean; json?: boolean }) => {
      const ctx = context();
      const { requireFeed } = await import('../../service/feeds/deps.js');
      const deps = { storage: ctx.storage() };
      const list = ids.length > 0 && !options.all ? ids.map((id) => requireFeed(deps, id)) : deps.storage.feeds.list().filter((f) => f.status === 'active');
      if (list.length === 0) {
        printLine('No feeds to refresh. Subscribe with: readings feeds add <site-or-feed-url>');
        return;
      }
      process.exitCode = await runRefresh(ctx, list, Boolean(options.json));
    });

  sub('remove')
    .description('unsubscribe; its readings go too unless --keep-readings')
    .argument('<id>', 'feed id')
    .option('--keep-readings', 'keep the readings the feed brought in')
    .option('--json', 'JSON output')
    .action(async (id: string, options: { keepReadings?: boolean; json?: boolean }) => {
      const { removeFeed, requireFeed } = await import('../../service/feeds/subscribe.js');
      const deps = { storage: context().storage() };
      const feed = requireFeed(deps, id);
      const { deletedReadings } = await removeFeed(deps, feed, Boolean(options.keepReadings));
      if (options.json) printJson({ removed: feedView(feed), deletedReadings });
      else printLine(`removed feed ${feed.id} ${feed.title ?? ''} <${feed.url}>; ${deletedReadings} reading(s) deleted`);
    });

  sub('import')
    .description('subscribe to every feed of an OPML file; folders become categories')
    .argument('<file>', 'OPML file')
    .option('--json', 'JSON output')
    .action(async (file: string, options: { json?: boolean }) => {
      const { importOpml } = await import('../../service/feeds/subscribe.js');
      const result = await importOpml(file, { storage: context().storage() });
      if (options.json) {
        printJson({ added: result.added.map(feedView), skipped: result.skipped.map((s) => ({ url: s.url, feedId: s.feed.id })), problems: result.problems });
      } else {
        for (const f of result.added) printLine(`added    feed ${f.id} ${f.title ?? ''} <${f.url}> [${f.category ?? '—'}]`);
        for (const s of result.skipped) printLine(`skipped  ${s.url}: already subscribed as feed ${s.feed.id}`);
        process.stderr.write(`${result.added.length} added, ${result.skipped.length} already subscribed, ${result.problems.length} problems\n`);
      }
      for (const p of result.problems) err(`${file}: ${p.where}: ${p.message} [invalid_url]`);
      process.exitCode = result.problems.length === 0 ? EXIT.ok : result.added.length + result.skipped.length > 0 ? EXIT.partial : EXIT.error;
    });

  sub('export')
    .description('every subscription as OPML 2.0 (Miniflux, FreshRSS, NetNewsWire import it)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (options: { out?: string }) => {
      const { exportOpml } = await import('../../service/feeds/subscribe.js');
      const xml = exportOpml({ storage: context().storage() });
      if (options.out) writeFileSync(options.out, xml);
      else process.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
    });

  sub('parse')
    .description('parse a feed only, nothing stored: format, title, link, every entry')
    .argument('<source>', 'feed URL or file')
    .option('--json', 'JSON output')
    .action(async (source: string, options: { json?: boolean }) => {
      const ctx = context();
      const { parseFeed } = await import('../../feeds/parse-feed.js');
      let parsed;
      if (/^https?:\/\//i.test(source)) {
        const { fetchAndParse } = await import('../../service/feeds/fetch-and-parse.js');
        const { createFeedAgent } = await import('../../service/feeds/http-client.js');
        const deps = feedDeps(ctx);
        const agent = createFeedAgent(deps.fetch);
        try {
          const r = await fetchAndParse(source, deps.fetch, agent);
          if (r.kind !== 'parsed') throw new ReadingsError('fetch_http_error', 'HTTP 304 to an unconditional request', source);
          parsed = r.feed;
        } finally {
          await agent.close();
        }
      } else {
        const bytes = await readFile(source).catch(() => {
          throw new ReadingsError('not_found', 'no such file or URL', source);
        });
        if (bytes.length > ctx.config.maxInputBytes) throw new ReadingsError('input_too_large', `feed file is over the ${ctx.config.maxInputBytes} byte limit`, source);
        parsed = parseFeed(new Uint8Array(bytes), { url: null, contentType: null, label: source });
      }
      const view = {
        format: parsed.format,
        version: parsed.version,
        title: parsed.title,
        link: parsed.link,
        entries: parsed.entries.map((e) => ({ guid: e.guid, title: e.title, link: e.link, published: e.published, updated: e.updated, author: e.author, content: e.content, summary: e.summary, enclosures: e.enclosures })),
      };
      if (parsed.recovered) err(`${source}: ${parsed.recovered} [malformed_feed]`);
      if (parsed.truncatedEntries) err(`${source}: ${parsed.entries.length + parsed.truncatedEntries} entries; only the newest ${parsed.entries.length} were read [too_many_entries]`);
      if (options.json) {
        printJson(view);
        return;
      }
      printLine(`${view.title ?? '(untitled)'}  (${[parsed.format, parsed.version].filter(Boolean).join(' ')}${view.link ? ` · ${view.link}` : ''})`);
      for (const e of view.entries) printLine(`  ${e.published ?? '—'}  ${e.title ?? '(untitled)'}${e.link ? `  <${e.link}>` : ''}`);
      printLine(`${view.entries.length} entries`);
    });

  program
    .command('watch')
    .description('refresh feeds on schedule until stopped (Ctrl-C or SIGTERM finishes the feed in hand, then exits)')
    .option('--json', 'one JSON object per feed refreshed')
    .action(async (options: { json?: boolean }) => {
      const ctx = context();
      const { watchFeeds } = await import('../../service/feeds/watch.js');
      const controller = new AbortController();
      const stop = (signal: NodeJS.Signals): void => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write(`readings: ${signal}: finishing the feeds in hand, then stopping (again to quit at once)\n`);
        controller.abort();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      process.stderr.write(`readings: watching ${ctx.storage().feeds.list().filter((f) => f.status === 'active').length} feed(s); Ctrl-C to stop\n`);
      try {
        await withRefreshDeps(ctx, 1, (deps) =>
          watchFeeds(deps, {
            signal: controller.signal,
            onResult: (r) => {
              if (options.json) printLine(JSON.stringify({ at: new Date().toISOString(), ...resultJson(r) }));
              else printLine(`${new Date().toISOString()}  ${resultLine(r)}`);
              if (r.error) err(formatFailure(r.error));
            },
            onLeftovers: (n) => err(`${n} reading(s) an interrupted import had left in no story were grouped`),
            consolidateEveryMs: ctx.config.regroupEveryMinutes * 60_000,
            onConsolidated: reportRegrouped,
            // The round is tried again at the next one; say why this one did nothing.
            onLibraryError: (error) => err(`refreshing failed, trying again later: ${errorLine(error)}`),
          }),
        );
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      process.stderr.write('readings: stopped\n');
    });
}
