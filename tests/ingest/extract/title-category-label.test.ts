// A news page's category label over its headline (rules/title-category-label.ts): "Press Release" over the
// headline line, a date and a photograph's caption and credit (a UN country team's copy of a press release), or
// under the release's date line:
// the headline titles the page. Texts are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  [
    'Press Release\n\nSample Director launches Data Advisory Body on risks and international governance of data\n\n27 October 2031\n\nCaption: The Director (at podium) briefs reporters.\n\nCredit: Sample Photo/Jan Roe\n\nThe Director has announced the creation of a new body. It will report in 2032.',
    'Sample Director launches Data Advisory Body on risks and international governance of data',
  ],
  [
    'News\n\nSample Office opens data centre in the Sample Region\n\nThe Office opened its centre today. It serves ten States.',
    'Sample Office opens data centre in the Sample Region',
  ],
  // A site's section, two topics joined by "&".
  [
    'Cybersecurity & Tech\n\nSample Data at the UN: Another Year, Another Group\n\nJane Roe\n\nThis week, the Assembly considered a resolution. It was approved.',
    'Sample Data at the UN: Another Year, Another Group',
  ],
  // The release's date between the label and the headline (an information service's copy of a release).
  [
    'Press Releases\n\n    17 September 2031\n\n    Consultations on Setting up Working Group on Internet Governance to Be Held in Geneva, 20 - 21 September\n\n    GENEVA, 16 September (Sample Information Service) -- Consultations will be held in Geneva.',
    'Consultations on Setting up Working Group on Internet Governance to Be Held in Geneva, 20 - 21 September',
  ],
  // Negative: prose under the date line is no headline.
  [
    'Press Releases\n\n17 September 2031\n\nThe Director has announced the creation of a new body. It will report in 2032.\n\nThe body has ten members.',
    undefined,
  ],
  // Negative: a longer name joined by "&" is no section.
  [
    'Sample Internet Platform & SampleFoundation\n\nSample Data at the UN: Another Year, Another Group\n\nThis week, the Assembly considered a resolution. It was approved.',
    'Sample Internet Platform & SampleFoundation',
  ],
  // Negative: prose under the label is no headline.
  [
    'Press Release\n\nThe Director has announced the creation of a new body. It will report in 2032.\n\nThe body has ten members.',
    undefined,
  ],
  // Negative: a first line that is more than a label is not one.
  [
    'Press Release on the Sample Data Body and Its Members\n\nSample Director launches Data Advisory Body on risks\n\nThe Director announced it. It meets in 2032.',
    'Press Release on the Sample Data Body and Its Members',
  ],
];

describe("the headline under a news page's category label", () => {
  it.each(CASES)('%#', (text, want) => {
    expect(title(text)).toBe(want);
  });
});
