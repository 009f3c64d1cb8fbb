import { describe, expect, it } from 'vitest';
import { bodyLanguage } from './body-language.js';

describe('body language', () => {
  it('knows English by its function words', () => {
    const body = ['The council voted on Tuesday to build a tram line, and it said that the work would start in the spring with the first of the stops at the harbour.'];
    expect(bodyLanguage(body)).toBe('en');
  });

  it('leaves other languages to the detector', () => {
    const body = ['Die Stadtwerke senken zum ersten Januar die Strompreise für rund achtzigtausend Haushalte in der Region, teilte das Unternehmen am Dienstag mit.'];
    expect(bodyLanguage(body)).toBe('de');
  });
});
