/**
 * A byte count for messages: `512 bytes`, `1.5 KB`, `10 MB` (binary units).
 *
 * @example formatBytes(10 * 1024 * 1024) // "10 MB"
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 100 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}

/** "input is 12 MB, over the 10 MB limit" */
export function tooLargeMessage(what: string, size: number, limit: number): string {
  return `${what} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit`;
}
