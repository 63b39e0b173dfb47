// A sub-body's head word is a whole word (rules/org-names.ts SUB_BODY): "the
// United Nations High Commissioner for Human Rights" is a post, and gave a body
// "United Nations High Commission" that a resolution then MANDATED. Synthetic
// sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'In its resolution 68/167, the General Assembly requested the United Nations High Commissioner for Human Rights to submit a report.',
    [],
    ['United Nations High Commission'],
  ],
  ['The ITU Councillors met, and the ITU Council adopted the budget.', ['ITU Council'], ['ITU Councillors']],
];

describe('sub-bodies end at a word end', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = orgs(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
