import { describe, expect, it } from 'vitest';
import { isConsentNotice } from './consent-notice.js';

describe('isConsentNotice', () => {
  it('reads a site speaking to its reader about cookies as a notice', () => {
    expect(isConsentNotice(['We use cookies and other tracking technologies to improve your browsing experience on our site. To opt out, please read our Cookie Policy.'])).toBe(true);
    expect(isConsentNotice(['This website uses cookies to personalise content and ads.', 'Accept all'])).toBe(true);
  });

  it('does not read a news brief on cookie rules, or a longer article about cookies, as one', () => {
    expect(isConsentNotice(['European regulators fined the retailer 2 million euros on Tuesday for placing advertising cookies without consent, the privacy authority said.'])).toBe(false);
    const article = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: the company said it would stop tracking cookies in its browser next year, and you can read more on our site about what that means for privacy.`);
    expect(isConsentNotice(article)).toBe(false);
  });
});
