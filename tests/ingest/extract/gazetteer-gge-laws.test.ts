// The Group of Governmental Experts on lethal autonomous weapons systems of the Convention on Certain
// Conventional Weapons (seeds/gazetteer/un-system.json), in the forms its Meetings' decisions, UNODA's pages and
// First Committee press releases write it ("related to", "on", "weapon systems", "of the High Contracting
// Parties", "GGE on LAWS"). Other groups of governmental experts of the Convention are not it. Sentences are
// invented.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';

const g = loadGazetteer();
const ids = (text: string) => g.match(text).map((m) => m.entry.id);
const LAWS = 'workinggroup:gge-laws';

const CASES: [text: string, want: boolean][] = [
  [
    'The Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems met in Geneva.',
    true,
  ],
  [
    'The work of the open-ended Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapon systems is to continue.',
    true,
  ],
  [
    'The Meeting decided to convene the Group of Governmental Experts of the High Contracting Parties related to emerging technologies in the area of lethal autonomous weapons systems for ten days.',
    true,
  ],
  ['Many delegates supported the Group of Governmental Experts on lethal autonomous weapons systems.', true],
  ['The Chair of the GGE on LAWS circulated a paper.', true],
  // Other groups of governmental experts, and the weapons themselves, are not the group.
  [
    'The Group of Governmental Experts of the States Parties to the Convention held its tenth session in March.',
    false,
  ],
  ['Lethal autonomous weapons systems raise ethical concerns.', false],
  [
    'The Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace in the Context of International Security met.',
    false,
  ],
];

describe('gazetteer: the CCW group on lethal autonomous weapons systems', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(ids(text).includes(LAWS)).toBe(want);
  });
});
