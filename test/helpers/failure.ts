import { expect } from 'vitest';
import { ReadingsError } from '../../src/domain/errors.js';

/** The ReadingsError `run` throws; fails the test when it throws nothing or something else. */
export function failure(run: () => unknown): ReadingsError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ReadingsError);
    return err as ReadingsError;
  }
  throw new Error('expected a ReadingsError to be thrown');
}
