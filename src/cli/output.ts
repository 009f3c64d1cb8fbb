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

/**
 * Lines written in batches: one write per `delayMs` (or per `maxLines`)
 * instead of one per line. A bulk import reports each input, and a pipe's
 * reader woke for every line: 1,210 dumps spent ~0.2 s of the storing thread
 * on those writes. Call `flush()` before anything printed after them.
 */
export function batchedLines(write: (text: string) => void = (text) => process.stdout.write(text), delayMs = 100, maxLines = 256): { line(text: string): void; flush(): void } {
  let pending: string[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write(text);
  };
  return {
    line(text) {
      pending.push(text);
      if (pending.length >= maxLines) flush();
      else timer ??= setTimeout(flush, delayMs);
    },
    flush,
  };
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
