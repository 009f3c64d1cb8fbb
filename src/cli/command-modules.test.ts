import { describe, expect, it } from 'vitest';
import { commandModulesFor, commandWord } from './command-modules.js';

const argv = (...args: string[]): string[] => ['node', 'readings', ...args];

describe('commandWord', () => {
  it('skips global options and the values they take', () => {
    expect(commandWord(argv('--db', 'lib.db', '--workers', '2', 'add', 'x.html'))).toBe('add');
    expect(commandWord(argv('--db=lib.db', '--allow-private', 'show', 'id'))).toBe('show');
  });
  it('has none for bare help and version flags', () => {
    expect(commandWord(argv('--version'))).toBeNull();
    expect(commandWord(argv())).toBeNull();
  });
});

describe('commandModulesFor', () => {
  it('loads only the module of a known command', async () => {
    expect(await commandModulesFor(argv('search', 'kazakhstan'))).toHaveLength(1);
    expect(await commandModulesFor(argv('watch'))).toHaveLength(1);
  });
  it('loads every module for help and unknown words, so that commander can list or suggest them', async () => {
    expect(await commandModulesFor(argv('help'))).toHaveLength(11);
    expect(await commandModulesFor(argv('ad'))).toHaveLength(11);
    expect(await commandModulesFor(argv('--help'))).toHaveLength(11);
  });
});
