import { describe, expect, it } from 'vitest';
import { shortTextArticle } from './short-text.js';

describe('shortTextArticle', () => {
  it('takes a lone headline as it is', () => {
    const a = shortTextArticle('Fed official says weak data caused by weather, should not slow taper\n', null);
    expect(a?.paragraphs).toEqual(['Fed official says weak data caused by weather, should not slow taper']);
    expect(a?.title).toBe('Fed official says weak data caused by weather, should not slow taper');
  });

  it('reads a headline line over a lead', () => {
    const a = shortTextArticle("Trump slams John Kerry for 'shadow diplomacy' on Iran deal\n\nPresident Trump on Monday slammed former Secretary of State John Kerry.", 'https://example.com/a?utm_source=x');
    expect(a).toMatchObject({ title: "Trump slams John Kerry for 'shadow diplomacy' on Iran deal", paragraphs: ['President Trump on Monday slammed former Secretary of State John Kerry.'], url: 'https://example.com/a' });
  });

  it('takes a lone line of a few words: a short headline', () => {
    expect(shortTextArticle('Bond default', null)?.paragraphs).toEqual(['Bond default']);
    expect(shortTextArticle('How Subway Toasted Quiznos\n', null)?.title).toBe('How Subway Toasted Quiznos');
  });

  it('refuses menus, link lists and long texts', () => {
    expect(shortTextArticle('Home\nNews\nSport\nWeather', null)).toBeNull();
    expect(shortTextArticle('Sign in', null)).toBeNull();
    expect(shortTextArticle('A sentence with several words in it.\n'.repeat(40), null)).toBeNull();
  });

  it('takes a headline about copyright, privacy or newsletters as news, and a lone banner or button wording as furniture', () => {
    for (const headline of ['Popular sandwich chain files for bankruptcy', 'Sign up for health care by 3/31', 'Viacom, Google End 7-Year YouTube Copyright Fight', "Deal with Facebook doesn't change WhatsApp's privacy policy, says founder", 'The Easiest Way To Find Buried Messages In Your Gmail Inbox']) {
      expect(shortTextArticle(headline, null)?.title).toBe(headline);
    }
    for (const banner of ['Subscribe to our newsletter', 'Sign up for our daily briefing', '© 2019 CNBC LLC. All rights reserved.', 'Advertisement', 'Share this article', 'Privacy policy', 'Most Popular Stories', 'Sign in to Celebuzz']) {
      expect(shortTextArticle(banner, null), banner).toBeNull();
    }
  });
});
