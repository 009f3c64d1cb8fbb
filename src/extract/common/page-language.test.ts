import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-language.js';

const ENGLISH = [
  'The New York state attorney general is investigating WeWork amid layoffs. The company confirmed that it had been contacted by the office, which will reportedly focus on the activities of its founder.',
  'SoftBank has told WeWork executives it wants the company to turn a profit by 2021, and to look for new sources of revenue while it attempts to rescue the company from its debts.',
];
const GERMAN = [
  'Die elektronische Patientenakte soll ab dem kommenden Jahr allen gesetzlich Versicherten zur Verfügung stehen. Die Krankenkassen müssen sie dann auf Wunsch ihrer Versicherten anlegen und pflegen.',
  'Ärzte und Kliniken sollen darin Befunde, Arztbriefe und Medikationspläne ablegen können, damit die Daten bei einem Wechsel der Praxis nicht verloren gehen und Untersuchungen nicht doppelt gemacht werden.',
];
const INDONESIAN = [
  'Perpecahan umat Islam menjadi Sunni dan Syiah bermula setelah wafatnya Nabi Muhammad, ketika para sahabat berbeda pendapat tentang siapa yang berhak menjadi pemimpin umat sesudah beliau.',
  'Sebagian besar sahabat membaiat Abu Bakar sebagai khalifah pertama, sedangkan sebagian yang lain berpendapat bahwa Ali bin Abi Thalib lebih berhak karena hubungan keluarganya dengan Nabi.',
];

describe('a page\'s language', () => {
  it('is what the page declares when its body agrees or cannot say', () => {
    expect(pageLanguage('en', ENGLISH)).toBe('en');
    expect(pageLanguage('de', GERMAN)).toBe('de');
    expect(pageLanguage('de', ['Kurz gesagt: nichts.'])).toBe('de');
  });

  it('is the body\'s when the page declares none', () => {
    expect(pageLanguage(null, GERMAN)).toBe('de');
    expect(pageLanguage(null, ENGLISH)).toBe('en');
  });

  it('is the body\'s when the body is plainly written in another language than the page declares', () => {
    expect(pageLanguage('de', ENGLISH)).toBe('en');
    expect(pageLanguage('en', GERMAN)).toBe('de');
  });

  it('stays what the page declares between languages the detector cannot tell apart', () => {
    expect(pageLanguage('id', INDONESIAN)).toBe('id');
  });

  it('stays what the page declares when the body is too short to overrule it', () => {
    expect(pageLanguage('de', ['The council voted on Tuesday to build a tram line.'])).toBe('de');
  });
});
