import { errorLine } from '../store/busy.js';

/** Exit codes: 0 all done, 1 nothing done (error), 2 some inputs done and some failed. */
/** `interrupted`: stopped by Ctrl-C (128 + SIGINT), after storing the inputs in hand. */
export const EXIT = { ok: 0, error: 1, partial: 2, interrupted: 130 } as const;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Errors go to stderr as one line: input, reason, stable code. */
export function printError(error: unknown): void {
  process.stderr.write(`readings: ${errorLine(error)}\n`);
}

/** Renders FTS <mark> highlights for a terminal (bold) or plain output ([brackets]). */
export function renderSnippet(html: string, tty: boolean): string {
  const open = tty ? '\u001b[1m' : '[';
  const close = tty ? '\u001b[22m' : ']';
  return html
    .replaceAll('<mark>', open)
    .replaceAll('</mark>', close)
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
