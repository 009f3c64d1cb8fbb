import type { Command } from 'commander';
import type { Outcome } from '../../service/ingest.js';
import { toListView } from '../../service/reading-views.js';
import type { CliContext } from '../context.js';
import { formatFailure, formatReadingLine } from '../format.js';
import { EXIT, batchedLines, printLine } from '../output.js';
import { startProgress } from '../progress.js';
import { boundHeapGrowth } from '../heap-growth.js';

interface AddOptions {
  category?: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  charset?: string;
  deferStories?: boolean;
  json?: boolean;
}

export function registerAdd(program: Command, context: () => CliContext): void {
  program
    .command('add')
    .description('ingest URLs, files (HTML, text, .mhtml, .eml), directories, globs, JSONL files, reading-list CSV exports (Pocket, Instapaper) or stdin (-) into the library')
    .argument('<inputs...>', 'URL | file | directory | glob | file.jsonl | list.csv | -')
    .option('--category <name>', 'category for the new readings (default: the outlet)')
    .option('--title <title>', 'title to use instead of the extracted one')
    .option('--outlet <name>', 'outlet to use instead of the extracted one (a pasted text that does not name it)')
    .option('--published <date>', 'publication date to use instead of the extracted one')
    .option('--url <address>', 'the web address one file or stdin text came from (recorded, not fetched)')
    .option('--charset <label>', 'decode inputs with this charset, whatever they declare')
    .option('--defer-stories', 'store only; analyse and group later with `readings regroup` (fastest for large imports)')
    .option('--json', 'print one JSON object per input')
    .action(async (inputs: string[], options: AddOptions) => {
      // The workers start first, so that they load their modules while this
      // thread loads the ingest and fetch modules (loaded here, not at start-up:
      // other commands never need them).
      const [{ createExtractPool }, { countSources, isUrl }] = await Promise.all([
        import('../../service/extract-pool.js'),
        import('../../service/input-sources.js'),
      ]);
      const ctx = context();
      const total = await countSources(inputs);
      const url = options.url === undefined ? null : await sourceAddress(options.url, inputs, total, isUrl);
      if (total >= 4) boundHeapGrowth();
      const pool = createExtractPool(total >= 4 ? ctx.config.workers : 0, ctx.config.workerHeapMb);
      const progress = startProgress('Importing', total);
      const lines: string[] = [];
      const printed = batchedLines();
      const report = (outcome: Outcome): void => {
        progress.tick();
        const line = options.json ? JSON.stringify(outcomeJson(outcome)) : outcomeLine(outcome);
        // With a progress bar on screen, results wait until it is done.
        if (total >= 2 && process.stderr.isTTY) lines.push(line);
        else printed.line(line);
      };
      try {
        const [{ ingest }, { sourceLoader }] = await Promise.all([
          import('../../service/ingest.js'),
          import('../../service/load-source.js'),
        ]);
        const storage = ctx.storage();
        const { embeddings: e } = ctx.config;
        const embeddings = e.baseUrl && e.model && !options.deferStories
          ? (await import('../../providers/embeddings.js')).createOpenAiEmbeddings({ baseUrl: e.baseUrl, model: e.model, apiKey: e.apiKey, timeoutMs: e.timeoutMs })
          : null;
        // A bulk import is grouped into stories once it is all stored (group-batch.ts);
        // dense vectors are blended one reading at a time (relate-reading.ts), so not with embeddings.
        const groupLater = total >= 2 && !embeddings && !options.deferStories;
        const warned = new Set<string>();
        const onWarning = (message: string): void => {
          if (!warned.has(message)) process.stderr.write(`readings: ${message}\n`);
          warned.add(message);
        };
        // A first Ctrl-C stops taking inputs and commits what is in hand; a second one kills.
        const interrupt = new AbortController();
        const onInterrupt = (): void => {
          process.stderr.write('\nreadings: interrupted; storing the inputs in hand (Ctrl-C again to quit at once)\n');
          interrupt.abort();
        };
        process.once('SIGINT', onInterrupt);
        const summary = await ingest(inputs, { storage, pool, loadSource: sourceLoader(ctx.config), relate: ctx.config.relate, embeddings, onWarning }, {
          hints: { category: options.category ?? null, title: options.title ?? null, outlet: options.outlet ?? null, published: options.published ?? null, url },
          maxBytes: ctx.config.maxInputBytes,
          charset: options.charset ?? null,
          deferStories: Boolean(options.deferStories),
          groupCommits: total >= 2,
          groupLater,
          onOutcome: report,
          signal: interrupt.signal,
        }).finally(() => process.off('SIGINT', onInterrupt));
        printed.flush();
        progress.stop();
        // Grouping writes too: with the library still busy it would wait out the timeout again.
        // The readings stored so far are grouped by the next import (the same command, run again) or `regroup`.
        if (groupLater && !summary.stoppedBy) {
          // Also after an interruption: what was stored gets its stories. The
          // workers' memory goes first: grouping a large import needs it.
          await pool.close();
          const { groupUngrouped } = await import('../../service/group-batch.js');
          const grouping = startProgress('Grouping', storage.relate.countUngrouped());
          groupUngrouped(storage, ctx.config.relate, { onProgress: (done) => grouping.update(done) });
          grouping.stop();
        }
        for (const line of lines) printLine(line);
        // Readings grouped one at a time (or as a batch beside the week's stories) join the week regrouped as a whole.
        if (summary.added > 0 && !options.deferStories && !summary.stoppedBy && !interrupt.signal.aborted) {
          const { regroupRecentStories } = await import('../regroup-recent.js');
          await regroupRecentStories(ctx, 'add');
        }
        const bad = summary.problems;
        const count = summary.added + summary.failed + summary.skipped + summary.rejected;
        if (count > 1 && !options.json) {
          process.stderr.write(`${summary.added} added, ${summary.skipped} already in the library, ${summary.failed} stored with extraction failures, ${summary.rejected} rejected\n`);
          if (bad.length) {
            process.stderr.write('Problems:\n');
            for (const o of bad) process.stderr.write(`  ${formatFailure(o.failure)}\n`);
          }
        } else {
          for (const o of bad) process.stderr.write(`readings: ${formatFailure(o.failure)}\n`);
        }
        const stored = summary.added + summary.failed + summary.skipped;
        if (summary.stoppedBy && count < total) {
          process.stderr.write(`readings: stopped after ${count} of ${total} inputs: ${formatFailure(summary.stoppedBy)}; run the same command again to add the rest (what is stored is skipped)\n`);
        }
        process.exitCode = interrupt.signal.aborted ? EXIT.interrupted : bad.length === 0 ? EXIT.ok : stored === 0 ? EXIT.error : EXIT.partial;
      } finally {
        printed.flush();
        progress.stop();
        await pool.close();
      }
    });
}

/** `--url`: where the one file or stdin text came from, as an http(s) address; it names no input of many, nor a fetched one. */
async function sourceAddress(raw: string, inputs: readonly string[], total: number, isUrl: (arg: string) => boolean): Promise<string> {
  const { ReadingsError } = await import('../../domain/errors.js');
  if (total !== 1 || inputs.some(isUrl)) throw new ReadingsError('invalid_argument', 'names where one file or stdin text came from: give it with one such input', `--url ${raw}`);
  const { parseHttpUrl } = await import('../../fetch/http-url.js');
  return parseHttpUrl(raw, `--url ${raw}`).href;
}

function outcomeLine(o: Outcome): string {
  switch (o.status) {
    case 'added':
      return `added    ${formatReadingLine(o.reading, { listed: false })}`;
    case 'failed':
      return `stored   ${formatReadingLine(o.reading, { listed: false })}`;
    case 'skipped':
      return `skipped  ${o.label}: already in the library as ${o.reading.id} (${o.reason === 'same_url' ? 'same URL' : 'same content'})`;
    case 'rejected':
      return `rejected ${formatFailure(o.failure)}`;
  }
}

function outcomeJson(o: Outcome): Record<string, unknown> {
  const base = { status: o.status, input: o.label };
  switch (o.status) {
    case 'added':
      return { ...base, reading: toListView(o.reading) };
    case 'failed':
      return { ...base, reading: toListView(o.reading), error: { code: o.failure.code, message: o.failure.message } };
    case 'skipped':
      return { ...base, reason: o.reason, reading: toListView(o.reading) };
    case 'rejected':
      return { ...base, error: { code: o.failure.code, message: o.failure.message } };
  }
}
