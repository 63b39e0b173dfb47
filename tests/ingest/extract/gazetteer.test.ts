import { describe, expect, it } from 'vitest';
import { loadGazetteer, makeGazetteer, parseGazetteerFile } from '../../../ingest/gazetteer/load.ts';
import { clearTokenCache } from '../../../ingest/gazetteer/tokens.ts';

const g = loadGazetteer();
const ids = (text: string) => g.match(text).map((m) => m.entry.id);

describe('gazetteer', () => {
  it('has the 193 Member States', () => {
    expect(g.entries.filter((e) => e.kind === 'member-state')).toHaveLength(193);
  });
  const cases: [string, string[], string[]][] = [
    [
      'The delegates from Paraguay, Türkiye, and Djibouti',
      ['organization:paraguay', 'organization:turkiye', 'organization:djibouti'],
      [],
    ],
    ['Turkey and the Republic of Korea', ['organization:turkiye', 'organization:republic-of-korea'], []],
    ['the CSTD¹ moderated', ['organization:cstd'], []],
    ['WSIS+10 and WSIS+20 and WSIS', ['process:wsis+10', 'process:wsis+20', 'process:wsis'], []],
    [
      'the United Nations Educational, Scientific and Cultural Organization',
      ['organization:unesco'],
      ['organization:united-nations'],
    ],
    ['the Secretary-General reported', ['organization:secretary-general'], []],
    ['who said it, and chad was not there', [], ['organization:who', 'organization:chad']],
    // A lower-case alias lets a capitalised name match in lower case (Tunis Agenda ¶71).
    [
      'The process towards enhanced cooperation, to be started by the UN Secretary-General',
      ['process:enhanced-cooperation-process', 'organization:secretary-general'],
      ['theme:enhanced-cooperation'],
    ],
    ['the multistakeholder advisory group met', [], ['organization:igf-mag']],
    // A slash alone joins two words of one name (ITU's "Telecommunication/ICT"; "OEWG 2021/2025").
    ['at the fifth World Telecommunication/ICT Policy Forum, delegates', ['meeting:wtpf-13'], []],
    ['The OEWG 2021/2025 met.', ['workinggroup:oewg-ict-2021-2025'], []],
    // A slash with a space beside it parts two items; other marks stay no gap.
    ['the World Telecommunication / ICT Policy Forum', [], ['meeting:wtpf-13']],
    ['The OEWG 2021 / 2025 met.', [], ['workinggroup:oewg-ict-2021-2025']],
    ['The OEWG 2021\\2025 met.', [], ['workinggroup:oewg-ict-2021-2025']],
    // An acronym in brackets after the head noun is passed over (IISD on the OEWG 2021–2025).
    [
      'The Open-ended Working Group (OEWG) on security of and in the use of information and communications technologies (ICTs) 2021-2025 has completed its mandate.',
      ['workinggroup:oewg-ict-2021-2025'],
      [],
    ],
    // Only an acronym: a bracketed word, a bracketed date or a lone bracket ends the name.
    [
      'The Open-ended Working Group (Geneva) on security of and in the use of ICTs',
      [],
      ['workinggroup:oewg-ict-2021-2025'],
    ],
    [
      'The Open-ended Working Group (2021) on security of and in the use of ICTs',
      [],
      ['workinggroup:oewg-ict-2021-2025'],
    ],
    [
      'The Open-ended Working Group (OEWG on security of and in the use of ICTs',
      [],
      ['workinggroup:oewg-ict-2021-2025'],
    ],
  ];
  for (const [text, want, not] of cases)
    it(text, () => {
      const got = ids(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  it('rejects an entry of unknown type', () => {
    expect(() => parseGazetteerFile('{"entries":[{"name":"X","type":"Planet"}]}', 'x.json')).toThrow(
      /unknown type/,
    );
  });
  it('a text matched again gives the same matches in a new array (short texts are remembered per document)', () => {
    const text = 'The CSTD and ITU met in Geneva with UNESCO';
    const first = g.match(text);
    const again = g.match(text);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    again.pop();
    expect(g.match(text)).toEqual(first);
    clearTokenCache();
    expect(g.match(text)).toEqual(first);
  });
  it('a long text (read without the memo) gives the matches of its parts, moved by their offsets', () => {
    const part = 'The Commission on Science and Technology for Development met the ITU Council in Türkiye. ';
    const parts = Array.from({ length: 6 }, () => part);
    const long = parts.join('');
    expect(long.length).toBeGreaterThan(256);
    const one = g.match(part);
    expect(one.length).toBeGreaterThan(1);
    const want = parts.flatMap((_, k) =>
      one.map((m) => ({ id: m.entry.id, start: m.start + k * part.length, surface: m.surface })),
    );
    expect(g.match(long).map((m) => ({ id: m.entry.id, start: m.start, surface: m.surface }))).toEqual(want);
  });
  it('longest match wins', () => {
    const small = makeGazetteer(
      parseGazetteerFile(
        '{"entries":[{"name":"Internet Governance Forum","type":"Process","acronym":"IGF"},{"name":"IGF Secretariat","type":"Organization"}]}',
        't',
      ),
    );
    expect(small.match('the IGF Secretariat and the IGF').map((m) => m.surface)).toEqual([
      'IGF Secretariat',
      'IGF',
    ]);
  });
});
