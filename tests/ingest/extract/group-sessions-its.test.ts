// Whose "its first session" is on pages about a negotiating committee (rules/meetings-group-sessions.ts
// citedGroup): "approved by the Ad Hoc Committee in its first session", "Report of the <committee> on its
// fifth session", fronted "… approved at its first session, the <committee> held …" are the committee's,
// not the General Assembly's whose resolution the sentence cites. Cited in passing, such a session reads
// no date after it (another gathering's, or a document's); it is kept where another sentence dates it.
// Synthetic sentences in the style of UNODC's and stakeholders' pages.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const AHC =
  'Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes';
const HELD = `The ${AHC}, established by the General Assembly in its resolution 74/247, held its first session from 1 to 12 March 2099 in New York.`;

const CASES: [name: string, text: string, want: string[], not: RegExp[]][] = [
  [
    '"approved by the Ad Hoc Committee in its first session": the committee\'s, dated where it was held',
    `${HELD}\n\nIn accordance with General Assembly resolution 75/282 and the road map approved by the Ad Hoc Committee in its first session, the third consultation will be held on 5 and 6 June 2099 in Vienna.`,
    ['meeting:ahc-cybercrime-session-1 2099-03-01 workinggroup:ahc-cybercrime'],
    [/general-assembly-1/],
  ],
  [
    'fronted: "approved at its first session, the <committee> held its second session"',
    `In accordance with General Assembly resolution 75/282 and the road map approved at its first session, the ${AHC}, established by the General Assembly in its resolution 74/247, held its second session from 2 to 13 May 2099 in Vienna.`,
    ['meeting:ahc-cybercrime-session-2 2099-05-02 workinggroup:ahc-cybercrime'],
    [/general-assembly/],
  ],
  [
    '"Report of the <committee> on its fifth session": the committee\'s; a document\'s date after it dates nothing',
    `${HELD}\n\nReport of the ${AHC} on its fifth session\n\nRevised methodology for the work of the Ad Hoc Committee at its fifth session (22 February 2099) - PDF`,
    ['meeting:ahc-cybercrime-session-1 2099-03-01 workinggroup:ahc-cybercrime'],
    [/general-assembly-5/, /session-5 2099-02-22/],
  ],
  [
    'a bare "the first session" after the committee in its sentence, no body between, is the committee\'s',
    `${HELD}\n\nThe road map was approved by the Ad Hoc Committee in its first session (see the report of the first session), and the General Assembly took note of it.`,
    ['meeting:ahc-cybercrime-session-1 2099-03-01 workinggroup:ahc-cybercrime'],
    [/general-assembly-1/],
  ],
  [
    // Merge review: "of the Ad Hoc Committee" after the session, the committee a mention only on a page about it,
    // had given the session to the Assembly of the resolution the sentence cites first (session-body.ts).
    '"the report of the first session of the Ad Hoc Committee": no session of the Assembly',
    `Second intersessional consultation of the Ad Hoc Committee\n\nVienna, 13 and 14 June 2099\n\nIn paragraph 2 of resolution 74/247, the General Assembly decided to establish the ${AHC}.\n\nIn accordance with resolution 75/282 and the “Road map for the Ad Hoc Committee”, annexed to the report of the first session of the Ad Hoc Committee, the second intersessional consultation will be held in Vienna on 13 and 14 June 2099.`,
    [],
    [/general-assembly/],
  ],
  [
    '"<group> … on its sixth session, which was held from …": the session\'s own participle dates it',
    `Noting the recommendations of the Intergovernmental Group of Experts on E-commerce and the Digital Economy on its sixth session, which was held from 10 to 12 May 2099.`,
    ['meeting:ige-ecommerce-session-6 2099-05-10 workinggroup:ige-ecommerce'],
    [/broadband/, /general-assembly/],
  ],
  [
    "the same with a PDF copy's footnote marker after the comma (GA resolution 78/132's preamble)",
    'Noting the recommendations of the Intergovernmental Group of Experts on E-commerce and the Digital Economy on its sixth session,^{12} which was held from 10 to 12 May 2099,',
    ['meeting:ige-ecommerce-session-6 2099-05-10 workinggroup:ige-ecommerce'],
    [/broadband/],
  ],
  [
    // The owner named after "of": "the reporting of the Working Group to the twenty-first session of the Commission".
    'a session "of" a named body is that body\'s, not the group\'s before it',
    'The Working Group on Enhanced Cooperation met in Geneva on 26 and 27 January 2017. This meeting prepares the reporting of the Working Group to the twenty-first session of the Commission on Science and Technology for Development, held from 14 to 18 May 2018.',
    ['meeting:cstd-21 2018-05-14 organization:cstd'],
    [/wgec.*session-21/],
  ],
];

// A Commission's own session stays the Commission's: "its" after a body that is no working group.
const BODY_CASES: [text: string, want: string][] = [
  [
    'The Commission on Science and Technology for Development, at its twentieth session, held from 8 to 12 May 2017 in Geneva, discussed the theme.',
    'meeting:cstd-20 2017-05-08 organization:cstd',
  ],
];

// The cited session is a source of the committee's session, quoted where it is cited.
const QUOTED: [text: string, id: string, words: string][] = [
  [
    `${HELD}\n\nIn accordance with General Assembly resolution 75/282 and the road map approved at its first session, the ${AHC} held its second session from 2 to 13 May 2099 in Vienna.`,
    'meeting:ahc-cybercrime-session-1',
    'approved at its first session',
  ],
  [
    `${HELD}\n\nThe road map was approved by the Ad Hoc Committee in its first session (see the report of the first session), and the General Assembly took note of it.`,
    'meeting:ahc-cybercrime-session-1',
    'see the report of the first session',
  ],
];

describe('whose "its first session" is on a page about a working group', () => {
  it.each(QUOTED)('%s', (text, id, words) => {
    const node = extractText(text).nodes.find((n) => n.id === id);
    expect(node?.sources.some((s) => s.quote.includes(words))).toBe(true);
  });
  it.each(CASES)('%s', (_name, text, want, not) => {
    const got = meetingLines(extractText(text));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.filter((l) => n.test(l))).toEqual([]);
  });
  it.each(BODY_CASES)('%s', (text, want) => {
    expect(meetingLines(extractText(text))).toContain(want);
  });
});
