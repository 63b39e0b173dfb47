// The reader's body rendered to HTML with React's server renderer: markup in a document becomes
// elements the parser chose, never HTML taken from the text, and the cited passage is marked.

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DocText } from '../../web/src/components/DocText.tsx';
import { findQuote } from '../../web/src/text-segments.ts';
import type { Mention } from '../../web/src/types.ts';

const html = (text: string, quote?: string, mentions: Mention[] = []) =>
  renderToStaticMarkup(
    createElement(DocText, {
      text,
      mentions,
      highlight: quote ? findQuote(text, quote) : undefined,
      navigate: () => {},
    }),
  );

describe('document body rendering', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script> text', /<script/i],
    ['an event handler', 'x<img src=x onerror=alert(1)>y', /<img|onerror/i],
    ['a javascript: link', '[click](javascript:alert)', /href="javascript/i],
    ['an image, never fetched', '![c](http://evil.example/c.png)', /<img|evil\.example/i],
  ])('does not pass through %s', (_name, text, forbidden) => {
    const out = html(text);
    expect(out).not.toMatch(forbidden);
  });

  it('escapes what it shows as text', () => {
    expect(html('5 < 6 & 7 > 2')).toContain('5 &lt; 6 &amp; 7 &gt; 2');
    // Entities in the source are text too: shown as written, never decoded into markup.
    expect(html('a &lt;b&gt; c')).toContain('a &amp;lt;b&amp;gt; c');
  });

  it('renders headings one level below the page title, footnote markers as <sup>', () => {
    const out = html('# Report\n\n1. The Chair spoke.<sup>1</sup>\n\n<sup>1</sup> Mr. Major.');
    expect(out).toContain('<h2>Report</h2>');
    expect(out).toMatch(
      /<p class="numbered"><span class="para-no">1\.<\/span> The Chair spoke\.<sup>1<\/sup><\/p>/,
    );
    expect(out).toMatch(/<p class="footnote"><sup>1<\/sup> Mr\. Major\.<\/p>/);
  });

  it('marks a quote across a marker, the first mark being the scroll target', () => {
    const out = html('The Chair spoke.<sup>1</sup> Then Mr. Major.', 'spoke.<sup>1</sup> Then');
    expect(out).toContain(
      '<mark id="cited" tabindex="-1" class="cited">spoke.</mark><sup><mark class="cited">1</mark></sup>',
    );
    expect(out.match(/id="cited"/g)).toHaveLength(1);
  });

  it('marks the whole block when the quote is hidden markup only', () => {
    const out = html('Intro.\n\nThe Chair spoke.<sup>1</sup>', '<sup>');
    expect(out).toMatch(/<div id="cited" tabindex="-1" class="cited cited-block"><p>The Chair/);
  });

  it('links mentions, but not inside an external link', () => {
    const text = 'Fonseca chaired. See [Fonseca](https://example.org/f).';
    const mentions: Mention[] = [0, text.lastIndexOf('Fonseca')].map((start) => ({
      entityId: 'person:fonseca',
      type: 'Person',
      start,
      end: start + 7,
      text: 'Fonseca',
    }));
    const out = html(text, undefined, mentions);
    expect(out.match(/class="mention"/g)).toHaveLength(1);
    expect(out).toContain('href="https://example.org/f"');
    expect(out).toContain('rel="noopener noreferrer"');
  });
});
