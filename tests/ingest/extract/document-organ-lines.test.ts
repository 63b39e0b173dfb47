// A masthead's organs run into one line ("General Assembly Economic and Social Council", a joint report's two
// organs, opening a web copy of the Secretary-General's WSIS report) and a document-sharing site's repeats of it
// ("Transcript of …", "Page 1: …") title nothing (rules/document-headline.ts headlineLike). A body's own name
// as a page's first line still titles the page. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string) =>
  extractText(text, 'page.txt').nodes.find((n) => n.type === 'Document' && n.properties.file === 'page.txt')
    ?.properties.title;

const FLAT =
  'GE.98- General Assembly Ninety-seventh session Item 18 of the preliminary list* Sample questions Report of the Secretary-General Executive summary This report reviews progress. United Nations A/97/66–E/2098/49 General Assembly Economic and Social Council Distr.: General 12 March 2098 Original: English';

const CASES: [text: string, want: string | undefined][] = [
  [`General Assembly Economic and Social Council\n\n22\n${FLAT}`, undefined],
  [`United Nations General Assembly\n\n22\n${FLAT}`, undefined],
  [
    `General Assembly Economic and Social Council\n\n22\n${FLAT}\n\nTranscript of General Assembly Economic and Social Council\n\nPage 1: General Assembly Economic and Social Council`,
    undefined,
  ],
  // Negative: a page about another body is titled by its name; a headline naming organs among other words stays.
  [
    'United Nations Commission on Sample Questions for Development\n\nThe Commission is a subsidiary body of the Council.',
    'United Nations Commission on Sample Questions for Development',
  ],
  [
    'General Assembly Adopts Sample Texts on Development\n\nThe Assembly adopted three texts today.',
    'General Assembly Adopts Sample Texts on Development',
  ],
];

describe("a masthead's organs on one line", () => {
  it.each(CASES)('%s', (text, want) => expect(title(text)).toBe(want));
});
