// A known body with its legal form after it (rules/legal-form.ts): "Ms. X, Senior Policy Specialist, APNIC
// Pty Ltd" (a list of a working group's technical-community members) is APNIC's staff; no body "APNIC Pty
// Ltd" PART_OF APNIC. A company the gazetteer does not know keeps its own name. Invented people.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'PART_OF')
    .map((e) => `${e.type} ${e.from} ${e.to}`)
    .sort();

describe('a legal form after a known body', () => {
  it.each([
    ['The members are:\n\n  • Ms Jane Roe, Senior Policy Specialist, APNIC Pty Ltd\n', 'organization:apnic'],
    ['The members are:\n\n  • Mr John Doe, Director, Internet Society Inc.\n', 'organization:isoc'],
  ])('%s', (text, body) => {
    const got = affiliations(text);
    expect(got).toContain(
      `AFFILIATED_WITH person:${text.includes('Jane') ? 'jane-roe' : 'john-doe'} ${body}`,
    );
    expect(got.filter((g) => g.startsWith('PART_OF'))).toEqual([]);
  });
  it('an unknown company keeps its name', () =>
    expect(
      affiliations('The members are:\n\n  • Ms Jane Roe, Senior Policy Specialist, Examplenet Pty Ltd\n'),
    ).toEqual(['AFFILIATED_WITH person:jane-roe organization:examplenet-pty-ltd']));
});
