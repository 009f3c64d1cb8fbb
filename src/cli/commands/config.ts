import type { Command } from 'commander';
import { CONFIG_ENV, SECRET_SETTINGS } from '../../config/config.js';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';

export function registerConfig(program: Command, context: () => CliContext): void {
  program
    .command('config')
    .description('the effective configuration, and where each value comes from')
    .option('--json', 'JSON output')
    .action((options: { json?: boolean }) => {
      const { config, sources } = context();
      const flat = flatten(config as unknown as Record<string, unknown>);
      for (const key of SECRET_SETTINGS) if (flat[key]) flat[key] = '(set)';
      if (options.json) {
        printJson(Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, { value: v, source: sources[k] ?? 'default', env: CONFIG_ENV[k] ?? null }])));
        return;
      }
      const width = Math.max(...Object.keys(flat).map((k) => k.length));
      for (const [key, value] of Object.entries(flat)) {
        printLine(`${key.padEnd(width)}  ${JSON.stringify(value)}  (${sources[key] ?? 'default'}; ${CONFIG_ENV[key] ?? ''})`);
      }
    });
}

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = v;
  }
  return out;
}
