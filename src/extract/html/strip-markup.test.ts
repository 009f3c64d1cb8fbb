import { describe, expect, it } from 'vitest';
import { stripMarkup } from './strip-markup.js';

describe('stripMarkup', () => {
  it('reads JSON-LD before removing scripts', () => {
    const { html, jsonLd } = stripMarkup(
      '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var a = "<!--";</script></head><body><p>Text</p></body>',
    );
    expect(jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(html).toBe('<head></head><body><p>Text</p></body>');
  });

  it('removes styles, svg, noscript, templates and comments', () => {
    const { html } = stripMarkup('<div><style>p{}</style><svg><path d="M0"/></svg><noscript><img src=x></noscript><!-- c --><template><p>t</p></template><p>kept</p></div>');
    expect(html).toBe('<div><p>kept</p></div>');
  });

  it('keeps the space between inline elements but drops it beside block tags', () => {
    const { html } = stripMarkup('<div>\n  <p><b>one</b> <i>two</i></p>\n</div>');
    expect(html).toBe('<div><p><b>one</b> <i>two</i></p></div>');
  });

  it('drops unused attributes and keeps the ones extraction reads', () => {
    const { html } = stripMarkup('<p class="a" data-track="x" onclick="y()" aria-label="z" style="color:red" href="/h">t</p><div style="display:none">h</div>');
    expect(html).toBe('<p class="a" href="/h">t</p><div style="display:none">h</div>');
  });

  it('cuts an unclosed script to the end of the page', () => {
    expect(stripMarkup('<p>a</p><script>var x = 1;').html).toBe('<p>a</p>');
  });
});

describe('stripMarkup chrome', () => {
  it('removes nav, aside, buttons and selects with their content, and leaves footers to Readability', () => {
    const { html } = stripMarkup('<nav><a href="/">Home</a></nav><p>x</p><aside>Related</aside><button>Share</button><select><option>A</option></select><footer>© Site</footer>');
    expect(html).toBe('<p>x</p><footer>© Site</footer>');
  });

  it('leaves an unclosed nav alone rather than cutting the rest of the page', () => {
    expect(stripMarkup('<nav><a href="/">Home</a><p>Article text</p>').html).toBe('<nav><a href="/">Home</a><p>Article text</p>');
  });

  it('does not take a custom element for a removed one', () => {
    expect(stripMarkup('<nav-bar>menu</nav-bar><p>x</p></nav>').html).toBe('<nav-bar>menu</nav-bar><p>x</p></nav>');
  });
});
