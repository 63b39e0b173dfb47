import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../ingest/read/html-entities.ts';
import { htmlToText } from '../../../ingest/read/html-to-text.ts';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become blank-line separated blocks', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.\n'],
    ['line breaks stay line breaks', '<p>Palais des Nations<br>Geneva</p>', 'Palais des Nations\nGeneva\n'],
    ['headings keep a Markdown prefix', '<h2>Background</h2><p>Text</p>', '## Background\n\nText\n'],
    ['white space inside a block collapses', '<p>The   Working\n  Group</p>', 'The Working Group\n'],
    [
      'scripts, styles and comments are dropped',
      '<style>p{}</style><script>var a="<p>x</p>"</script><!-- c --><p>Kept</p>',
      'Kept\n',
    ],
    ['the head is dropped', '<html><head><title>T</title></head><body><p>Body</p></body></html>', 'Body\n'],
    [
      'superscripts become ^{n} markers',
      '<p>The first panellist<sup>7</sup> said</p>',
      'The first panellist^{7} said\n',
    ],
    [
      'entities are decoded',
      '<p>Gen&egrave;ve, 26&ndash;27&nbsp;January &amp; &#8220;WSIS&#x201D;</p>',
      'Genève, 26–27 January & “WSIS”\n',
    ],
    ['unordered lists get bullets', '<ul><li>Data</li><li>Cooperation</li></ul>', '• Data\n• Cooperation\n'],
    [
      'ordered lists get numbers from start',
      '<ol start="65"><li>Requests</li><li>Decides</li></ol>',
      '65. Requests\n66. Decides\n',
    ],
    [
      'table cells are tab separated',
      '<table><tr><td>Chair</td><td>Mr. X</td></tr></table>',
      'Chair\tMr. X\n',
    ],
    [
      'inline tags vanish without breaking words',
      '<p><b>Enhanced</b> <i>co</i>operation</p>',
      'Enhanced cooperation\n',
    ],
    ['attributes with > inside quotes do not end the tag', '<p title="a>b">Text</p>', 'Text\n'],
    [
      'menus, footers and forms are dropped',
      '<nav><a>UNCTAD</a></nav><p>Body</p><form><button>Go</button></form><footer>Contact</footer>',
      'Body\n',
    ],
    [
      'only <main> is read when there is one',
      '<div>Banner</div><main><h1>IGF 2023</h1></main><div>Links</div>',
      '# IGF 2023\n',
    ],
    ['preformatted text keeps its lines', '<pre>line 1\nline 2</pre>', 'line 1\nline 2\n'],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('gives nothing for a page without text', () => {
    expect(htmlToText('<html><head><title>x</title></head><body><img src="a.png"></body></html>')).toBe('');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&eacute;&Eacute;&ccedil;', 'éÉç'],
    ['&#233;&#xE9;', 'éé'],
    ['&rsquo;&mdash;&hellip;', '’—…'],
    ['AT&T &unknown; &#0; &#xD800;', 'AT&T &unknown; &#0; &#xD800;'],
    ['no entities', 'no entities'],
  ])('%s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
