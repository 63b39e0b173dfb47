// ITU texts as the Council working groups' summaries and press copies write them (WG-WSIS and CWG-Internet
// meeting summaries, ITU election press releases, resolution texts copied to the web). Texts are invented.
// - A conference's acronym with its edition before a resolution ("WTSA-16 Resolution 75", "WTDC 2017
//   Resolution 30 (REV. …)") is that assembly's text, not a Plenipotentiary one (rules/itu-resolutions.ts).
// - "Deputy-Secretary General" (hyphened) is a post, not the UN Secretary-General (own-secretary-general.ts).
// - "( Busan, 2014)" with a space inside the bracket still names the adopting conference
//   (meetings-conference-places.ts, itu-adopting-conference.ts).
// - "WTDC Declaration" (a series' acronym alone) names no one instrument (references.ts SERIES_ONLY).
// - "WTDC-17" after "World Telecommunication Development Conference (WTDC)" is its 2017 edition
//   (meetings-acronym-years.ts).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const ITU = 'The International Telecommunication Union (ITU) reports. ';
const resolutions = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => n.id)
    .sort();

describe('an ITU resolution cited with its conference and edition', () => {
  const CASES: [text: string, want: string[]][] = [
    [`${ITU}References: WTSA-16 Resolution 75 (Rev. Sampleton, 2030).`, ['resolution:itu-wtsa-75']],
    [`${ITU}References: WTDC 2030 Resolution 30 (REV. Sampleton, 2030).`, ['resolution:itu-wtdc-30']],
    [`${ITU}References: PP-14 Resolution 140 (Busan, 2014).`, ['resolution:itu-pp-140']],
    [`${ITU}It acts under Resolution 30 (REV. Sampleton, 2030).`, ['resolution:itu-pp-30']],
    // Negative: an edition with no resolution word; a revision mark that is no revision.
    [`${ITU}WTSA-16 adopted 12 texts in 2016.`, []],
    [`${ITU}WTDC 2030 Resolution 30 (REVISED DRAFT TEXT) was discussed.`, []],
  ];
  for (const [text, want] of CASES) it(text.slice(ITU.length), () => expect(resolutions(text)).toEqual(want));
});

describe('a hyphened deputy post is not the UN Secretary-General', () => {
  const CASES: [text: string, want: boolean][] = [
    ['Jon Sample of China won, after eight years as Deputy-Secretary General of the Union.', false],
    ['Jon Sample of China won, after eight years as Deputy Secretary General of the Union.', false],
    ['Ana Example, the Assistant-Secretary General, spoke.', false],
    // The UN's own head keeps its reading.
    ['A message from the UN Secretary-General was read.', true],
  ];
  for (const [text, want] of CASES)
    it(text, () =>
      expect(extractText(text).nodes.some((n) => n.id === 'organization:secretary-general')).toBe(want),
    );
});

describe('an adopting conference with a space inside its bracket', () => {
  const head = 'PP RESOLUTION 180 (Rev. Busan, 2014)\n\nExample transition\n\n';
  it('names the conference that produced the resolution', () => {
    const g = extractText(
      `${head}The Plenipotentiary Conference of the International Telecommunication Union ( Busan, 2014),\n\nconsidering a) the example;`,
    );
    expect(hasEdge(g, 'PRODUCED', 'meeting:plenipotentiary-conference-2014', 'resolution:itu-pp-180')).toBe(
      true,
    );
  });
  it('two spaces are no bracket of a place', () => {
    const g = extractText(
      `${head}The Plenipotentiary Conference of the International Telecommunication Union (  Busan, 2014),\n\nconsidering a) the example;`,
    );
    expect(g.nodes.some((n) => n.id === 'meeting:plenipotentiary-conference-2014')).toBe(false);
  });
});

describe('a conference series’ acronym before "Declaration" names no one instrument', () => {
  const CASES: [text: string, want: string[]][] = [
    ['Outputs: D.1-2: WTDC Declaration. D.1-3: WTDC Action Plan.', []],
    ['Outputs: the WTSA Declaration and the PP Plan of Action.', []],
    // A city's declaration, or a series' text with its subject, stays one.
    ['WTDC-30 adopted the Sampleton Declaration.', ['resolution:sampleton-declaration']],
  ];
  for (const [text, want] of CASES) it(text, () => expect(resolutions(`${ITU}${text}`)).toEqual(want));
});

describe('a conference edition written as its acronym and year', () => {
  const meetings = (text: string) =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Meeting')
      .map((n) => `${n.id} ${n.properties.startDate ?? ''}`);
  it('is the edition of the title the text gave that acronym, dated by the words after it', () => {
    expect(
      meetings(
        'D.1-1 World Telecommunication Development Conference (WTDC)\n\nWTDC-30 was held from 9 to 20 October 2030 in Sampleton. WTDC-30 adopted the texts.',
      ),
    ).toEqual(['meeting:world-telecommunication-development-conference-2030 2030-10-09']);
  });
  it('not without the title in the text, nor in a symbol, nor for a title whose initials differ', () => {
    expect(meetings('WTDC-30 was held from 9 to 20 October 2030 in Sampleton.')).toEqual([]);
    expect(
      meetings(
        'The World Telecommunication Development Conference (WTDC) met. Document WTDC-30/12 was read.',
      ),
    ).toEqual([]);
    expect(meetings('The Example Sample Conference (WTDC) met. WTDC-30 was held in 2030.')).toEqual([]);
  });
});

describe('a site’s category of two plural nouns titles nothing (title-furniture.ts)', () => {
  const title = (text: string) =>
    extractText(text, 'doc.txt').nodes.find((n) => n.type === 'Document')?.properties.title;
  const CASES: [text: string, want: string | undefined][] = [
    [
      'Sample role with regard to example policy issues\n\n7 Nov 2030\n\n\nResolutions and Declarations\n\nThe role of governments has long been on the agenda of these discussions.',
      'Sample role with regard to example policy issues',
    ],
    [
      'A very long headline of a page on the role of the Sample Union with regard to international example policy issues pertaining to the Internet and the management of example resources, including names and addresses (Resolution 1)\n\n7 Nov 2030\n\n\nReports and Studies\n\nThe role of governments has long been on the agenda.',
      undefined,
    ],
    // The page's first line is its headline, whatever its words.
    ['Highlights & Outcomes\n\nMore than 3000 experts took part in the forum.', 'Highlights & Outcomes'],
    // One plural noun, or a pair with a singular, stays a heading that may title the page.
    ['Sample Policy Principles\n\nThe page sets out the principles.', 'Sample Policy Principles'],
  ];
  for (const [text, want] of CASES) it(text.slice(0, 60), () => expect(title(text)).toBe(want));
});
