import type { Command } from 'commander';
import { ReadingsError } from '../../domain/errors.js';
import { toPage } from '../../service/library.js';
import { toListView } from '../../service/reading-views.js';
import { similarReadings } from '../../service/similar.js';
import { parseSinceDay } from '../../service/since.js';
import { firstOutlets, outletsLine } from '../../service/story-outlets.js';
import { listStories, mergeStories, minOutletsOption, noStoryFound, regroup, showStory, splitStory, storyFilter, storyMembers } from '../../service/stories.js';
import type { StoryRecord } from '../../store/relate-store.js';
import type { CliContext } from '../context.js';
import { formatDay, formatReadingLine, formatSimilar, outletLabel, plural } from '../format.js';
import { storyDays } from '../../service/story-days.js';
import { printJson, printLine } from '../output.js';
import { formatStorySummary } from './summaries.js';
import { progressOnReport, type ReportedProgress } from '../progress.js';

interface JsonOption {
  json?: boolean;
}

function storyLine(s: StoryRecord): string {
  return `${s.id}  ${s.title}  (${plural(s.size, 'reading')} · ${outletsLine(s, (n) => plural(n, 'outlet'))} · ${storyDays(s, formatDay)})`;
}

function sinceOption(since: string | undefined): string | undefined {
  if (!since) return undefined;
  return parseSinceDay(since, `--since ${since}`);
}

/** The extractive summary, or the configured chat model's checked against the readings (falling back with a warning). */
async function printStorySummary(ctx: CliContext, storyId: string, json: boolean): Promise<void> {
  const summaries = await import('../../service/summaries.js');
  const { llm } = ctx.config;
  if (llm.baseUrl && llm.model) {
    const { createOpenAiProvider } = await import('../../summarize/llm/openai-provider.js');
    const provider = createOpenAiProvider({ baseUrl: llm.baseUrl, model: llm.model, apiKey: llm.apiKey, timeoutMs: llm.timeoutMs });
    const result = await summaries.storySummaryWithLlm(ctx.storage(), storyId, provider, llm.timeoutMs);
    if (result.warning) process.stderr.write(`readings: ${storyId}: ${result.warning.message}; showing the extractive summary [${result.warning.code}]\n`);
    if (json) {
      printJson(result);
      return;
    }
    if (result.source === 'extractive') {
      printLine(formatStorySummary(result.extractive));
      return;
    }
    for (const s of result.sentences) {
      printLine(`• ${s.text}\n    ${s.unsupported ? 'NOT SUPPORTED by any reading' : `reported by ${firstOutlets(s.supportedBy, Infinity).named.map(outletLabel).join(', ')}`}`);
    }
    return;
  }
  const { summary } = summaries.storySummary(ctx.storage(), storyId);
  if (json) printJson(summary);
  else printLine(formatStorySummary(summary));
}

/** similar, stories, story (show, merge, split), regroup. */
export function registerStoryCommands(program: Command, context: () => CliContext): void {
  program
    .command('similar')
    .description('readings that cover the same event, best first, with score and reasons')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--limit <n>', 'at most this many', '10')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption & { limit: string }) => {
      const ctx = context();
      const { limit } = toPage(Number(options.limit), 0);
      const result = similarReadings(ctx.storage(), id, limit, ctx.config.relate, ctx.embeddingModel);
      if (options.json) {
        printJson({
          reading: toListView(result.reading),
          reason: result.reason,
          similar: result.items.map((i) => ({ score: Number(i.score.toFixed(4)), reasons: i.reasons, storyId: i.storyId, reading: toListView(i.reading) })),
        });
        return;
      }
      printLine(`Similar Readings (${result.items.length} item${result.items.length === 1 ? '' : 's'}) for ${result.reading.title}`);
      if (result.reason) printLine(`  ${result.reason}`);
      for (const item of result.items) printLine(formatSimilar(item));
    });

  program
    .command('stories')
    .description('stories, newest first: title, outlets, size, first and last day')
    .option('--since <date>', 'only stories with a reading on or after this day (2022-01-14, yesterday, "3 days ago", 7d)')
    .option('--min-outlets <n>', 'only stories told by at least this many outlets (a reading of unknown outlet counts as one)')
    .option('--limit <n>', 'at most this many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'JSON output, with every member reading’s id and ref')
    .action((options: JsonOption & { since?: string; minOutlets?: string; limit: string; offset: string }) => {
      const storage = context().storage();
      const page = toPage(Number(options.limit), Number(options.offset));
      const since = sinceOption(options.since);
      const minOutlets = options.minOutlets === undefined ? undefined : minOutletsOption(Number(options.minOutlets), `--min-outlets ${options.minOutlets}`);
      const filter = storyFilter(since, minOutlets);
      const { total, stories } = listStories(storage, filter, page);
      if (options.json) {
        printJson({
          total,
          stories: stories.map((s) => ({ ...s, readings: storyMembers(storage, s.id).map((m) => ({ id: m.reading.id, ref: m.reading.ref, outlet: m.reading.outlet })) })),
        });
        return;
      }
      if (stories.length === 0) printLine(noStoryFound(filter, formatDay) ?? 'No stories yet. Add readings with: readings add <url | file | dir | ->');
      for (const s of stories) printLine(storyLine(s));
    });

  program
    .command('story')
    .description('a story: its readings by outlet and time, copies collapsed; `story merge <a> <b>`, `story split <story-id> <reading-id>...`')
    .argument('<story-id | merge | split>', 'a story id (or a unique prefix of it), or merge / split')
    .argument('[ids...]')
    .option('--summary', 'the story’s summary, each sentence with the outlets that report it')
    .option('--json', 'JSON output')
    .action(async (first: string, ids: string[], options: JsonOption & { summary?: boolean }) => {
      const ctx = context();
      const storage = ctx.storage();
      if (first === 'merge') {
        if (ids.length !== 2) throw new ReadingsError('invalid_argument', 'story merge takes two story ids', 'story merge');
        const merged = mergeStories(storage, ids[0]!, ids[1]!);
        if (options.json) printJson(merged);
        else printLine(`merged into ${storyLine(merged)}`);
        return;
      }
      if (first === 'split') {
        const [storyId, ...readingIds] = ids;
        if (!storyId || readingIds.length === 0) throw new ReadingsError('invalid_argument', 'story split takes a story id and the reading ids to take out', 'story split');
        const result = splitStory(storage, storyId, readingIds);
        if (options.json) printJson(result);
        else printLine(`kept  ${storyLine(result.from)}\nsplit ${storyLine(result.to)}`);
        return;
      }
      if (ids.length) throw new ReadingsError('invalid_argument', 'story takes one story id (or merge / split)', ids.join(' '));
      if (options.summary) {
        await printStorySummary(ctx, first, Boolean(options.json));
        return;
      }
      const view = showStory(storage, first);
      if (options.json) {
        printJson({
          ...view.story,
          readings: view.members.map((m) => ({
            ...toListView(m.reading),
            affinity: m.membership.affinity,
            copies: m.copies.map((c) => ({ similarity: c.similarity, reading: toListView(c.reading) })),
          })),
        });
        return;
      }
      printLine(storyLine(view.story));
      let outlet: string | null | undefined;
      for (const m of view.members) {
        if (m.reading.outlet !== outlet) {
          outlet = m.reading.outlet;
          printLine(`\n${outlet ?? 'Unknown outlet'}`);
        }
        printLine(`  ${formatReadingLine(m.reading)}`);
        for (const c of m.copies) printLine(`      copy (${((c.similarity ?? 0) * 100).toFixed(0)}% alike): ${formatReadingLine(c.reading)}`);
      }
    });

  program
    .command('regroup')
    .description('recompute every story (order-independent), keeping manual merges and splits; analyses readings added with --defer-stories first')
    .option('--since <date>', 'only the readings published (else added) on or after this day; older ones keep their stories (2022-01-14, "3 days ago", 7d)')
    .option('--json', 'JSON output')
    .action(async (options: JsonOption & { since?: string }) => {
      const since = sinceOption(options.since);
      const ctx = context();
      const storage = ctx.storage();
      const { loadAnalyzer } = await import('../../service/analyzer.js');
      const bars = new Map<string, ReportedProgress>();
      const phase = (name: string) => (done: number, total: number): void => {
        let bar = bars.get(name);
        if (!bar) {
          for (const b of bars.values()) b.stop();
          bar = progressOnReport(name);
          bars.set(name, bar);
        }
        bar.report(done, total);
      };
      const result = regroup(storage, ctx.config.relate, await loadAnalyzer(), { analysing: phase('Analysing'), grouping: phase('Grouping'), ...(since ? { since } : {}) });
      for (const b of bars.values()) b.stop();
      if (options.json) printJson(since ? { ...result, since } : result);
      else printLine(`${result.analysed ? `${plural(result.analysed, 'reading')} analysed; ` : ''}${plural(result.readings, 'reading')}${since ? ` since ${formatDay(since)}` : ''} in ${plural(result.stories, 'story', 'stories')} (${result.kept} kept their id; ${plural(result.changed, 'reading')} changed story)`);
    });
}
