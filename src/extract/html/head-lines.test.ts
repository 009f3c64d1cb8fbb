import { describe, expect, it } from 'vitest';
import { readHeadLines } from './head-lines.js';

describe('readHeadLines', () => {
  it('reads a byline and a date from dateline lines', () => {
    expect(readHeadLines(['By Sam Okafor | March 4, 2020 | 12 Comments'])).toEqual({ byline: 'Sam Okafor', published: '2020-03-04' });
    expect(readHeadLines(['Published January 12th, 2022 - 09:51 GMT'])).toEqual({ byline: null, published: '2022-01-12T09:51:00Z' });
  });

  it('returns nulls when the lines name neither', () => {
    expect(readHeadLines(['Share this story'])).toEqual({ byline: null, published: null });
  });
});
