// A report's title run on into its summary on one line (rules/title-run-on.ts): a PDF copied as flat text
// joins "Report of the Working Group on … Executive summary This report has been prepared by …" (a
// document-sharing site's copy of an ECOSOC report). The title ends before the heading; a title whose own
// words hold "Summary" stays whole. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string) =>
  extractText(text, 'doc.txt').nodes.find((n) => n.type === 'Document')?.properties.title;

const MASTHEAD = 'A/99/65–E/2098/48\n\nDistr.: General 16 March 2098 Original: English\n\n';

describe('a title run on into its summary', () => {
  it.each([
    [
      `${MASTHEAD}Report of the Working Group on Ocean Data Executive summary This report has been prepared by the Chair on behalf of the Working Group. It gives an account of its meetings.\n\n1. Introduction.`,
      'Report of the Working Group on Ocean Data',
    ],
    [
      `${MASTHEAD}Report of the Secretary-General on ocean data Summary The present report responds to the request of the Council in its resolution 2097/2.\n\n1. Introduction.`,
      'Report of the Secretary-General on ocean data',
    ],
    // Unchanged: "Summary" in the title's own words, or a heading with no sentence after it.
    [
      `${MASTHEAD}Summary of the Chair of the Working Group on Ocean Data\n\n1. Introduction.`,
      'Summary of the Chair of the Working Group on Ocean Data',
    ],
    [
      `${MASTHEAD}Report of the Working Group on Ocean Data\n\nExecutive summary\n\nThis report has been prepared by the Chair.`,
      'Report of the Working Group on Ocean Data',
    ],
  ])('%s', (text, want) => {
    expect(title(text)).toBe(want);
  });
});
