import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../cypher/model/graph.ts';
import { loadGivenNames, parseGivenNames } from '../../../ingest/resolve/given-names.ts';
import { sameByShortForm, samePerson } from '../../../ingest/resolve/names.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';
import { extractText } from '../extract/helpers.ts';
import { person, resolved } from './one-person-per-document.ts';

// The repository's table (seeds/given-names.json), as the pipeline reads it.
const table = loadGivenNames();

describe('given names written with a short form', () => {
  const cases: [string, string, boolean][] = [
    ['Vint Cerf', 'Vinton G. Cerf', true],
    ['Mr. Vint Cerf', 'Mr. Vinton Cerf', true],
    ['Vinton Cerf', 'Vint Cerf', true],
    ['Bill Gates', 'William H. Gates', true],
    ['Bob Kahn', 'Robert E. Kahn', true],
    ['Rob Kahn', 'Robert Kahn', true],
    ['Tom Smith', 'Thomas Smith', true],
    ['Kate Jones', 'Katherine Jones', true],
    ['Katie Jones', 'Katherine Jones', true],
    ['Liz Truss', 'Elizabeth Truss', true],
    ['Jim Yong Kim', 'James Yong Kim', true],
    ['Mike Smith', 'Michael Smith', true],
    ['Chris Buckridge', 'Christopher Buckridge', true],
    ['Chris Buckridge', 'Christine Buckridge', true],
    ['Alex Smith', 'Alexandra Smith', true],
    ['Nick Ashton-Hart', 'Nicholas Ashton-Hart', true],
    ['Ms. Kate Smith', 'Katherine Anne Smith', true],
    // Negative: two different full names, a short form of another name, another surname.
    ['Christopher Buckridge', 'Christine Buckridge', false],
    ['Alexander Smith', 'Alexandra Smith', false],
    ['Vint Cerf', 'Vinton Gray', false],
    ['Bill Gates', 'Robert Gates', false],
    ['Tom Smith', 'Timothy Smith', false],
    ['Bob Kahn', 'Bill Kahn', false],
    ['Vint Cerf', 'Vinton Cerfs', false],
    ['Vint', 'Vinton', false],
    ['Vinton Cerf', 'Vinton Cerf', false],
  ];
  for (const [a, b, same] of cases)
    it(`${a} / ${b}`, () => expect(Boolean(sameByShortForm(a, b, table))).toBe(same));

  it('the plain comparison does not expand short forms', () => {
    expect(samePerson('Vint Cerf', 'Vinton Cerf')).toBeUndefined();
  });
});

describe('resolution across documents', () => {
  it('merges "Vint Cerf" into "Vinton G. Cerf" and "Vinton Cerf", logging why', () => {
    const { ids, merges } = resolved(['Vint Cerf', 'Vinton G. Cerf', 'Vinton Cerf']);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe('person:vinton-g-cerf');
    const m = merges.find((x) => x.merged === 'person:vint-cerf');
    expect(m?.reason).toMatch(/short form.*"vint" = "vinton".*"Vint Cerf"/);
  });
  it('keeps a short form apart when the batch has two full names it could stand for', () => {
    const { ids } = resolved(['Chris Smith', 'Christopher Smith', 'Christine Smith']);
    expect(new Set(ids).size).toBe(3);
  });
  it('merges a short form when only one of its full names is in the batch', () => {
    const { ids } = resolved(['Chris Smith', 'Christine Smith', 'Christopher Jones']);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });
  it('a split in the decisions file wins', () => {
    const graphs = new Map<string, Graph>([
      ['document:a', { nodes: [person('Bill Smith', 'document:a')], edges: [] }],
      ['document:b', { nodes: [person('William Smith', 'document:b')], edges: [] }],
    ]);
    const split = [{ ids: ['person:bill-smith', 'person:william-smith'] }];
    const { merges } = resolveCorpus(graphs, { merge: [], split });
    expect(merges).toHaveLength(0);
  });
});

describe('the table file', () => {
  it('reads short forms listed under several full names', () => {
    const t = parseGivenNames(
      '{"entries":[{"name":"Christopher","short":["Chris"]},{"name":"Christine","short":["Chris"]}]}',
      't',
    );
    expect(t.fullOf.get('chris')).toEqual(['christopher', 'christine']);
  });
  it('rejects a malformed file, naming it', () => {
    expect(() => parseGivenNames('{"entries":[{"name":"Robert"}]}', 'given-names.json')).toThrow(
      /given-names.json.*short/,
    );
    expect(() => parseGivenNames('[]', 'given-names.json')).toThrow(/entries/);
    expect(() => parseGivenNames('nope', 'given-names.json')).toThrow(/not JSON/);
  });
});

describe('a surname alone when the document wrote the name two ways (rules/people.ts)', () => {
  const MEETING =
    '\n\nThe workshop on Internet governance was held on 18 May 2012 in Geneva. The session was moderated by Mr. Smith.';
  const moderator = (people: string) =>
    extractText(`${people}${MEETING}`)
      .edges.filter((e) => e.type === 'SPOKE_AT')
      .map((e) => e.from);
  it('is the one person both names denote', () => {
    expect(moderator('Mr. Chris Smith, Google, and Mr. Christopher J. Smith, ICANN, were invited.')).toEqual([
      'person:christopher-j-smith',
    ]);
  });
  it('is no one when two of the names may be different people', () => {
    expect(
      moderator(
        'Mr. Chris Smith, Google, Mr. Christopher Smith, ICANN, and Ms. Christine Smith, ITU, were invited.',
      ),
    ).toEqual([]);
  });
});
