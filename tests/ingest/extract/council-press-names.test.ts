// Names in Security Council press texts (rules/titled-people.ts, org-names.ts, theme-names.ts): briefers listed
// after their posts ("Executive Director of the United Nations Children’s Fund (UNICEF) Jane Roe"), a post's
// words run into the name listed before it, an office held formerly ("former UN Secretary-General X"), a
// headline verb before a known body ("Secretary-General Tells Security Council …"), and a guiding question
// whose mark the copy lost. Invented texts.

import { describe, expect, it } from 'vitest';
import { extractText, personFacts } from './helpers.ts';

const PEOPLE: [name: string, text: string, has: string[], hasNot: string[]][] = [
  [
    'a post before its holder in a list: the post is the holder named after it',
    'Special Representative for Youth and Peace Anna Example, Executive Director of the United Nations Children’s Fund (UNICEF) Jane Roe, and a civil society representative are invited to speak.',
    ['person:jane-roe', 'AFFILIATED_WITH person:jane-roe organization:unicef Executive Director'],
    [
      'person:peace-anna-example',
      'AFFILIATED_WITH person:peace-anna-example organization:unicef Executive Director',
    ],
  ],
  [
    'a name then its post, no name after the body: the post stays the name’s',
    'The meeting was opened by Jane Roe, Executive Director of the United Nations Children’s Fund (UNICEF), who spoke of online safety.',
    ['person:jane-roe', 'AFFILIATED_WITH person:jane-roe organization:unicef Executive Director'],
    [],
  ],
  [
    'a former holder of an office named with its organisation',
    'Members will hear from former UN Secretary-General John Example, also Deputy Chair of a council of elders.',
    ['person:john-example'],
    ['AFFILIATED_WITH person:john-example organization:secretary-general Secretary-General'],
  ],
  [
    'a holder of the office now keeps it',
    'Members will hear from UN Secretary-General John Example on digital threats.',
    [
      'person:john-example',
      'AFFILIATED_WITH person:john-example organization:secretary-general Secretary-General',
    ],
    [],
  ],
  [
    'a briefer named after a copula, then the post',
    'Next to brief the Council was Jane Example, Chief Executive Officer of the Example Peace Institute, who reported on attacks.',
    [
      'person:jane-example',
      'AFFILIATED_WITH person:jane-example organization:example-peace-institute Chief Executive Officer',
    ],
    [],
  ],
  [
    'a Member State ending a company’s name is not the post’s body',
    'The briefers will be John Example, CEO of Examplia Telecom USA, and a researcher.',
    ['person:john-example'],
    ['AFFILIATED_WITH person:john-example organization:united-states-of-america CEO'],
  ],
  [
    'a State after a preposition is still the post’s',
    'The meeting was opened by John Example, Minister of Foreign Affairs of Kenya, who spoke first.',
    [
      'person:john-example',
      'AFFILIATED_WITH person:john-example organization:kenya Minister of Foreign Affairs',
    ],
    [],
  ],
  [
    'a co-founder is a post, no body named "Co-founder of …"',
    'Jane Example, Co-founder of Examplia, noted that the systems are unpredictable.',
    ['person:jane-example'],
    ['AFFILIATED_WITH person:jane-example organization:co-founder-of-examplia'],
  ],
];

describe('people in Council press texts', () => {
  for (const [name, text, has, hasNot] of PEOPLE)
    it(name, () => {
      const got = personFacts(text);
      for (const f of has) expect(got).toContain(f);
      for (const f of hasNot) expect(got).not.toContain(f);
    });
});

const orgIds = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.id);

describe('a headline verb before a known body names no sub-body', () => {
  it('"Secretary-General Tells Security Council …" is the Council', () => {
    const ids = orgIds(
      'Secretary-General Tells Security Council That Cyberspace Must Not Become a Battlefield\n\nThe Council met today.\n',
    );
    expect(ids).toContain('organization:security-council');
    expect(ids.some((id) => id.includes('tells'))).toBe(false);
  });
  it('a sub-body whose words are no known body is still read', () => {
    const ids = orgIds('The report was reviewed by the ITU Advisory Board on Cyber Example last year.\n');
    expect(ids.some((id) => id.startsWith('organization:itu-advisory-board'))).toBe(true);
  });
});

const themes = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Theme')
    .map((n) => n.name);

describe('guiding questions cut short', () => {
  it('a question opened by "What" without its mark is no theme', () => {
    const got = themes(
      'The concept note invites the participants to explore several questions, including:\n\n• What practical measures could states take to protect undersea cables from effective sab\n',
    );
    expect(got.some((t) => t.startsWith('What'))).toBe(false);
  });
  it('"What are the X of Y?" still names the topic', () => {
    const got = themes(
      'The concept note invites the participants to explore several questions, including:\n\n• What are the security implications of quantum computing?\n',
    );
    expect(got).toContain('Security implications of quantum computing');
  });
});
