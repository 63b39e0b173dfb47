import { describe, expect, it } from 'vitest';
import { loadGazetteer, makeGazetteer, parseGazetteerFile } from '../../../ingest/gazetteer/load.ts';

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
