// An event page's lines that title nothing (rules/title-furniture.ts): its practical lines ("Date: …",
// "Location: Virtual (via Zoom)", "Click here to register") and a one-word section heading ("Summary") under
// the page's headline. Texts are invented in the grammar of UN DESA's and a reporting site's pages.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  // A section heading under the page's headline: the headline titles the page.
  [
    'Sample Open Consultation session with the Co-Facilitators\n12 Mar 2030 10:30h - 11:45h\nSession at a glance\nSummary\nThis discussion was a public consultation on the sample review.\nMany participants spoke.',
    'Sample Open Consultation session with the Co-Facilitators',
  ],
  // The practical lines at a page's foot title nothing.
  [
    'The sample consultation will be held as part of the review. It follows several milestones.\nThe session will be co-facilitated by two Permanent Representatives.\nDate: Tuesday, 12 March 2030\nTime: 10:00 AM – 1:00 PM (EST)\nLocation: Virtual (via Zoom)\nClick here to register',
    undefined,
  ],
  // A forum's theme under a communiqué's heading, a link's call to act: the headline titles the page.
  [
    'Sample Regional Forum Communiqué\n\nThird Session of the Sample Regional Forum,\n\nTheme: “Promoting the Sample Model for Development”\n\nWe, the participants, met in Lagos from 2 to 4 July 2030.',
    'Sample Regional Forum Communiqué',
  ],
  [
    'Key messages of the Sample Regional Internet Forum\n\nThe forum was held in Bogota on 4 and 5 December 2030.\n\nSee the full document here: Download document\n\nDay 1\n\nData governance was discussed.',
    'Key messages of the Sample Regional Internet Forum',
  ],
  // A theme that is a page's headline stays.
  [
    'Theme of the Year: Trust and Inclusion in the Sample Region\n\nThe forum met in Geneva on 12 March 2030.\nIt adopted a statement.',
    'Theme of the Year: Trust and Inclusion in the Sample Region',
  ],
  // A practical line is furniture only as a label: a headline naming a location stays.
  [
    'Location Data for Sustainable Development Forum\n\nThe forum met in Geneva on 12 March 2030.\nIt adopted a statement.',
    'Location Data for Sustainable Development Forum',
  ],
];

describe('titles of event pages', () => {
  for (const [text, want] of CASES) it(text.slice(0, 70), () => expect(title(text)).toBe(want));
});
