// A UN press release's masthead (rules/document-press.ts): a one-slash symbol of the Department of Public
// Information's series alone on the first line ("PI/1936"), the headline under a lone symbol line, and a
// headline given whole and then wrapped over two lines; a symbol with the release's date under it, over the
// headline and a second deck ("ECOSOC/6218" / "12 July 2006", the UN Information Service). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const documentOf = (text: string) => {
  const d = extractText(text, 'release.txt').nodes.find((n) => n.type === 'Document')!;
  return { id: d.id, symbol: d.properties.symbol, title: d.properties.title };
};

const BODY =
  '\n\nThe membership of the Advisory Group has been renewed.  A total of 56 members have been appointed.\n';

const CASES: [name: string, text: string, want: { id?: string; symbol?: string; title?: string }][] = [
  [
    'a one-slash release symbol and the headline under it',
    `PI/1999\n\nAdvisory Group Renewed to Prepare Forum Meeting in Vilnius, Lithuania, 14–17 September\n\n5 May 2010${BODY}`,
    {
      id: 'document:pi-1999',
      symbol: 'PI/1999',
      title: 'Advisory Group Renewed to Prepare Forum Meeting in Vilnius, Lithuania, 14–17 September',
    },
  ],
  [
    'a plenary release',
    `GA/10999\n\nGENERAL ASSEMBLY ENDORSES OUTCOME OF SUMMIT${BODY}`,
    { id: 'document:ga-10999', symbol: 'GA/10999' },
  ],
  [
    'a two-slash symbol, its headline under it',
    `GA/EF/3999\n\nSpeakers in Second Committee, Discussing Information and Communications Technology, Stress Access${BODY}`,
    {
      symbol: 'GA/EF/3999',
      title:
        'Speakers in Second Committee, Discussing Information and Communications Technology, Stress Access',
    },
  ],
  [
    'a headline given whole, then wrapped',
    `ADVISORY GROUP RENEWED TO PREPARE INTERNET GOVERNANCE FORUM MEETING IN HYDERABAD, INDIA, 3-6 DECEMBER\n\nDepartment of Public Information • News and Media Division • New York\n\nADVISORY GROUP RENEWED TO PREPARE INTERNET GOVERNANCE\nFORUM MEETING IN HYDERABAD, INDIA, 3-6 DECEMBER${BODY}`,
    {
      title:
        'ADVISORY GROUP RENEWED TO PREPARE INTERNET GOVERNANCE FORUM MEETING IN HYDERABAD, INDIA, 3-6 DECEMBER',
    },
  ],
  // The web headline without a name's diacritics, then the printed one wrapped with them; a site's
  // navigation line over it titles nothing.
  [
    'a whole headline without diacritics, under a navigation line',
    `In progress at UNHQ\n\n\nSecretary-General Appoints Zoltan Peterfi of Hungary Chair of Advisory Group of Internet Governance Forum\n\n23 May 2014\nDepartment of Public Information • News and Media Division • New York\n\nSecretary-General Appoints Zoltán Péterfi of Hungary Chair of Advisory\n\nGroup of Internet Governance Forum${BODY}`,
    {
      title:
        'Secretary-General Appoints Zoltan Peterfi of Hungary Chair of Advisory Group of Internet Governance Forum',
    },
  ],
  // Another name's headline is not the whole of this one.
  [
    'a longer line with other letters',
    `Secretary-General Appoints Zoltán Péterfi of Hungary\n\nSecretary-General Appoints Zoltan Petrov of Hungary as Envoy on Youth Affairs${BODY}`,
    { title: 'Secretary-General Appoints Zoltán Péterfi of Hungary' },
  ],
  // The release's date on the line under its symbol: the headline under both titles it, not the second deck.
  [
    'a symbol over its date, a headline and a second deck',
    `ECOSOC/9999\n12 July 2098\n\nEconomic and Social Council Discusses Follow-Up to Major Sample Conferences, Summits\n\nAlso Takes Up Economic Questions: Science, Technology for Development\n\nGENEVA, 10 July -- The Council met.${BODY}`,
    {
      symbol: 'ECOSOC/9999',
      title: 'Economic and Social Council Discusses Follow-Up to Major Sample Conferences, Summits',
    },
  ],
  // Negative: a sentence under the symbol and date is no headline; the heading below titles the release.
  [
    'a symbol over its date and a sentence',
    `ECOSOC/9999\n12 July 2098\n\nThe Council met today in Geneva.\n\nSample Deck Line About Development Questions${BODY}`,
    { symbol: 'ECOSOC/9999', title: 'Sample Deck Line About Development Questions' },
  ],
  // Not the release's symbol: a resolution number, an unknown series, a symbol inside a sentence.
  ['a resolution number', `2006/46${BODY}`, { symbol: undefined }],
  ['an unknown series', `XYZ/1936\n\nSome Headline of the Release Today${BODY}`, { symbol: undefined }],
  ['a symbol in a sentence', `The release PI/1936 was issued today.${BODY}`, { symbol: undefined }],
  // A footnote star after a title adds no word to it.
  [
    'a starred title line',
    'A/70/999/Add.2\n\nGeneral Assembly\nDistr.: General\n7 December 2015\n\nReport of the Second Committee *\n\nReport of the Second Committee\n\n1. The Committee met.\n',
    { title: 'Report of the Second Committee' },
  ],
];

describe('a press release masthead', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      const got = documentOf(text);
      for (const [k, v] of Object.entries(want)) expect(got[k as keyof typeof got], k).toBe(v);
    });
});
