// The title of a report issued under a UN masthead (rules/document.ts): the
// line "Report of the Secretary-General" says what kind of document it is; the
// heading above it is its subject, and an "Addendum" has its own heading.
// A footnote digit set on the title line is no part of it.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const titleOf = (text: string) =>
  extractText(text).nodes.find((n) => n.type === 'Document')?.properties.title;

const MASTHEAD =
  'United Nations\nA/99/999\nGeneral Assembly\nDistr.: General\n29 May 2020\n\nSeventy-fourth session\nAgenda item 14\n\n';

describe('document titles', () => {
  const CASES: [text: string, want: string][] = [
    [
      `${MASTHEAD}Road map for example cooperation\n\nReport of the Secretary-General\n\n1. In July 2018, the Secretary-General convened a panel.`,
      'Road map for example cooperation — Report of the Secretary-General',
    ],
    [
      `${MASTHEAD}**Progress made in the example\nof the outcomes**\n\nReport of the Secretary-General\n\nAddendum\n\n**Outcome of the example meeting**\n\n1. The meeting was held.`,
      'Progress made in the example of the outcomes — Report of the Secretary-General — Addendum: Outcome of the example meeting',
    ],
    // Masthead furniture above is no subject.
    [
      'United Nations\nA/99/998\nGeneral Assembly\nDistr.: General\n29 May 2020\n\nAgenda item 14\n\nReport of the Secretary-General\n\n1. The report responds.',
      'Report of the Secretary-General',
    ],
    [
      'UNEDITED\nDraft Resolution for adoption by the Council1\n\nThe Economic and Social Council,',
      'Draft Resolution for adoption by the Council',
    ],
    ['Report on the deployment of IPv6\n\nThe text.', 'Report on the deployment of IPv6'],
  ];
  for (const [text, want] of CASES) it(want, () => expect(titleOf(text)).toBe(want));
});
