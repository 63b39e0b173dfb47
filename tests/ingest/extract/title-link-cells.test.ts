// A page's list of documents to download titles nothing (rules/title-link-cells.ts): a table of documents
// copied one cell a line, each closed by its bar, and a file's download box (its name over ".pdf" and
// "Download PDF • 263KB", a caption under it); a site builder's "top of page" anchor is no headline either
// (site-navigation.ts). A report's own masthead keeps its title. Synthetic pages in the style of UNODC's
// session pages and stakeholders' posts on a negotiating committee.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const titleOf = (text: string): string | undefined => {
  const doc = extractText(text).nodes.find((n) => n.type === 'Document');
  return doc?.properties.title as string | undefined;
};

const PROSE =
  'In accordance with its road map, the Example Committee on Widgets held its fifth session from 1 to 12 April 2099 in Vienna. Delegations are invited to monitor this page.';

const CASES: [name: string, text: string, want: string | undefined][] = [
  [
    'a table cell closed by its bar is a link, not the page title',
    `${PROSE}\nMeeting documentation will be shared on this page.\nAnnotated provisional agenda |\n|\nReport of the Example Committee on Widgets on its fifth session |\n|\nList of participants |\n`,
    undefined,
  ],
  [
    'a download box and its caption title nothing; the headline under "top of page" does',
    `top of page\n\nCall for panellists for the Third Consultation with the Example Committee\n\n\n${PROSE}\n\nAgenda\n.pdf\nDownload PDF • 37KB\n\nReport of the Example Committee\n.pdf\nDownload PDF • 263KB\n\n\nReport of the Example Committee on 24 February 2099\n\n\n\nThe consultation will be held in Vienna.`,
    'Call for panellists for the Third Consultation with the Example Committee',
  ],
  [
    "a report's own masthead keeps its title",
    'United Nations\n\nReport of the Example Committee on Widgets on its fifth session\n\nVienna, 1–12 April 2099\n\n1. The Committee held its fifth session in Vienna.',
    'Report of the Example Committee on Widgets on its fifth session',
  ],
  [
    'a bar inside a line is no cell: "Reports | Studies" is left to the other rules, a report title with no bar kept',
    `Report of the Example Committee on Widgets on its sixth session\n\n${PROSE}\n\nSee also: Reports | Studies\n\nDownloads are listed further down this page, under the statements and the submissions of the delegations.\n\nStatements\n\nSubmissions\n\nList\n.pdf\nDownload PDF • 12KB`,
    'Report of the Example Committee on Widgets on its sixth session',
  ],
];

describe('titles on pages listing documents to download', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    expect(titleOf(text)).toBe(want);
  });
});
