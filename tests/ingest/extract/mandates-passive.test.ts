// "…, to be started by the UN Secretary-General" in an instrument's own
// paragraphs (rules/mandates-passive.ts): the instrument mandates the thing and
// tasks its agent. Not in a document that only reports on it.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

// Two numbered paragraphs: one alone would not be taken for paragraph 71 of a longer text.
const TUNIS = (para: string) =>
  `WSIS-05/TUNIS/DOC/6(Rev.1)-E\n18 November 2005\n\nTunis Agenda for the Information Society\n\n${para}\n\n72. We ask the UN Secretary-General to convene a meeting of the new forum.`;
const T = 'resolution:tunis-agenda';

describe('things an instrument gives to be set up', () => {
  it('Tunis Agenda ¶71: the process, and the Secretary-General who starts it', () => {
    const g = extractText(
      TUNIS(
        '71. The process towards enhanced cooperation, to be started by the UN Secretary-General, involving all relevant organizations by the end of the first quarter of 2006, will involve all stakeholders.',
      ),
    );
    expect(hasEdge(g, 'MANDATES', T, 'process:enhanced-cooperation-process')).toBe(true);
    const sg = g.edges.find((x) => x.type === 'MANDATES' && x.to === 'organization:secretary-general');
    expect(sg?.sources.map((x) => x.locator)).toContain('para 71');
    const e = g.edges.find((x) => x.type === 'MANDATES' && x.to === 'process:enhanced-cooperation-process');
    expect(e?.properties.paragraph).toBe('71');
  });
  it('a thing not right before "to be … by" is not the one mandated', () => {
    const g = extractText(
      TUNIS(
        '71. The Internet Governance Forum met, and a review is to be started by the UN Secretary-General.',
      ),
    );
    expect(hasEdge(g, 'MANDATES', T, 'process:igf')).toBe(false);
  });
  it('a report that retells it mandates nothing', () => {
    const g = extractText(
      'Notes of the meeting\n\n1. The process towards enhanced cooperation, to be started by the UN Secretary-General, was discussed.',
    );
    expect(g.edges.some((x) => x.type === 'MANDATES')).toBe(false);
  });
});
