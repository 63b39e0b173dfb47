// The United Nations High Commissioner for Human Rights heads OHCHR (seeds/gazetteer/un-system.json): a
// resolution that "Requests the United Nations High Commissioner for Human Rights to prepare a report" tasks
// the Office, not the United Nations the post's name begins with. Another High Commissioner, or a bare
// "the High Commissioner", is not OHCHR. Invented texts in the style of the Council's privacy resolutions.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';
import { extractText } from './helpers.ts';

const g = loadGazetteer();
const ids = (text: string) => g.match(text).map((m) => m.entry.id);

const RES = `United Nations\nA/HRC/RES/98/16\nGeneral Assembly\nDistr.: General\n1 April 2098\n\nHuman Rights Council\nNinety-eighth session\n\nResolution adopted by the Human Rights Council\n\n98/16. Sample rights in the digital age\n\nThe Human Rights Council,\n\n`;

const mandated = (text: string) =>
  extractText(text, 'res.txt')
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => e.to);

describe('the High Commissioner for Human Rights', () => {
  const NAMES: [text: string, want: string[], not: string[]][] = [
    [
      'It requests the United Nations High Commissioner for Human Rights to report.',
      ['organization:ohchr'],
      [],
    ],
    ['The UN High Commissioner for Human Rights submitted a report.', ['organization:ohchr'], []],
    ['The High Commissioner for Human Rights briefed the Council.', ['organization:ohchr'], []],
    // Another High Commissioner, and one not named in full.
    ['The United Nations High Commissioner for Refugees briefed the Council.', [], ['organization:ohchr']],
    ['The High Commissioner briefed the Council.', [], ['organization:ohchr']],
  ];
  for (const [text, want, not] of NAMES)
    it(text, () => {
      const got = ids(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });

  it('a request to the High Commissioner tasks the Office', () => {
    const got = mandated(
      `${RES}3. Requests the United Nations High Commissioner for Human Rights to prepare a report on the matter and to submit it to the Human Rights Council at its hundredth session;\n`,
    );
    expect(got).toContain('organization:ohchr');
    expect(got).not.toContain('organization:united-nations');
  });
});
