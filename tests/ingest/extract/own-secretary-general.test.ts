// A bare "the Secretary-General" in a document of a body with a Secretary-General of its own (ITU, its
// Council, CWG-Internet: gazetteer ownSecretaryGeneral) is that head, not the United Nations
// Secretary-General: no mention, so no quote or fact on the UN Secretary-General node
// (rules/own-secretary-general.ts). The body is the first one the document's first lines name (not a Member
// State); a UN symbol (A/, E/, S/), a UN masthead, or an ITU body named only further down keeps the UN
// reading, and "of the United Nations" keeps it anywhere. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const SG = 'organization:secretary-general';
const mentionsSg = (text: string) => extractText(text).nodes.some((n) => n.id === SG);

const CASES: [text: string, want: boolean][] = [
  // The document's own body has its own Secretary-General.
  [
    'RESOLUTION 7\n\nThe Plenipotentiary Conference of the International Telecommunication Union,\n\ninstructs the Secretary-General to report.',
    false,
  ],
  [
    'The ITU Council met on 3 May 2024.\nDelegates commented on the reports of the Secretary General submitted to the Council.',
    false,
  ],
  [
    'ITU Open Consultation\n\nThe group will discuss the report prepared by the Secretary-General for Council.',
    false,
  ],
  [
    'Council Working Group on International Internet-related Public Policy Issues\n\nThe Secretary-General opened the meeting.',
    false,
  ],
  // A Member State before the body is the host, not the body ("PP-22, Bucharest, Romania").
  [
    '10 May 2024, Geneva, Switzerland\n\nThe ITU Council elected a Chair. The Secretary-General spoke.',
    false,
  ],
  // "of the United Nations" is the UN's in any document.
  ['The ITU Council met on 3 May 2024.\nThe Secretary-General of the United Nations sent a message.', true],
  ['The ITU Council met on 3 May 2024.\nA message from the UN Secretary-General was read.', true],
  // UNCTAD's secretariat prepares the UN Secretary-General's own reports (the CSTD's WSIS reports), so its
  // documents' "the Secretary-General" may be either: UNCTAD carries no ownSecretaryGeneral.
  [
    'Prepared by the UNCTAD secretariat\n\n1. See the Report of the Secretary-General on progress (A/79/62).',
    true,
  ],
  // A United Nations document, or a body with its own head named only later on.
  ['United Nations\n\nGeneral Assembly\n\nReport of the Secretary-General', true],
  [
    'Commission on Science and Technology for Development\n\nThe Secretary-General reported on progress.',
    true,
  ],
  ['Annual report\nGeneva\n2024\nPart one\nThe ITU Council thanked the Secretary-General.', true],
  // A principal organ's symbol makes it a United Nations document, whatever body its head names.
  ['A/99/123\n\nInternational Telecommunication Union\n\nThe Secretary-General reported.', true],
  [
    `The Forum met in Geneva.${' It discussed access.'.repeat(25)}\nThe ITU Council and the Secretary-General were thanked.`,
    true,
  ],
];

describe('a bare Secretary-General in a document of a body with its own', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(mentionsSg(text)).toBe(want);
  });

  it('gives no REPORTS_TO from the UN Secretary-General to the ITU Council', () => {
    const g = extractText(
      'The ITU Council met on 3 May 2024.\nThe reports of the Secretary-General were submitted to the Council.',
    );
    expect(hasEdge(g, 'REPORTS_TO', SG, 'organization:itu-council')).toBe(false);
  });
});
