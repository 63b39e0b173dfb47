// An alias is a name, not a quote (extract/build-graph.ts addAlias): a line break or a doubled space the
// copy put inside a name ("World Summit on⏎the Information Society" wrapped in a report, "Global  Digital
// Compact" in a captioning) is one space; the quote keeps the text as written. So is the name a node is
// shown by (a roster's "Director of Center for Ocean Data⏎Analysis, …" wrapped at the line's end).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const aliasesOf = (text: string, id: string): readonly string[] =>
  extractText(text).nodes.find((n) => n.id === id)?.aliases ?? [];

describe('aliases with the copy’s spacing', () => {
  it.each([
    ['The World Summit on\nthe Information Society met.', 'process:wsis', []],
    ['the  Global  Digital  Compact was adopted', 'process:gdc', []],
    // The short first line is a passage of its own; the name wrapped over the break is matched whole (q100,
    // gazetteer-wraps.ts), so no alias.
    ['The United Nations\nGeneral Assembly met.', 'organization:general-assembly', []],
    // Positive control: a real alias form stays.
    ['The UN General Assembly met.', 'organization:general-assembly', ['UN General Assembly']],
  ])('%j', (text, id, want) => {
    expect(aliasesOf(`Note\n\n${text}\n`, id)).toEqual(want);
  });

  it('keeps the quote as written', () => {
    const g = extractText('Note\n\nThe World Summit on\nthe Information Society met.\n');
    const wsis = g.nodes.find((n) => n.id === 'process:wsis')!;
    expect(wsis.sources[0]!.quote).toContain('on\nthe Information');
  });

  it('gives the node its name one-spaced', () => {
    const g = extractText(
      'Members\n\nYuki Tanaka (Japan), Senior Advisor and Director of Center for Ocean Data\nAnalysis, Japan Society for the Promotion of Oceans\n',
    );
    const names = g.nodes.map((n) => n.name);
    expect(names).toContain('Center for Ocean Data Analysis');
    expect(names.filter((n) => /\s\s|\n/.test(n))).toEqual([]);
  });
});
