import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCues, readCuesDirect } from './cues.js';

/** Pieces of cue wording and of ordinary prose, to build lines that hold cues anywhere. */
const PIECES = [
  'advertisement', 'share', 'share this story', 'click to share', 'share on facebook', 'opens in a new window', 'sign up', 'log in', 'login',
  'subscribers', 'newsletter', 'registered', 'inbox', 'news alerts', 'delivered to your', 'delivered straight to your', 'delivered weekday', 'stay updated', 'stay up to date', 'stay', 's\'abonner', 'suscríbete', 'подписаться', 'read more', '3 min read', '©', '(c)', 'copyright',
  'all rights reserved', 'cookies', 'privacy policy', 'privacy', 'terms of use', 'terms and conditions', 'consent', 'personal data',
  'datenschutz', 'image caption', 'twitter post by', 'pic.twitter.com/x', 'in this photo', 'file photo', '(ap photo/jane doe)', '(ap) —',
  '(reuters) -', '(photo: x)', 'photo by', 'credit:', 'getty images', 'afp photo', 'reuters/', 'ap', 'epa', 'this article was',
  'originally published', 'adapted from', 'if you enjoyed this article', 'republished', 'reporting by', 'facebook', 'twitter', 'youtube',
  'the', 'council', 'cheap', 'map', 'happy', 'photos', '2019', '—', '-', '/', ')', '(', ':', '.', ',',
];
const SEPARATORS = [' ', ' ', ', ', '. ', ' - ', '/', '(', ''];

const line = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join('').trim())
  .filter((t) => t.length > 0);

describe('cues', () => {
  it('skips no match: the trigram shortcut never changes a cue', () => {
    fc.assert(
      fc.property(line, (t) => {
        const units = t.split(' ').length;
        expect(readCues(t, units)).toEqual(readCuesDirect(t, units));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a wire dateline as body, a bracketed agency credit as a caption', () => {
    expect(readCues('london (ap) — the two candidates clashed on tuesday night over health care.', 14).caption).toBe(false);
    expect(readCues('(reuters) - oil prices fell on tuesday.', 7).caption).toBe(false);
    expect(readCues('the candidates shake hands before the debate. (ap photo/jane doe)', 11).caption).toBe(true);
    // A caption label glued to its caption, as a browser copies BBC's.
    expect(readCues('media captionwho is julian assange?', 5).caption).toBe(true);
    expect(readCues('captions were added to the video in march.', 8).caption).toBe(false);
  });

  it("reads a cookie banner's buttons as furniture", () => {
    expect(readCues('accept & close', 3).furniture).toBe(true);
    expect(readCues('accept cookies', 2).furniture).toBe(true);
    expect(readCues('accept the offer', 3).furniture).toBe(false);
  });

  it('reads newsletter prompts as furniture', () => {
    expect(readCues('get breaking news alerts and special reports. the news and stories that matter, delivered weekday mornings.', 16).furniture).toBe(true);
    expect(readCues('let our news meet your inbox.', 6).furniture).toBe(true);
    expect(readCues('stay up to date with ascom.', 6).furniture).toBe(true);
  });

  it('counts social networks and article talk on short lines only', () => {
    expect(readCues('follow us on facebook, twitter and instagram', 7).social).toBe(3);
    expect(readCues('follow us on facebook, twitter and instagram', 30).social).toBe(0);
    expect(readCues('this article was first published by the conversation.', 8).meta).toBe(true);
    expect(readCues('this article was first published by the conversation.', 60).meta).toBe(false);
  });
});
