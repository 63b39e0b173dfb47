import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name)
    .sort();

const WG =
  'The Working Group on Enhanced Cooperation (2013–2014) held its second meeting on 6-8 November 2013.';

describe('groups a working group sets up inside itself', () => {
  const cases: [string, string[]][] = [
    [
      `${WG}\n\n• Created correspondence group & agreed on Terms of Reference`,
      [
        'Correspondence Group of the Working Group on Enhanced Cooperation (2013–2014)',
        'Working Group on Enhanced Cooperation (2013–2014)',
      ],
    ],
    [
      `${WG} A drafting group met twice.`,
      [
        'Drafting Group of the Working Group on Enhanced Cooperation (2013–2014)',
        'Working Group on Enhanced Cooperation (2013–2014)',
      ],
    ],
    // Without a working group the document is about, a correspondence group is nobody's.
    ['Delegates formed a correspondence group on 6 November 2013.', []],
    // Other groups are not sub-groups.
    [`${WG} The African Group spoke.`, ['Working Group on Enhanced Cooperation (2013–2014)']],
  ];
  for (const [text, want] of cases)
    it(text.replace(/\n/g, ' '), () => {
      expect(groups(text)).toEqual(want);
    });

  it('takes no theme from the name of the group it belongs to', () => {
    const g = extractText(`${WG}\n\n• Created correspondence group & agreed on Terms of Reference`);
    const cg = g.nodes.find((n) => n.name.startsWith('Correspondence Group'))!;
    expect(g.edges.filter((e) => e.type === 'ADDRESSES' && e.from === cg.id)).toEqual([]);
  });
});
