import type { Command } from 'commander';
import { editReading, readReading, requireReading, showReading } from '../../service/library.js';
import { similarReadings } from '../../service/similar.js';
import { deleteReadingEverywhere } from '../../service/stories.js';
import { toFullView, toListView } from '../../service/reading-views.js';
import { readingSourceLine, readingSourceView } from '../../service/feeds/feed-view.js';
import type { CliContext } from '../context.js';
import { formatReading, formatReadingLine, formatSimilar, plural } from '../format.js';
import { printJson, printLine } from '../output.js';
import { outletsLine } from '../../service/story-outlets.js';

/** How many similar readings `show` lists (seed 003's footer lists five). */
const SHOWN_SIMILAR = 5;

interface JsonOption {
  json?: boolean;
}

/** Commands on one reading: show, read, unread, category, original, delete. */
export function registerReadingCommands(program: Command, context: () => CliContext): void {
  program
    .command('show')
    .description('a reading: clean text, then Statistics and Details')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--json', 'JSON output')
    .action(async (id: string, options: JsonOption) => {
      const ctx = context();
      const storage = ctx.storage();
      const { reading, original } = showReading(storage.readings, id);
      const similar = similarReadings(storage, reading.id, SHOWN_SIMILAR, ctx.config.relate, ctx.embeddingModel);
      const { readingSummary } = await import('../../service/summaries.js');
      const { summary } = readingSummary(storage, reading.id);
      const storyId = storage.relate.storyOf(reading.id);
      const story = storyId ? storage.relate.story(storyId) : null;
      const sources = storage.feeds.sourcesOf(reading.id);
      if (options.json) {
        printJson({
          ...toFullView(reading, original),
          summary,
          story: story && { id: story.id, title: story.title, size: story.size, outlets: story.outlets, unknownOutlets: story.unknownOutlets },
          similar: similar.items.map((i) => ({ score: Number(i.score.toFixed(4)), reasons: i.reasons, reading: toListView(i.reading) })),
          feeds: sources.map(readingSourceView),
        });
        return;
      }
      printLine(formatReading(reading, original?.bytes.byteLength ?? null));
      printLine('Summary');
      printLine(summary.sentences.length ? summary.sentences.map((s) => `  ${s.text}`).join('\n') : `  (none: ${summary.reason ?? 'no sentences'})`);
      printLine(`Similar Readings (${similar.items.length} item${similar.items.length === 1 ? '' : 's'})`);
      if (similar.reason) printLine(`  ${similar.reason}`);
      for (const item of similar.items) printLine(formatSimilar(item));
      if (story) printLine(`Story\n  ${story.id}  ${story.title} (${plural(story.size, 'reading')} · ${outletsLine(story, (n) => plural(n, 'outlet'))})`);
      if (sources.length) printLine(`From feeds\n${sources.map((s) => `  ${readingSourceLine(s)}`).join('\n')}`);
    });

  program
    .command('read')
    .description('count a read: read count + 1, last read = now')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption) => {
      const reading = readReading(context().repo(), id);
      if (options.json) printJson(toListView(reading));
      else printLine(`read ${reading.id}: ${reading.readCount} read${reading.readCount === 1 ? '' : 's'}, last ${reading.lastReadAt}`);
    });

  program
    .command('unread')
    .description('mark a reading unread: read count 0, no last read')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption) => {
      const reading = editReading(context().repo(), id, { unread: true });
      if (options.json) printJson(toListView(reading));
      else printLine(`unread ${formatReadingLine(reading)}`);
    });

  program
    .command('category')
    .description("set a reading's category (by default its outlet's)")
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .argument('<category>', 'the new category, 1 to 200 characters')
    .option('--json', 'JSON output')
    .action((id: string, category: string, options: JsonOption) => {
      const repo = context().repo();
      const before = requireReading(repo, id);
      const reading = editReading(repo, before.id, { category });
      if (options.json) printJson(toListView(reading));
      else printLine(`category ${reading.id}: ${before.category} -> ${reading.category}`);
    });

  program
    .command('original')
    .description('the verbatim input of a reading, byte for byte, on stdout')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .action((id: string) => {
      const { original } = showReading(context().repo(), id);
      if (original) process.stdout.write(original.bytes);
    });

  program
    .command('delete')
    .description('remove a reading and its original input')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption) => {
      const reading = deleteReadingEverywhere(context().storage(), id);
      if (options.json) printJson({ deleted: toListView(reading) });
      else printLine(`deleted ${formatReadingLine(reading)}`);
    });
}
