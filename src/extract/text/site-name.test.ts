import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { siteNameFromFurniture } from './site-name.js';

const site = (text: string, copyright: string | null = null, byline: string | null = null): string | null =>
  siteNameFromFurniture(splitLines(text), copyright, byline);

describe('siteNameFromFurniture', () => {
  it('takes the name the menus and footers give the site, over the company its copyright line names', () => {
    expect(site('The Verge homepage\nFollow The Verge online:\nThe Verge main menu\nThe body of the article, long enough to read.', 'Vox Media')).toBe('The Verge');
    expect(site('  ☆ About Houston Chronicle\nA sentence of the article.\n  • Houston Chronicle Archives', 'Hearst Communications')).toBe('Houston Chronicle');
    // "Vox Media" owns "Vox": the copyright line counts as one more naming.
    expect(site('Vox homepage\nThe article.', 'Vox Media')).toBe('Vox');
  });

  it('reads a logo printed twice without a space', () => {
    expect(site('MoreBikesMoreBikes\nThe article.')).toBe('MoreBikes');
    // An image's file name printed twice as its alt text is no logo.
    expect(site('dp3_1_endp3_1_en\nThe article.')).toBeNull();
  });

  it("reads the site an author's box says the author writes for, and a masthead printed twice", () => {
    expect(site('  • Gizmodo\nThe article.\nGizmodo\nSenior editor at Gizmodo.')).toBe('Gizmodo');
    expect(site("LinkNaija | Nigeria's popular news platform\nThe article.\nLinkNaija | Nigeria's popular news platform")).toBe('LinkNaija');
    // A masthead-shaped line printed once, a section's menu line: no site.
    expect(site("Health | Why you should sleep more tonight\nThe article.")).toBeNull();
  });

  it('leaves one naming to the copyright line', () => {
    expect(site('More From the Los Angeles Times\nThe article.', 'Los Angeles Times')).toBe('Los Angeles Times');
    expect(site('More From the Los Angeles Times\nThe article.')).toBeNull();
  });

  it('does not take calls to action, social networks or the author for the site', () => {
    expect(site('Email newsletters\nEmail newsletters\nJoin our newsletter\nJoin our newsletter\nThe article.')).toBeNull();
    expect(site('Follow us on Twitter\nTwitter logo\nTwitter logo\nRSS FeedRSS Feed\nThe article.')).toBeNull();
    expect(site('Follow Jason Cipriani\nAbout Jason Cipriani\nThe article.', null, 'Jason Cipriani')).toBeNull();
    expect(site('ウォシュレット－身近な商標シリーズ archives\nウォシュレット－身近な商標シリーズ archives')).toBeNull();
  });

  it("reads the site's own address written as a name, folded into the spaced name the page gives", () => {
    expect(site('  • WSJ.com\nThe article.\n  • Subscribe at WSJ.com today', 'Dow Jones & Company')).toBe('WSJ.com');
    expect(site('Subscribe to Express-News\nThe article.\nTrending on ExpressNews.com', 'Hearst Communications')).toBe('Express-News');
    expect(site('About Houston Chronicle\nThe article.\nMore on HoustonChronicle.com', 'Hearst Communications')).toBe('Houston Chronicle');
    // One address, or a blogging platform's, names no site.
    expect(site('Shop at Amazon.com\nThe article.')).toBeNull();
    expect(site('Blog at WordPress.com.\nThe article.\nBlog at WordPress.com.')).toBeNull();
  });
});

