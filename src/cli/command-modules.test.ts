import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliContext } from './context.js';
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
    expect(await commandModulesFor(argv('constructor'))).toHaveLength(11);
    expect(await commandModulesFor(argv('--help'))).toHaveLength(11);
  });
});

describe('the command-to-module table', () => {
  const noContext = (): CliContext => {
    throw new Error('not used while registering');
  };
  const namesRegisteredBy = (registers: Awaited<ReturnType<typeof commandModulesFor>>): string[] => {
    const program = new Command();
    for (const register of registers) register(program, noContext);
    return program.commands.map((c) => c.name());
  };

  it('sends every command to the module that registers it (a command missing from the table would load every module)', async () => {
    const all = namesRegisteredBy(await commandModulesFor(argv('help')));
    expect(all.length).toBeGreaterThan(15);
    for (const name of all) {
      const only = await commandModulesFor(argv(name));
      expect(only, name).toHaveLength(1);
      expect(namesRegisteredBy(only), name).toContain(name);
    }
  });
});
