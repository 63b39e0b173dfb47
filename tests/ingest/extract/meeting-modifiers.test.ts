// Words before a gathering's noun that say who organised it or what was done, not what it is
// (rules/meetings-named.ts): "a UN-organised Inter-Sessional Panel" is the Inter-Sessional Panel;
// "The Commission held open-ended consultations" names open-ended consultations.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id);

const CASES: [text: string, want: string, not: string][] = [
  [
    'Representatives are set to participate in a UN-organised Inter-Sessional Panel in Manila, December 13-15 2011.',
    'meeting:inter-sessional-panel-2011-12-13',
    'meeting:un-organised-inter-sessional-panel-2011-12-13',
  ],
  [
    'Delegates attended the UN-organized workshop on cybersecurity on 3 May 2012 in Geneva.',
    'meeting:workshop-on-cybersecurity-2012-05-03',
    'meeting:un-organized-workshop-on-cybersecurity-2012-05-03',
  ],
  [
    'Experts met at an ITU-hosted seminar on spectrum management on 5 June 2014 in Geneva.',
    'meeting:seminar-on-spectrum-management-2014-06-05',
    'meeting:itu-hosted-seminar-on-spectrum-management-2014-06-05',
  ],
  // A verb before the noun is not part of the name; a modifier in -ed that is no verb of organising stays.
  [
    'The Commission held open-ended consultations on enhanced cooperation on 18 May 2012 in Geneva.',
    'meeting:open-ended-consultations-on-enhanced-cooperation-2012-05-18',
    'meeting:commission-held-open-ended-consultations-on-enhanced-cooperation-2012-05-18',
  ],
  // Modifiers that describe the gathering itself are kept.
  [
    'The high-level event on WSIS+20 took place on 3 May 2024 in Geneva.',
    'meeting:high-level-event-on-wsis+20-2024-05-03',
    'meeting:event-on-wsis+20-2024-05-03',
  ],
];

describe('who organised a gathering is not part of its name', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = meetings(text);
      expect(got).toContain(want);
      expect(got).not.toContain(not);
    });
});
