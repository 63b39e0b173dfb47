// A named gathering's acronym in brackets names it again later (rules/meeting-acronyms.ts), and a chair's
// title after a first post with its own acronym is still the person's (rules/chair-titles.ts): "Patrick
// Nyirishema, Director General of the … Authority (RURA) and Chairman of the RPM, presented …" (ITU news on
// the 2016 Regional Preparatory Meeting for Africa). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text);
  return g.edges
    .filter((e) => e.type === 'CHAIRED' || e.type === 'SPOKE_AT')
    .map((e) => `${e.type} ${e.from} ${e.to}`);
};

const HELD =
  'The Regional Preparatory Meeting (RPM) for Africa was held on 6 December 2016 in Kigali, Rwanda.';
const RPM = 'meeting:regional-preparatory-meeting-2016-12-06';

describe("a gathering's bracketed acronym, and a chair named after another post", () => {
  it.each([
    [
      `${HELD}\n\nPatrick Sample, Director General of the Example Regulatory Authority (ERA) and Chairman of the RPM, presented the report.`,
      [`CHAIRED person:patrick-sample ${RPM}`, `SPOKE_AT person:patrick-sample ${RPM}`],
      [],
    ],
    [
      `${HELD} Mr. Jon Sample, Chairman of the RPM, opened the session.`,
      [`CHAIRED person:jon-sample ${RPM}`],
      [],
    ],
    // Not the gathering's initials: no mention of it, no chair.
    [
      'The Regional Preparatory Meeting (AFR) was held on 6 December 2016 in Kigali. Mr. Jon Sample, Chairman of the AFR, opened it.',
      [],
      ['CHAIRED person:jon-sample meeting:regional-preparatory-meeting-2016-12-06'],
    ],
    // The chair title is another person's: not said of the name.
    [
      `${HELD}\n\nPatrick Sample, Director General of the Example Authority (ERA), thanked the Chairman of the RPM.`,
      [],
      [`CHAIRED person:patrick-sample ${RPM}`],
    ],
  ])('%s', (text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });

  it('leaves an acronym the gazetteer knows to its entry', () => {
    const g = extractText(
      'The World Summit on the Information Society (WSIS) took place in Tunis on 16 November 2005. The WSIS outcomes were reviewed.',
    );
    const summit = g.nodes.find((n) => n.type === 'Meeting' && n.name.startsWith('World Summit'));
    expect(summit?.sources.some((s) => s.quote.startsWith('The WSIS outcomes')) ?? false).toBe(false);
  });
});
