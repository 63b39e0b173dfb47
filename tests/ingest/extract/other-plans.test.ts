// A bare "Plan of Action" is the Geneva Plan of Action in WSIS texts, but not a plan another owner names
// (rules/other-plans.ts): "The Plan of Action of the eLAC 2018 Digital Agenda" (a note on ECLAC's Fifth
// Ministerial Conference) was read as the Geneva Plan of Action. Sentences are written for the test.

import { describe, expect, it } from 'vitest';
import { anotherPlan } from '../../../ingest/extract/rules/other-plans.ts';
import { extractText } from './helpers.ts';

const GENEVA = 'resolution:geneva-plan-of-action';
const cites = (text: string) => extractText(text).nodes.some((n) => n.id === GENEVA);

describe('another owner’s plan of action', () => {
  it.each([
    ['The Plan of Action of the eLAC 2018 Digital Agenda will be presented in December.', false],
    ['Countries adopted the Plan of Action for Latin America and the Caribbean.', false],
    ['The Istanbul Plan of Action guides the least developed countries.', false],
    // The Summit's plan.
    ['Recalling the Geneva Declaration of Principles and Plan of Action,', true],
    ['The action lines of the Plan of Action remain relevant.', true],
    ['Recalling the Plan of Action of the World Summit on the Information Society,', true],
    ['Recalling the WSIS Plan of Action,', true],
    ['The Plan of Action sets out targets for 2015.', true],
  ])('%s → Geneva: %s', (text, geneva) => {
    expect(cites(text)).toBe(geneva);
  });

  it('only judges the bare words', () => {
    const t = 'the Geneva Plan of Action for all';
    expect(anotherPlan(t, 4, 29, 'Geneva Plan of Action')).toBe(false);
  });
});
