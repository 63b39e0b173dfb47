// A news page's byline: a bare name alone on its line, its post and body on the next ("Joachim Ruecker /
// President, United Nations Human Rights Council, UNHRC"). The chain is read (AFFILIATED_WITH, the post as
// title) only when the post line names organisations an earlier rule knows (rules/people-post-lines.ts);
// a group's acronym or an unknown body gives the Person alone. Invented names.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text);
  return {
    people: g.nodes.filter((n) => n.type === 'Person').map((n) => n.id),
    edges: g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'CHAIRED')
      .map((e) => `${e.type} ${e.from} ${e.to} ${e.properties.title ?? ''}`.trim()),
    orgs: g.nodes.filter((n) => n.type === 'Organization').map((n) => n.id),
  };
};

describe('a byline: name over "<post>, <body>"', () => {
  const CASES: [text: string, edges: string[], notOrgs: string[]][] = [
    [
      'Sample Headline About Rights\n\nAnna Exampleton\nPresident, United Nations Human Rights Council, UNHRC\n\nThe Council met.',
      ['AFFILIATED_WITH person:anna-exampleton organization:human-rights-council President'],
      ['organization:unhrc'],
    ],
    [
      'Sample Headline About Networks\n\nBruno Samplewood\nDirector, International Telecommunication Union\n\nThe Union met.',
      ['AFFILIATED_WITH person:bruno-samplewood organization:itu Director'],
      [],
    ],
    // A group's acronym is no organisation: the person alone.
    ['Sincerely yours,\n\nCarla Testmann\nChair of WGEC\n\nAnnex', [], ['organization:wgec']],
    // An unknown body on the post line: the person alone.
    ['Sample Headline\n\nDavid Probeson\nAdviser, Example Widgets Cooperative\n\nText follows.', [], []],
  ];
  for (const [text, edges, notOrgs] of CASES)
    it(text.split('\n')[2]!, () => {
      const f = facts(text);
      expect(f.people.length).toBe(1);
      expect(f.edges.filter((e) => e.startsWith('AFFILIATED_WITH'))).toEqual(edges);
      for (const o of notOrgs) expect(f.orgs).not.toContain(o);
    });
});
