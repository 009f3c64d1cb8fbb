import type { Command } from 'commander';
import { deleteReading, readReading, showReading } from '../../service/library.js';
import { toFullView, toListView } from '../../service/reading-views.js';
import type { CliContext } from '../context.js';
import { formatReading, formatReadingLine } from '../format.js';
import { printJson, printLine } from '../output.js';

interface JsonOption {
  json?: boolean;
}

/** Commands on one reading: show, read, original, delete. */
export function registerReadingCommands(program: Command, context: () => CliContext): void {
  program
    .command('show')
    .description('a reading: clean text, then Statistics and Details')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption) => {
      const { reading, original } = showReading(context().repo(), id);
      if (options.json) printJson(toFullView(reading, original));
      else printLine(formatReading(reading, original?.bytes.byteLength ?? null));
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
      const reading = deleteReading(context().repo(), id);
      if (options.json) printJson({ deleted: toListView(reading) });
      else printLine(`deleted ${formatReadingLine(reading)}`);
    });
}
