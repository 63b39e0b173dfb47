// A region's own working group keeps its region in its name (rules/working-group-names.ts): "the Arab Working
// Group on Domain Names and Internet Issues (AWGDNII)" is no UN "Working Group on Domain Names and Internet
// Issues"; the Working Group on Internet Governance (2004–2005) is one group the gazetteer knows, not a group
// of the citing page's year. Sentences are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => `${n.name} ${n.properties.acronym ?? '-'}`);

describe('working groups of a region, and the WGIG', () => {
  it.each([
    [
      'The conference was held with the Arab Working Group on Domain Names and Internet Issues (2012-2013) in Beirut.',
      ['Arab Working Group on Domain Names and Internet Issues (2012–2013) AWGDNII'],
      ['Working Group on Domain Names and Internet Issues (2012–2013) WGDNII'],
    ],
    [
      'The African Working Group on Cybersecurity (2019-2020) met twice.',
      ['African Working Group on Cybersecurity (2019–2020) AWGC'],
      [],
    ],
    // Not a region: the group's own name starts at "Working Group".
    [
      'The Working Group on Enhanced Cooperation (2016-2018) met five times.',
      ['Working Group on Enhanced Cooperation (2016–2018) WGEC'],
      [],
    ],
    [
      'In 2012 the page recalled that the United Nations Working Group on Internet Governance defined Internet governance in 2005.',
      ['Working Group on Internet Governance (2004–2005) WGIG'],
      ['Working Group on Internet Governance (2012–2012) WGIG'],
    ],
  ])('%s', (text, want, not) => {
    const got = groups(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
