import { describe, expect, it } from 'vitest';
import { outletFromCopyright, outletFromMasthead } from './outlets.js';

describe('outlets', () => {
  it('reads a copyright line', () => {
    expect(outletFromCopyright('Copyright © 2022 Press TV. All rights reserved.')).toBe('Press TV');
    expect(outletFromCopyright('© 2019 The New York Times Company')).toBe('The New York Times Company');
    expect(outletFromCopyright('The copyright of this photo belongs to the agency and we are grateful.')).toBeNull();
    expect(outletFromCopyright('Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy')).toBe('Los Angeles Times');
    expect(outletFromCopyright('Copyright and Reprint')).toBeNull();
  });

  it('reads a masthead', () => {
    expect(outletFromMasthead('SpreadIt News | Digital Newspaper')).toBe('SpreadIt News');
    expect(outletFromMasthead('No separator here')).toBeNull();
  });
});
