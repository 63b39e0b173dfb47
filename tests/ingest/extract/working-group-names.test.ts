// Names of working groups (rules/working-groups.ts): where the name ends.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const names = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: string[]][] = [
  // A letter's next clause ("I would like") is not a numbered group.
  [
    'Next steps\n\n03 March 2016\n\nFurther to my note on the establishment of the Working Group on Enhanced Cooperation I would like to thank you. The Working Group on Enhanced Cooperation was established on 1 March 2016.',
    ['Working Group on Enhanced Cooperation (2016–2016)'],
    ['Working Group on Enhanced Cooperation I (2016–2016)'],
  ],
  [
    'The Working Group on Internet Governance (2004-2005) submitted its report.',
    ['Working Group on Internet Governance (2004–2005)'],
    [],
  ],
  // "to the" inside a name; but the body a report goes to is not part of the name.
  [
    'The report of the Working Group on Amendments to the Tunis Agenda (2011-2012) was issued.',
    ['Working Group on Amendments to the Tunis Agenda (2011–2012)'],
    ['Working Group on Amendments (2011–2012)'],
  ],
  // The CSTD's Working Group on Improvements to the IGF (ECOSOC resolution 2010/2) is in the gazetteer.
  [
    'The report of the Working Group on Improvements to the Internet Governance Forum (2011-2012) was issued.',
    ['Working Group on Improvements to the Internet Governance Forum'],
    ['Working Group on Improvements (2011–2012)'],
  ],
  [
    'The Commission took note of the report of the Working Group on Enhanced Cooperation (2016-2018) to the Commission on Science and Technology for Development.',
    ['Working Group on Enhanced Cooperation (2016–2018)'],
    [
      'Working Group on Enhanced Cooperation to the Commission on Science and Technology for Development (2016–2018)',
    ],
  ],
  // A copy cut inside the word after the name ("… Telecommunications in t", the last words of a page of a
  // Secretary-General's compilation): the name's end cannot be told.
  [
    'The Group of Governmental Experts on Rivers and Lakes in the Context of Security (2098-2099) met. The consensus report of the Group of Governmental Experts on Rivers and Lakes in t',
    ['Group of Governmental Experts on Rivers and Lakes in the Context of Security (2098–2099)'],
    ['Group of Governmental Experts on Rivers and Lakes (2098–2099)'],
  ],
  // A date in another sentence of the passage dates something else (the resolution adopted that day), not
  // the group named in passing through its report: no years rather than "2099–2099".
  [
    'On 27 December 2099, the General Assembly adopted resolution 154/243. In paragraph 3, the Assembly took into account the report of the Group of Governmental Experts on Rivers and Lakes (A/154/98).',
    ['Group of Governmental Experts on Rivers and Lakes'],
    ['Group of Governmental Experts on Rivers and Lakes (2099–2099)'],
  ],
  // Negative: the date in the sentence naming the group still gives its year.
  [
    'On 12 July 2099, the Secretary-General constituted a Group of Governmental Experts on Rivers and Lakes.',
    ['Group of Governmental Experts on Rivers and Lakes (2099–2099)'],
    [],
  ],
];

// Expert panels and groups of experts are working groups too (MODEL.md "WorkingGroup": "an expert panel").
describe('panels and groups of experts', () => {
  // A panel the gazetteer does not know is named with the year of the passage that constitutes it.
  const TEXT =
    'The United Nations Secretary-General António Guterres on July 12, 2018 constituted a High-Level Panel on Water Cooperation. The Panel will submit its final report to the Secretary-General within nine months.';
  const g = extractText(TEXT);
  const id = 'workinggroup:hpwc-2018-2018';
  it('names the panel with the year of its passage', () =>
    expect(g.nodes.find((n) => n.id === id)?.name).toBe('High-level Panel on Water Cooperation (2018–2018)'));
  it('who constituted it, and whom it reports to ("the Panel")', () => {
    // The Secretary-General named in person: the person who holds the office.
    expect(hasEdge(g, 'ESTABLISHED', 'person:antonio-guterres', id)).toBe(true);
    expect(hasEdge(g, 'REPORTS_TO', id, 'organization:secretary-general')).toBe(true);
  });
  // The Secretary-General's High-level Panel on Digital Cooperation (2018–2019) is in the gazetteer: one id
  // whatever year the document is of (the Roadmap of 2020 names it too).
  it('a panel the gazetteer knows keeps its one id', () => {
    for (const text of [
      TEXT.replace('Water', 'Digital'),
      'United Nations\nA/74/821\nGeneral Assembly\nDistr.: General\n29 May 2020\n\n1. In July 2018, the Secretary-General convened a High-level Panel on Digital Cooperation.',
    ]) {
      const ids = extractText(text)
        .nodes.filter((n) => n.type === 'WorkingGroup')
        .map((n) => n.id);
      expect(ids).toEqual(['workinggroup:hlpdc']);
    }
  });
  it('a panel of a meeting programme is not a group', () => {
    const m = extractText('The afternoon featured a panel on Digital Cooperation, held on 3 May 2019.');
    expect(m.nodes.some((n) => n.type === 'WorkingGroup')).toBe(false);
  });
  it('Group of Governmental Experts', () => {
    const e = extractText(
      'The Group of Governmental Experts on Advancing Responsible State Behaviour met on 28 May 2021.',
    );
    expect(e.nodes.find((n) => n.type === 'WorkingGroup')?.name).toBe(
      'Group of Governmental Experts on Advancing Responsible State Behaviour (2021–2021)',
    );
  });
});

describe('working group names', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = names(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
