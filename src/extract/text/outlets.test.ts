import { describe, expect, it } from 'vitest';
import { outletFromCopyright, outletFromMasthead, outletInOwnerName } from './outlets.js';

describe('outlets', () => {
  it('reads a copyright line', () => {
    expect(outletFromCopyright('Copyright © 2022 Press TV. All rights reserved.')).toBe('Press TV');
    expect(outletFromCopyright('© 2019 The New York Times Company')).toBe('The New York Times Company');
    expect(outletFromCopyright('© 2019 Business Insider Deutschland / finanzen.net GmbH')).toBe('Business Insider Deutschland');
    expect(outletFromCopyright('The copyright of this photo belongs to the agency and we are grateful.')).toBeNull();
    expect(outletFromCopyright('Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy')).toBe('Los Angeles Times');
    expect(outletFromCopyright('Copyright and Reprint')).toBeNull();
  });

  it('takes the owner’s words off the outlet’s name when the page names the outlet alone too', () => {
    const page = ['Healthline has strict sourcing guidelines.', 'Read The New York Times on the go.', 'Subscribe to The Channel newsletter.', '© 2019 Vox Media'].map((text) => ({ text }));
    expect(outletInOwnerName('Healthline Media', page)).toBe('Healthline');
    expect(outletInOwnerName('The New York Times Company', page)).toBe('The New York Times');
    expect(outletInOwnerName('Al Jazeera Media Network', page)).toBe('Al Jazeera Media Network');
    expect(outletInOwnerName('Vox Media', page)).toBe('Vox Media');
    expect(outletInOwnerName('The Channel Company', page)).toBe('The Channel Company');
  });

  it('reads a masthead', () => {
    expect(outletFromMasthead('SpreadIt News | Digital Newspaper')).toBe('SpreadIt News');
    expect(outletFromMasthead('No separator here')).toBeNull();
    expect(outletFromMasthead('Catch it Kansas - Content - News')).toBe('Catch it Kansas');
  });
});
