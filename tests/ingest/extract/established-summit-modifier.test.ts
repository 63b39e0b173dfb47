// "Organized by" names the gathering of the sentence (rules/established.ts), not a summit whose name only
// modifies another noun: in "Noting the holding of the … Event, jointly organized by …, and looking forward
// to the next annual World Summit on the Information Society Forum" (GA resolutions on ICT for sustainable
// development) the summit's name is the yearly Forum's, and the 2003 summit was organized by none of them
// (rules/mandates-outcomes-of.ts meetingAsModifier). Sentences paraphrase the genre.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const organizers = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED' && e.to.startsWith('meeting:world-summit'))
    .map((e) => `${e.from} ${e.to}`);

const PHASES =
  'Recalling the Declaration of Principles adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,\n\n';

describe('ESTABLISHED and a summit named as a modifier', () => {
  it.each([
    [
      'the Forum named after the summit',
      `${PHASES}Noting the holding of the high-level event, jointly organized by the International Telecommunication Union and the United Nations Development Programme, and looking forward to the next annual World Summit on the Information Society Forum, to be held in Geneva in 2026,`,
      [],
    ],
    [
      'the summit itself, organized by the Union, keeps its organizer',
      `${PHASES}Recalling that the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003, was organized by the International Telecommunication Union,`,
      ['organization:itu meeting:world-summit-on-the-information-society-2003-12-10'],
    ],
  ])('%s', (_, text, want) => {
    expect(organizers(text)).toEqual(want);
  });
});
