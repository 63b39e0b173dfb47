// An envoy's post named by its subject, then the name, no honorific (rules/titled-people.ts): "the
// Secretary-General's Envoy on Technology Jan Sample" is a person holding the post. Invented sentences.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const ENVOY = 'organization:tech-envoy';

describe('an envoy named after the post', () => {
  it.each([
    [
      "The Panel includes the Secretary-General's Envoy on Technology Jan Sample as well as the hosts.",
      'person:jan-sample',
      true,
    ],
    // The body written before the post owns it, as "UNCTAD Secretary-General X" (titled-people.ts).
    ['UN Envoy on Technology Eva Example briefed Member States in May 2098.', 'person:eva-example', false],
  ])('%s', (text, id, office) => {
    const g = extractText(text);
    expect(g.nodes.some((n) => n.id === id)).toBe(true);
    expect(hasEdge(g, 'AFFILIATED_WITH', id, ENVOY)).toBe(office);
    const post = g.edges.find((e) => e.type === 'AFFILIATED_WITH' && e.from === id);
    expect(post?.properties.title).toBe('Envoy on Technology');
  });
  it.each([
    // Negative: the post before a body's name, a place or a lower-case word gives no person.
    "The Secretary-General's Envoy on Technology Office opened in Geneva.",
    'The Envoy on Technology Geneva team met in May 2098.',
    'The Envoy on Technology will report to the Assembly.',
  ])('no person in: %s', (text) => {
    expect(extractText(text).nodes.filter((n) => n.type === 'Person')).toEqual([]);
  });
});
