// The WSIS action lines (Geneva Plan of Action, section C) as gazetteer themes named by their number
// (seeds/gazetteer/themes.json): a session report titled by its action line addresses it; "Action Line C4"
// is capacity building; a bare "C7" or the word "media" names no action line.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';
import { extractText } from './helpers.ts';

const g = loadGazetteer();
const themes = (text: string): string[] =>
  g
    .match(text)
    .filter((m) => m.entry.type === 'Theme')
    .map((m) => m.entry.id);

describe('WSIS action lines by their number', () => {
  it.each([
    ['WSIS Action Line C7 E-health: Summary Report', ['theme:wsis-action-line-c7-ict-applications']],
    [
      'the facilitators of Action Line C5 met in Geneva',
      ['theme:wsis-action-line-c5-building-confidence-and-security-in-the-use-of-icts'],
    ],
    ['under Action Line C4, the partners trained', ['theme:capacity-building']],
    [
      'the facilitation of action line C11 by the regional commissions',
      ['theme:wsis-action-line-c11-international-and-regional-cooperation'],
    ],
    // Negative: the number alone, a generic title alone.
    ['the C7 session and the media briefing', []],
  ])('%s', (text, want) => expect(themes(text)).toEqual(want));

  it('a session report titled by its action line addresses it', () => {
    const graph = extractText(
      'WSIS Action Line C7 E-health: Summary Report\nWorld Health Organization and International Telecommunication Union\n\nThe session was held on 8 July 2025.\n',
    );
    expect(graph.edges.filter((e) => e.type === 'ADDRESSES').map((e) => e.to)).toContain(
      'theme:wsis-action-line-c7-ict-applications',
    );
  });
});
