// A press release whose copy lost its symbol line still carries the Department's own line ("Department of Public
// Information • News and Media Division • New York"): its headline says what happened ("Ten Draft Resolutions
// Approved as …"), it is no resolution (rules/document-press.ts, pressOfficeLine). A resolution's own title
// still makes it one. Texts are invented, in the style of the Second Committee's coverage.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const docType = (text: string) =>
  extractText(text, 'release.txt').nodes.find((n) => n.type === 'Document')!.properties.docType;

const CASES: [text: string, want: string | undefined][] = [
  [
    'Ten Draft Resolutions Approved as Second Committee Concludes Its Session\n| |||\nDepartment of Public Information • News and Media Division • New York |\nNinety-eighth General Assembly\nSecond Committee\n41st Meeting (PM)\nThe Second Committee approved ten draft resolutions today.\n',
    undefined,
  ],
  [
    'Committee Approves Draft Resolution on Information and Communications Technologies\nMeetings Coverage and Press Releases\nThe Second Committee approved one draft resolution today.\n',
    undefined,
  ],
  // Negative: no press office line, a resolution's title.
  [
    'Draft resolution on information and communications technologies for development\n\nThe General Assembly,\n\nRecalling its resolution 98/5,\n',
    'resolution',
  ],
];

describe("a press release's kind without its symbol", () => {
  it.each(CASES)('%s', (text, want) => {
    expect(docType(text)).toBe(want);
  });
});
