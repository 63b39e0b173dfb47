// A display name is cleaned of the copy's layout, and aliases that differ only in dashes, spaces and quotes are
// one alias, the ASCII form kept (cypher/model/name-forms.ts, used by build-graph and mergeNode).

import { describe, expect, it } from 'vitest';
import { mergeAliases } from '../../../cypher/model/merge.ts';
import { aliasKey, cleanName, preferredForm } from '../../../cypher/model/name-forms.ts';

describe('cleanName', () => {
  it.each([
    // A PDF's space after the "+" of a review's years (A/RES/80/118), or before it.
    [
      'World Summit on the Information Society+ 20 Forum High-level Event',
      'World Summit on the Information Society+20 Forum High-level Event',
    ],
    ['WSIS+ 10', 'WSIS+10'],
    ['Beijing+ 25 review', 'Beijing+25 review'],
    ['WSIS +20', 'WSIS+20'],
    ['Multi\u2011stakeholder Advisory Group', 'Multi-stakeholder Advisory Group'],
    ['Internet\u00a0Governance Forum', 'Internet Governance Forum'],
    ['Center for Science Information\nAnalysis', 'Center for Science Information Analysis'],
    ['Economic & Financial  / 2nd Committee', 'Economic & Financial / 2nd Committee'],
    // Unchanged: no layout in them.
    ['WSIS+20', 'WSIS+20'],
    ['Group of 77 + China', 'Group of 77 + China'],
    ['G7 + 5', 'G7 + 5'],
    ['Working Group 2016\u20132018', 'Working Group 2016\u20132018'],
    ['Internet Governance Forum', 'Internet Governance Forum'],
  ])('%s', (name, want) => expect(cleanName(name)).toBe(want));
});

describe('aliasKey', () => {
  it.each([
    ['Multi\u2010stakeholder Advisory Group', 'Multi-stakeholder Advisory Group', true],
    ['Multi\u2013stakeholder Advisory Group', 'multi-stakeholder advisory group', true],
    ['\u201cConnect 2030\u201d Agenda', '"Connect 2030" Agenda', true],
    ['People\u2019s Republic', "People's Republic", true],
    ['Multistakeholder Advisory Group', 'Multi-stakeholder Advisory Group', false],
    ['WSIS+20', 'WSIS+10', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(aliasKey(a) === aliasKey(b)).toBe(same));
});

describe('mergeAliases keeps one alias per folded form, the ASCII one, in either order', () => {
  const nb = 'Multi\u2011stakeholder Advisory Group';
  const ascii = 'Multi-stakeholder Advisory Group';
  it.each([
    [[nb, ascii], [ascii]],
    [[ascii, nb], [ascii]],
    [
      ['MAG', nb, 'Multi\u2013stakeholder Advisory Group', ascii],
      ['MAG', ascii],
    ],
    // Different words stay apart.
    [
      ['MAG', 'Multistakeholder Advisory Group'],
      ['MAG', 'Multistakeholder Advisory Group'],
    ],
  ])('%j', (list, want) => expect(mergeAliases('IGF MAG', list)).toEqual(want));
  it('an alias equal to the name once folded is the name', () => {
    expect(mergeAliases(ascii, [nb, 'MAG'])).toEqual(['MAG']);
  });
});

// Of two forms of one alias, the ASCII one, else the one in running text over a headline's capitals, else the first.
describe('preferredForm', () => {
  it.each([
    [
      'WORKING GROUP ON INTERNET GOVERNANCE',
      'Working Group on Internet Governance',
      'Working Group on Internet Governance',
    ],
    [
      'Working Group on Internet Governance',
      'WORKING GROUP ON INTERNET GOVERNANCE',
      'Working Group on Internet Governance',
    ],
    [
      'Multi\u2011stakeholder Advisory Group',
      'Multi-stakeholder Advisory Group',
      'Multi-stakeholder Advisory Group',
    ],
    // Negative: an acronym stays; of two mixed-case forms, the first.
    ['WGIG', 'WGIG', 'WGIG'],
    ['Internet governance Forum', 'Internet Governance Forum', 'Internet governance Forum'],
  ])('%s / %s', (a, b, want) => expect(preferredForm(a, b)).toBe(want));
});
