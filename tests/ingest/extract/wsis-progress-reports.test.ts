// The Secretary-General's annual reports on WSIS implementation, CSTD session reports and the news around them
// (q87): a joint symbol written with a minus sign (symbol-grammar.ts); a masthead box copied after the first
// page's summary (document-late-masthead.ts); a news headline "X adopts resolutions" is no resolution and a
// bare "Note" line no title (document-masthead.ts); priority themes in quotes (theme-priority.ts); "the
// secretariat of <body>" writes for the body (agents.ts). Sentences are invented, in the genre's style.

import { describe, expect, it } from 'vitest';
import { docTypeOf } from '../../../ingest/extract/rules/document-masthead.ts';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasEdge } from './helpers.ts';

const docOf = (text: string) => {
  const g = extractText(text, 'report.txt');
  const d = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'report.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === d.id).map((e) => e.to);
  return { g, d, refs };
};

describe('a joint symbol with a minus sign', () => {
  const CASES: [text: string, want: string[]][] = [
    ['United Nations A/98/66−E/2093/10', ['A/98/66-E/2093/10']],
    ['see A/98/66–E/2093/10 and A/98/50', ['A/98/66-E/2093/10', 'A/98/50']],
    // Negative: a minus sign before a word joins nothing.
    ['A/98/66 − Economic questions', ['A/98/66']],
  ];
  for (const [text, want] of CASES)
    it(text, () => expect(findSymbols(text, 'dash').map((s) => s.symbol)).toEqual(want));
});

const BODY = [
  'General Assembly Ninety-third session',
  'Item 18 of the preliminary list*',
  'Progress made in the implementation of the outcomes of the Sample Summit',
  'Report of the Secretary-General',
  'This report has been prepared in response to Economic and Social Council resolution 2006/46.',
  '* A/98/50.',
  // The rest of the first page, so that the box stands past the masthead's lines (document.ts MASTHEAD_LINES).
  ...Array.from(
    { length: 12 },
    (_, i) => `${i + 1}. The sample entities reported on their activities in 2092.`,
  ),
];

describe('a masthead box after the first page', () => {
  it('is the document’s own symbol, not a reference', () => {
    const { d, refs } = docOf(
      [
        ...BODY,
        'United Nations A/98/66−E/2093/10',
        'General Assembly Economic and Social Council',
        'Distr.: General',
        '1 March 2093',
      ].join('\n\n'),
    );
    expect(d.properties.symbol).toBe('A/98/66-E/2093/10');
    expect(d.aliases).toEqual(expect.arrayContaining(['A/98/66', 'E/2093/10']));
    expect(refs).not.toContain('document:a-98-66-e-2093-10');
  });
  // Negative: a "United Nations" line over anything but the organs and "Distr.", and a symbol in a sentence.
  const NOT_OWN: [name: string, tail: string[]][] = [
    ['no Distr. line', ['United Nations A/98/66', 'Further information is available online.']],
    ['a sentence', ['The United Nations A/98/66 report was noted.', 'General Assembly', 'Distr.: General']],
  ];
  for (const [name, tail] of NOT_OWN)
    it(name, () => {
      const { d, refs } = docOf([...BODY, ...tail].join('\n\n'));
      expect(d.properties.symbol).toBeUndefined();
      expect(refs).toContain('document:a-98-66');
    });
});

describe('what a title says the document is', () => {
  const CASES: [title: string, want: string | undefined][] = [
    ['ECOSOC adopts resolutions on information society, and science & technology', undefined],
    ['Council approves two draft resolutions on sample questions', undefined],
    ['Resolution adopted by the Economic and Social Council on 7 June 2093', 'resolution'],
    ['Draft Resolution for adoption by the Council', 'resolution'],
  ];
  for (const [title, want] of CASES) it(title, () => expect(docTypeOf(title, title)).toBe(want));

  it('a bare "Note" line is no title', () => {
    const { d } = docOf(
      'Sample cover\n\nNote\n\nSymbols of United Nations documents are composed of letters combined with figures.',
    );
    expect(d.properties.title).not.toBe('Note');
  });
  it('"Note by the Secretary-General" still is', () => {
    const { d } = docOf(
      'Note by the Secretary-General\n\nThe Secretary-General has the honour to transmit a note.',
    );
    expect(d.properties.title).toBe('Note by the Secretary-General');
  });
});

describe('priority themes in quotes', () => {
  const SESSION =
    'Commission on Science and Technology for Development\n\nReport on the ninety-ninth session (9-13 May 2093)\n\nSummary\n\n';
  it('the session reported on and the document address each', () => {
    const { g, d } = docOf(
      `${SESSION}At its ninety-ninth session, the Commission on Science and Technology for Development reviewed the progress made. In addition, it considered two priority themes, “Sample cities and infrastructure” and “Foresight for sample development”.`,
    );
    for (const t of ['theme:sample-cities-and-infrastructure', 'theme:foresight-for-sample-development']) {
      expect(hasEdge(g, 'ADDRESSES', d.id, t)).toBe(true);
      expect(hasEdge(g, 'ADDRESSES', 'meeting:cstd-99', t)).toBe(true);
    }
  });
  // Negative: themes for a later session are not this one's; a quoted title after other words is no theme.
  it('themes for its next session', () => {
    const { g } = docOf(
      `${SESSION}The Commission selected the priority theme “Sample data for development” for its next session.`,
    );
    expect(hasEdge(g, 'ADDRESSES', 'meeting:cstd-99', 'theme:sample-data-for-development')).toBe(false);
  });
  it('a quoted title elsewhere', () => {
    const { g } = docOf(
      `${SESSION}The Commission took note of the report entitled “Sample cities of tomorrow”.`,
    );
    expect(g.nodes.some((n) => n.id === 'theme:sample-cities-of-tomorrow')).toBe(false);
  });
});

describe('the secretariat of a body writes for it', () => {
  it('"It has been prepared by the secretariat of UNCTAD"', () => {
    const { g, d } = docOf(
      [
        ...BODY.slice(0, 4),
        'It has been prepared by the secretariat of the United Nations Conference on Trade and Development (UNCTAD), following information provided by entities.',
      ].join('\n\n'),
    );
    expect(hasEdge(g, 'PRODUCED', 'organization:unctad', d.id)).toBe(true);
  });
  // Negative: a secretariat of a body no rule knows is no agent.
  it('an unknown body’s secretariat', () => {
    const { g, d } = docOf(
      [...BODY.slice(0, 4), 'It has been prepared by the secretariat of the Sample Board of Questions.'].join(
        '\n\n',
      ),
    );
    expect(
      g.edges.some(
        (e) => e.type === 'PRODUCED' && e.to === d.id && e.from !== 'organization:secretary-general',
      ),
    ).toBe(false);
  });
});

describe('a session report’s cover under a site’s page preview', () => {
  const cover = (symbolLine: string) =>
    [
      'Page 1: Commission on Sample Questions sample.org/docs/report.pdf · 1. The Commission recommends. The Council adopts.',
      'Commission on Sample Questions',
      'Report on the ninety-ninth session (9-13 May 2093)',
      'Economic and Social Council',
      'Official Records, 2093 Supplement No. 11',
      symbolLine,
      'United Nations New York, 2093',
      'Summary',
      'At its ninety-ninth session, the Commission met and reviewed its work. It adopted two texts.',
    ].join('\n\n');
  it('is titled by its report line, its hyphen-joined symbol’s halves its aliases', () => {
    const { d } = docOf(cover('E/2093/31-E/CN.99/2093/4'));
    expect(d.properties.title).toBe('Report on the ninety-ninth session (9-13 May 2093)');
    expect(d.aliases).toEqual(expect.arrayContaining(['E/2093/31', 'E/CN.99/2093/4']));
  });
  // Negative: without its own symbol in the run, short lines under prose stay a list of links.
  it('a run of link labels without the symbol', () => {
    const { d } = docOf(cover('Related documents'));
    expect(d.properties.title).not.toBe('Report on the ninety-ninth session (9-13 May 2093)');
  });
});

describe('a body recommending the drafts that follow', () => {
  const CASES: [name: string, text: string, body: string, want: boolean][] = [
    [
      'a commission’s draft for the Council',
      'Draft resolution for adoption by the Council\n\n1. The Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the following draft resolution:\n\nSample questions 2093',
      'organization:cstd',
      true,
    ],
    [
      'a Main Committee’s report',
      'Report of the Sample Committee\n\n5. The Second Committee recommends to the General Assembly the adoption of the following draft resolutions:',
      'organization:second-committee',
      true,
    ],
    // Negative: a body the sentence reports on, and the adoption of something other than drafts.
    [
      'reported words',
      'Sample news\n\nThe delegate noted that the Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the following draft resolution.',
      'organization:cstd',
      false,
    ],
    [
      'the adoption of a report',
      'Sample news\n\nThe Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the report on its session.',
      'organization:cstd',
      false,
    ],
  ];
  for (const [name, text, body, want] of CASES)
    it(name, () => {
      const { g, d } = docOf(text);
      expect(hasEdge(g, 'PRODUCED', body, d.id)).toBe(want);
    });

  it('the secretariat of a name broken over a blank line is no United Nations secretariat', () => {
    const { g, d } = docOf(
      [
        ...BODY.slice(0, 4),
        'outcomes. It has been prepared by the secretariat of the United Nations Conference on',
        'Trade and Development (UNCTAD), following information provided by entities.',
      ].join('\n\n'),
    );
    expect(hasEdge(g, 'PRODUCED', 'organization:united-nations', d.id)).toBe(false);
  });
});
