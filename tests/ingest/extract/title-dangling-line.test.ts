// A line opening with a lower-case article or demonstrative titles nothing (rules/document-headline.ts
// DANGLING): "this publication on Youth Engagement at the IGF", a link's words under "… as described" on the
// IGF Secretariat's page of Youth IGF initiatives, titled the page. Texts are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  [
    'Youth Pages\n\nThere are other examples of youth engagement, as described\n\nthis report on Sample Youth Engagement at the Forum\n\nThe report outlines the initiatives.',
    undefined,
  ],
  [
    'Youth Pages\n\nthese Guidelines for Sample Youth Initiatives at the Forum\n\nThe guidelines outline the initiatives.',
    undefined,
  ],
  // A heading opening in capitals, or a lower-case word that is no article, still titles the page.
  [
    'Pages\n\nSee more\n\nThe Report on Sample Youth Engagement at the Forum\n\nThe report outlines the initiatives.',
    'The Report on Sample Youth Engagement at the Forum',
  ],
  [
    'eSample Week 2030 Closing Session Highlights\n\nThe week closed with a plenary.',
    'eSample Week 2030 Closing Session Highlights',
  ],
];

describe('a dangling lower-case line is no title', () => {
  it.each(CASES)('%s', (text, want) => expect(title(text)).toBe(want));
});
