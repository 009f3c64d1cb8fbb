import { ReadingsError } from '../domain/errors.js';

/**
 * A command-line option that takes a whole number, checked against its range
 * ("--sentences 0": "sentences must be a whole number from 1 to 50"). Only
 * digits are taken: `Number` would also read "", "1e3" and "0x10".
 */
export function wholeNumberOption(option: string, raw: string, min: number, max: number): number {
  const value = /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(value >= min && value <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new ReadingsError('invalid_argument', `${option.replace(/^--/, '')} must be a whole number ${range}`, `${option} ${raw}`);
  }
  return value;
}
