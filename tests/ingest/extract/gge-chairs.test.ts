// Who chairs a Group of Governmental Experts, as CCW and disarmament texts write it (rules/chair-titles.ts,
// rules/chaired-by.ts, rules/group-mentions.ts): a relative clause ("Ambassador X, who is currently the chair
// of the United Nations Group of Governmental Experts on …"), the group named after "United Nations", a bare
// "in his capacity as the Chair" in a statement to the group, a mandate's future ("The Group will continue to
// be chaired by"), the text's own bracketed short form ("(GGE) … The GGE will be chaired by"). Paraphrased
// sentences in the style of those texts.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const LAWS = 'workinggroup:gge-laws';
const chaired = (text: string, person: string, body = LAWS): boolean =>
  hasEdge(extractText(text), 'CHAIRED', person, body);

const HEADING =
  'Group of Governmental Experts on emerging technologies in the area of lethal autonomous weapons systems\nGeneva, 6-10 March 2031\n';

const CASES: [text: string, person: string, want: boolean][] = [
  [
    'On 2 May 2031, a newspaper interviewed Ambassador Pedro Example, who is currently the chair of the United Nations Group of Governmental Experts on Lethal Autonomous Weapons.',
    'person:pedro-example',
    true,
  ],
  [
    'Ambassador Pedro Example, who was then the Chair of the Group of Governmental Experts on lethal autonomous weapons systems, opened the meeting.',
    'person:pedro-example',
    true,
  ],
  // A relative clause with another verb names no post of the person.
  [
    'Ambassador Pedro Example, who met the Chair of the Group of Governmental Experts on lethal autonomous weapons systems, spoke.',
    'person:pedro-example',
    false,
  ],
  [
    `${HEADING}- We thank Ambassador Pedro Example of Brazil, in his capacity as the Chair, for his leadership.`,
    'person:pedro-example',
    true,
  ],
  // No group the statement is about: the bare post names no body.
  [
    'Lines to take\n- We thank Ambassador Pedro Example of Brazil, in his capacity as the Chair, for his leadership.',
    'person:pedro-example',
    false,
  ],
  // Another person between the name and the capacity: not the one named right before.
  [
    `${HEADING}- We thank Ambassador Pedro Example and the delegation of Peru, in their capacity as the Chair, for the work.`,
    'person:pedro-example',
    false,
  ],
  [
    `${HEADING}1. The Group of Governmental Experts on lethal autonomous weapons systems shall meet for ten days in 2031. The Group will continue to be chaired by Ambassador Pedro Example of India.`,
    'person:pedro-example',
    true,
  ],
  [
    `${HEADING}1. The Group of Governmental Experts on lethal autonomous weapons systems shall meet in 2031. The Group will continue to be guided by Ambassador Pedro Example of India.`,
    'person:pedro-example',
    false,
  ],
  [
    '1. The Review Conference decided to establish an open-ended Group of Governmental Experts (GGE) related to emerging technologies in the area of lethal autonomous weapons systems. The GGE will be chaired by Ambassador Pedro Example of India.',
    'person:pedro-example',
    true,
  ],
  // No short form in brackets: "GGE" names every such group, so none.
  [
    '1. The Review Conference decided to establish an open-ended Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems. The GGE will be chaired by Ambassador Pedro Example of India.',
    'person:pedro-example',
    false,
  ],
];

describe('chairs of a Group of Governmental Experts', () => {
  it.each(CASES)('%s', (text, person, want) => {
    expect(chaired(text, person)).toBe(want);
  });

  it('reads the group after "United Nations", not the United Nations', () => {
    const g = extractText(
      'Ambassador Pedro Example, who is currently the chair of the United Nations Group of Governmental Experts on Lethal Autonomous Weapons, spoke in May 2031.',
    );
    expect(hasEdge(g, 'CHAIRED', 'person:pedro-example', 'organization:united-nations')).toBe(false);
    expect(g.nodes.some((n) => n.type === 'WorkingGroup' && n.id !== LAWS)).toBe(false);
  });

  it('a group named in full keeps the gazetteer years where another group was named first', () => {
    const g = extractText(
      'Panel, 3 November 2031:\n- H.E. Ana Example, former Chair of the UNGGE on Advancing responsible State behaviour in cyberspace in the context of international security;\n- H.E. Bo Example, Former Chair of the Open-ended working group on developments in the field of information and telecommunications in the context of international security;',
    );
    expect(hasEdge(g, 'CHAIRED', 'person:ana-example', 'workinggroup:gge-ict-2019-2021')).toBe(true);
    const oewg = g.nodes.find((n) => n.id === 'workinggroup:oewg-ict-2019-2021');
    expect(oewg?.properties).toMatchObject({ startYear: 2019, endYear: 2021 });
  });
});
