// The document reader's markup parser: what a source text's Markdown, tags and TeX footnote markers
// become, and that every rendered character is still a raw offset (mentions and quotes need it).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Block, parseBlocks } from '../../web/src/markup/blocks.ts';
import { type Inline, parseInline } from '../../web/src/markup/inline.ts';
import { leaves } from '../../web/src/markup/pieces.ts';

/** A compact rendering of the tree: tags for elements, raw slices for text. */
function show(raw: string, nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      if (n.kind === 'text') return raw.slice(n.start, n.end);
      if (n.kind === 'break') return '<br>';
      const inner = show(raw, n.children);
      if (n.kind === 'link') return `<a${n.href ? ` ${n.href}` : ''}>${inner}</a>`;
      return `<${n.kind}>${inner}</${n.kind}>`;
    })
    .join('');
}

function showBlock(raw: string, b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `h${b.level}[${show(raw, b.content)}]`;
    case 'para':
      return `${b.footnote ? 'fn' : 'p'}${b.number ? `(${raw.slice(b.number.start, b.number.end)})` : ''}[${show(raw, b.content).replace(/\s+/g, ' ').trim()}]`;
    case 'list':
      return `ul[${b.items.map((it) => `${'>'.repeat(it.depth)}${it.labelled ? '' : '•'}${show(raw, it.content)}`).join('|')}]`;
    case 'table':
      return `table[${[b.head, ...b.rows].map((r) => r.map((c) => show(raw, c)).join(',')).join(';')}]`;
    case 'rule':
      return 'hr';
  }
}

describe('inline markup', () => {
  it.each([
    ['plain text stays', 'The Working Group met.', 'The Working Group met.'],
    ['strong', '**Background** of it', '<strong>Background</strong> of it'],
    ['strong with underscores', '__Note__ this', '<strong>Note</strong> this'],
    ['emphasis', 'a *quiet* word', 'a <em>quiet</em> word'],
    ['emphasis with underscores', 'an _aside_.', 'an <em>aside</em>.'],
    ['underscores inside words stay', 'snake_case_name and file_x', 'snake_case_name and file_x'],
    [
      'lone asterisks stay (footnote marks, arithmetic)',
      'Cooperation* and 2 * 3 * 4',
      'Cooperation* and 2 * 3 * 4',
    ],
    ['unclosed strong stays', '**E/2012/1. only', '**E/2012/1. only'],
    ['<sup> footnote marker', 'presentation.<sup>1</sup> Mr. Major', 'presentation.<sup>1</sup> Mr. Major'],
    ['<SUP> in capitals', 'x<SUP>2</SUP>', 'x<sup>2</sup>'],
    ['<sub>', 'H<sub>2</sub>O', 'H<sub>2</sub>O'],
    ['<b> and <i>', '<b>bold</b> and <i>it</i>', '<strong>bold</strong> and <em>it</em>'],
    ['^{…} marker', 'discussions, delegates^{10} said', 'discussions, delegates<sup>10</sup> said'],
    ['^{…} with a dot', '^{12.} In the', '<sup>12.</sup> In the'],
    ['TeX marker with mangled braces', '$^{^{\\}rm 12}~$ Representatives', '<sup>12</sup> Representatives'],
    ['TeX marker, plain', 'text$^{3}$ more', 'text<sup>3</sup> more'],
    ['dollars without a superscript stay', 'US$5 and $6 each', 'US$5 and $6 each'],
    ['link to http', '[site](http://unctad.org/cstd)', '<a http://unctad.org/cstd>site</a>'],
    [
      'mailto link',
      '([stdev@unctad.org](mailto:stdev@unctad.org))',
      '(<a mailto:stdev@unctad.org>stdev@unctad.org</a>)',
    ],
    ['javascript: link is text only', '[click](javascript:alert)', '<a>click</a>'],
    ['anchor link is text only', '[Working Group](#)', '<a>Working Group</a>'],
    ['image: alt text only, never fetched', '![chart](http://x.org/c.png)', '<a>chart</a>'],
    ['autolink', 'at <http://unctad.org/cstd>.', 'at <a http://unctad.org/cstd>http://unctad.org/cstd</a>.'],
    ['escapes drop the backslash', 'WGEC\\_2016\\*', 'WGEC_2016*'],
    ['a doubled escape counts once', 'WGEC\\\\_2016\\\\_en.pdf', 'WGEC_2016_en.pdf'],
    ['a backslash before a letter stays', 'C:\\temp', 'C:\\temp'],
    ['other tags are hidden, their text kept', 'a <span class="x">b</span> <script>c</script>', 'a b c'],
    ['attribute payloads vanish with the tag', 'x<img src=x onerror=alert(1)>y', 'xy'],
    ['<br>', 'one<br/>two', 'one<br>two'],
    ['two spaces before a newline: a break', 'Sirimanne  \nDirector', 'Sirimanne<br>Director'],
    [
      'one newline: kept as a break (converted PDFs break lines where the page did)',
      'one\ntwo',
      'one<br>two',
    ],
    ['CRLF and trailing spaces go with the break', 'one \r\ntwo', 'one<br>two'],
    [
      'nested: strong inside a link',
      '[**Report**](https://a.org/r)',
      '<a https://a.org/r><strong>Report</strong></a>',
    ],
    ['emphasis inside a superscript', '<sup>*a*</sup>', '<sup><em>a</em></sup>'],
  ])('%s', (_name, raw, expected) => {
    expect(show(raw, parseInline(raw))).toBe(expected);
  });

  it('parses only the given range, with raw offsets', () => {
    const raw = 'skip **this** part';
    const nodes = parseInline(raw, 5, 13);
    expect(show(raw, nodes)).toBe('<strong>this</strong>');
    expect(nodes[0]!.start).toBe(5);
    expect(nodes[0]!.end).toBe(13);
  });
});

describe('block markup', () => {
  it.each([
    ['heading and paragraph', '# Title\n\nText here.', ['h1[Title]', 'p[Text here.]']],
    [
      'heading with bold and closing hashes',
      '### **Working Group** ###',
      ['h3[<strong>Working Group</strong>]'],
    ],
    ['"#" without a space is text', '#hashtag', ['p[#hashtag]']],
    [
      'numbered paragraphs keep their number',
      '1. First.\n2. Second,\non two lines.',
      ['p(1.)[First.]', 'p(2.)[Second,<br>on two lines.]'],
    ],
    ['a bullet before the number', '- 12. In the ensuing', ['p(12.)[In the ensuing]']],
    ['a superscripted number', '- ^{12.} In the ensuing', ['p(12.)[In the ensuing]']],
    ['"4.1." is not a paragraph number', '4.1. Enhanced Cooperation', ['p[4.1. Enhanced Cooperation]']],
    ['bullets, across a blank line', '- one\n\n- two\nwrapped', ['ul[•one|•two<br>wrapped]']],
    ['labelled items draw no bullet', '  - a) What?\n  - b) Which?', ['ul[>a) What?|>b) Which?]']],
    ['• bullets from PDFs', '• Compliance \n• Trust', ['ul[•Compliance |•Trust]']],
    [
      'a numbered paragraph then its items',
      '7. Two questions:\n  - a) One',
      ['p(7.)[Two questions:]', 'ul[>a) One]'],
    ],
    ['"* note" is a footnote, not a bullet', 'Text\n\n* A/67/50.', ['p[Text]', 'fn[* A/67/50.]']],
    ['<sup> footnote', '<sup>1</sup> Available at x.', ['fn[<sup>1</sup> Available at x.]']],
    [
      'unicode superscript footnote',
      '¹ Ms. Ana Cristina das Neves, Portugal.',
      ['fn[¹ Ms. Ana Cristina das Neves, Portugal.]'],
    ],
    ['rule', 'above\n\n---\n\nbelow', ['p[above]', 'hr', 'p[below]']],
    ['table', '| a | b |\n|---|:-:|\n| 1 | **2** |', ['table[a,b;1,<strong>2</strong>]']],
    ['pipes without a separator: text lines', '| a | b |\n| 1 | 2 |', ['p[| a | b |]', 'p[| 1 | 2 |]']],
    ['CRLF line ends', 'one\r\n\r\ntwo', ['p[one]', 'p[two]']],
    ['empty text', '', []],
  ])('%s', (_name, raw, expected) => {
    expect(parseBlocks(raw).map((b) => showBlock(raw, b))).toEqual(expected);
  });
});

describe('the seed corpus renders without visible markup', () => {
  const dir = join(import.meta.dirname, '../../seeds/corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s', (file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const blocks = parseBlocks(raw);
    expect(blocks.length).toBeGreaterThan(0);
    let last = 0;
    let rendered = '';
    for (const l of leaves(blocks)) {
      // Text leaves are raw ranges in reading order, never overlapping: raw offsets stay exact.
      expect(l.start).toBeGreaterThanOrEqual(last);
      expect(l.end).toBeGreaterThan(l.start);
      last = l.end;
      rendered += `${raw.slice(l.start, l.end)}\u0000`;
    }
    expect(rendered).not.toMatch(/<\/?sup>|\^\{|\\rm|\]\(|^#{1,6} /im);
    // Nothing of the words is lost: every letter of the source outside markup is shown.
    const letters = (s: string) => s.replace(/<[^>]*>|\([^)]*\)|\\rm|[^\p{L}]/gu, '').length;
    expect(letters(rendered)).toBeGreaterThan(letters(raw) * 0.95);
  });
});
