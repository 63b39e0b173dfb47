// The Rapporteur on a Main Committee report's masthead (rules/rapporteur-mastheads.ts): "Report of the
// Second Committee" then "Rapporteur: Ms. X (Chile)" holds that post in the Committee, no chair. Names
// are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD =
  'United Nations A/99/433\n\nGeneral Assembly Distr.: General\n13 December 2011\n\nSixty-sixth session\nAgenda item 16\n\nInformation and communications technologies for development\n\n';
const BODY = '\n\nI. Introduction\n\n1. The Second Committee considered the item at its 24th meeting.\n';

const posts = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'CHAIRED')
    .map((e) => `${e.type} ${e.from} ${e.to} ${e.properties.title ?? e.properties.role ?? '-'}`);

describe("a Main Committee report's Rapporteur", () => {
  const CASES: [name: string, text: string, want: string[], not: string[]][] = [
    [
      'under the report line',
      `${HEAD}Report of the Second Committee\n\nRapporteur: Ms. Ana Example (Chile)${BODY}`,
      ['AFFILIATED_WITH person:ana-example organization:second-committee Rapporteur'],
      ['CHAIRED person:ana-example'],
    ],
    [
      'no report line above',
      `${HEAD}Second Committee\n\nRapporteur: Ms. Ana Example (Chile)${BODY}`,
      [],
      ['AFFILIATED_WITH person:ana-example organization:second-committee'],
    ],
    [
      'a sentence, not a masthead line',
      `${HEAD}Report of the Second Committee\n\nRapporteur: Ms. Ana Example (Chile) will introduce the report.${BODY}`,
      [],
      ['AFFILIATED_WITH person:ana-example organization:second-committee'],
    ],
    [
      'a masthead run into one line by a web copy',
      '1 United Nations General Assembly Distr.: General 13 December 2099 Original: English Ninety-ninth session Agenda item 16 Information and communications technologies for development Report of the Second Committee Rapporteur: Ms. Ana Example (Chile) I. Introduction 1. The Second Committee considered the item at its 24th meeting.\n',
      ['AFFILIATED_WITH person:ana-example organization:second-committee Rapporteur'],
      ['CHAIRED person:ana-example'],
    ],
    [
      'one line, words between the report line and the Rapporteur',
      '1 United Nations General Assembly Distr.: General 13 December 2099 Report of the Second Committee was introduced by its Rapporteur: Ms. Ana Example (Chile) at the meeting.\n',
      [],
      ['AFFILIATED_WITH person:ana-example organization:second-committee'],
    ],
    [
      'one line, no report line',
      '1 United Nations General Assembly Distr.: General 13 December 2099 Second Committee Rapporteur: Ms. Ana Example (Chile) I. Introduction\n',
      [],
      ['AFFILIATED_WITH person:ana-example organization:second-committee'],
    ],
    [
      'past the opening lines',
      `${HEAD}${'Some words here.\n\n'.repeat(20)}Report of the Second Committee\n\nRapporteur: Ms. Ana Example (Chile)${BODY}`,
      [],
      ['AFFILIATED_WITH person:ana-example organization:second-committee'],
    ],
  ];
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = posts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
