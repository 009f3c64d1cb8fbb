import { readLines } from '../../service/read-lines.js';
import type { Command } from 'commander';
import { z } from 'zod';
import { ReadingsError } from '../../domain/errors.js';
import type { ClaimTotals } from '../../compare/first-claims.js';
import type { CompareReport, ClaimGroup } from '../../compare/types.js';
import { countOutlets } from '../../summarize/support.js';
import type { StorySummary } from '../../summarize/types.js';
import { firstOutlets, LISTED_MENTIONS } from '../../service/story-outlets.js';
import type { CliContext } from '../context.js';
import { outletLabel } from '../format.js';
import { printJson, printLine } from '../output.js';
import { wholeNumberOption } from '../whole-number.js';
import { outletIdentity } from '../../domain/outlets.js';
import { languageName } from '../../domain/strings.js';
import { agreedClaims } from '../../compare/agreed-claims.js';

interface JsonOption {
  json?: boolean;
}

const batchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  documents: z.array(z.object({ title: z.string().optional(), text: z.string(), outlet: z.string().nullable().optional() })).min(1),
});

/** Each summary sentence with the outlets that say it ("reported by 3 of 4 outlets"). */
export function formatStorySummary(summary: StorySummary): string {
  if (summary.sentences.length === 0 && !summary.headline) return `No summary: ${summary.reason ?? 'nothing to summarize'}`;
  const lines: string[] = [];
  if (summary.headline) lines.push(summary.headline.text, '');
  for (const s of summary.sentences) {
    const outlets = countOutlets(s.supportedBy);
    lines.push(`• ${s.text}`, `    reported by ${outlets} of ${summary.outlets} outlet${summary.outlets === 1 ? '' : 's'}: ${outletsOf(s.supportedBy)}`);
  }
  if (summary.single) lines.push('', '(one reading: this is its own summary)');
  return lines.join('\n');
}

/** Each outlet once; past NAMED_OUTLETS, how many more (`--json` lists them all). */
function outletsOf(mentions: readonly { id: string; outlet: string | null }[]): string {
  const { named, more } = firstOutlets(mentions);
  const names = named.map(outletLabel).join(', ');
  return more > 0 ? `${names} and ${more} more` : names;
}

/** The outlets that say nothing on a claim several outlets make. */
const silentNote = (c: ClaimGroup): string => (c.silent.length ? `; silent: ${outletsOf(c.silent)}` : '');

/** "… and N more (--limit)" where a list was cut. */
function unlisted(shown: number, total: number | undefined): string[] {
  return total !== undefined && total > shown ? [`  … and ${total - shown} more (--limit)`] : [];
}

/** The corroboration report as text: differing figures, single-outlet claims, unsupported headlines. */
export function formatComparison(report: CompareReport & { totals?: ClaimTotals }): string {
  if (report.nothingToCompare) return `Nothing to compare: ${report.nothingToCompare}`;
  const cut = report.totals && report.totals.claims > report.claims.length ? `; the ${report.claims.length} most widely told of ${report.totals.claims} claims (--limit)` : '';
  const lines = [`${report.readings} readings from ${report.outlets} outlets${cut}`];
  if (report.notCompared?.length) lines.push(`Not compared (compare reads English only): ${report.notCompared.map((r) => `${outletLabel(r)} (${languageName(r.language)})`).join(', ')}`);
  const agreed = agreedClaims(report);
  if (agreed.length) {
    lines.push('', 'Agreed');
    for (const c of agreed) lines.push(`  ${c.label} — ${outletsOf(c.statedBy)}${silentNote(c)}`);
  }
  if (report.differences.length) {
    lines.push('', 'Different figures and wording');
    for (const c of report.differences) {
      lines.push(`  ${c.label} — ${outletsOf(c.statedBy)}${silentNote(c)}`);
      const others = [
        ...c.compatible.map((m) => `    ${c.kind === 'quote' ? 'paraphrased' : 'compatible'}: "${m.text}" — ${outletLabel(m)}`),
        ...c.conflicting.map((m) => `    conflicting: "${m.text}" — ${outletLabel(m)}`),
      ];
      lines.push(...others.slice(0, LISTED_MENTIONS));
      if (others.length > LISTED_MENTIONS) lines.push(`    and ${others.length - LISTED_MENTIONS} more (--json lists them)`);
    }
    lines.push(...unlisted(report.differences.length, report.totals?.differences));
  }
  if (report.singleOutlet.length) {
    lines.push('', 'Said by one outlet only');
    for (const c of report.singleOutlet) lines.push(`  ${c.label} — ${outletsOf(c.statedBy)}`);
    lines.push(...unlisted(report.singleOutlet.length, report.totals?.singleOutlet));
  }
  const flagged = report.headlines.filter((h) => h.flagged);
  lines.push('', flagged.length ? 'Unsupported headlines' : 'Every headline is supported by its body or another outlet');
  for (const h of flagged) lines.push(`  "${h.headline}" — ${outletLabel(h)}: ${h.reason ?? 'not supported'}`);
  return lines.join('\n');
}

/** summary, compare, summarize. */
export function registerSummaryCommands(program: Command, context: () => CliContext): void {
  program
    .command('summary')
    .description('the summary of one reading')
    .argument('<id>', 'reading id (or a unique prefix of it)')
    .option('--sentences <n>', 'sentences at most', '3')
    .option('--json', 'JSON output')
    .action(async (id: string, options: JsonOption & { sentences: string }) => {
      const n = wholeNumberOption('--sentences', options.sentences, 1, 50);
      const { readingSummary } = await import('../../service/summaries.js');
      const { reading, summary } = readingSummary(context().storage(), id, n);
      if (options.json) {
        printJson({ id: reading.id, title: reading.title, ...summary });
        return;
      }
      printLine(reading.title);
      if (summary.sentences.length === 0) printLine(`No summary: ${summary.reason ?? 'no sentences'}`);
      for (const s of summary.sentences) printLine(`• ${s.text}`);
    });

  program
    .command('compare')
    .description('corroboration report of a story: agreed, compatible and conflicting figures, single-outlet claims, unsupported headlines')
    .argument('<story-id>', 'story id (or a unique prefix of it)')
    .option('--limit <n>', 'claims listed per list, the most widely told first (default: all)')
    .option('--json', 'JSON output')
    .action(async (storyId: string, options: JsonOption & { limit?: string }) => {
      const limit = options.limit === undefined ? Infinity : wholeNumberOption('--limit', options.limit, 1, Number.MAX_SAFE_INTEGER);
      const { listedComparison } = await import('../../service/summaries.js');
      const { report } = listedComparison(context().storage(), storyId, limit);
      if (options.json) printJson(report);
      else printLine(formatComparison(report));
    });

  program
    .command('summarize')
    .description('summary of ad-hoc inputs as one story, nothing stored; or --batch groups.jsonl')
    .argument('[inputs...]', 'URL | file | -')
    .option('--batch <file>', 'one group per line {id, documents:[{title?, text, outlet?}]} -> one {id, summary, sentences} per line')
    .option('--json', 'JSON output')
    .action(async (inputs: string[], options: JsonOption & { batch?: string }) => {
      const [{ nlp }, { summarizeStory }, { summaryText }, { bodyLanguage }, { splitParagraphs }] = await Promise.all([
        import('../../service/summaries.js'),
        import('../../summarize/summarize-story.js'),
        import('../../summarize/summary-text.js'),
        import('../../extract/common/body-language.js'),
        import('../../summarize/sentences.js'),
      ]);
      if (options.batch) {
        if (inputs.length) throw new ReadingsError('invalid_argument', 'give either inputs or --batch, not both', inputs.join(' '));
        let n = 0;
        let bad = 0;
        for await (const line of readLines(options.batch)) {
          n++;
          if (!line.trim()) continue;
          let parsed: z.infer<typeof batchLineSchema>;
          try {
            parsed = batchLineSchema.parse(JSON.parse(line));
          } catch (error) {
            bad++;
            process.stderr.write(`readings: ${options.batch}:${n}: ${error instanceof SyntaxError ? 'not valid JSON' : 'needs {id, documents:[{text}]}'} [malformed_input]\n`);
            continue;
          }
          const docs = parsed.documents.map((d, i) => ({ id: String(i), title: d.title ?? '', text: d.text, outlet: d.outlet ?? null, publishedAt: null, language: bodyLanguage(splitParagraphs(d.text)) }));
          const summary = summarizeStory(docs, {}, { nlp: nlp() });
          printLine(JSON.stringify({
            id: parsed.id,
            summary: summaryText(summary),
            sentences: [...(summary.headline ? [summary.headline] : []), ...summary.sentences].map((s) => ({ text: s.text, outlets: [...new Map(s.supportedBy.map((x) => [outletIdentity(x), x.outlet ?? x.id])).values()] })),
          }));
        }
        if (bad) process.exitCode = 2;
        return;
      }
      if (inputs.length === 0) throw new ReadingsError('invalid_argument', 'give the inputs to summarize, or --batch FILE', 'summarize');
      const [{ expandArguments }, { sourceLoader }, { extractFormatted, sniffInput }] = await Promise.all([
        import('../../service/ingest.js'),
        import('../../service/load-source.js'),
        import('../../extract/extract-input.js'),
      ]);
      const ctx = context();
      const load = sourceLoader(ctx.config);
      const docs = [];
      for await (const source of expandArguments(inputs, {})) {
        if (source.kind === 'invalid') throw source.error;
        const raw = await load(source);
        const opts = { maxBytes: ctx.config.maxInputBytes };
        const article = extractFormatted(raw, sniffInput(raw, opts), opts);
        docs.push({ id: source.label, title: article.title ?? '', text: article.paragraphs.join('\n\n'), outlet: article.outlet ?? source.label, publishedAt: article.published, language: article.language });
      }
      const summary = summarizeStory(docs, {}, { nlp: nlp() });
      if (options.json) printJson(summary);
      else printLine(formatStorySummary(summary));
    });
}
