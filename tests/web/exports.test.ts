import { describe, expect, it } from 'vitest';
import { toGraphML, xmlEscape } from '../../web/src/export/graphml.ts';
import { csvField, toCsv, toJson } from '../../web/src/export/tabular.ts';
import { chaired, edges, nodes, person, wgec } from './fixtures.ts';

describe('exports of the current view', () => {
  it('GraphML declares keys and carries every node and edge', () => {
    const xml = toGraphML(nodes, edges);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<node id=/g)).toHaveLength(nodes.length);
    expect(xml.match(/<edge id=/g)).toHaveLength(edges.length);
    expect(xml).toContain(
      `<edge id="CHAIRED|${person.id}|${wgec.id}" source="${person.id}" target="${wgec.id}">`,
    );
    expect(xml).toContain('<data key="n_name">Working Group on Enhanced Cooperation (2016–2018)</data>');
    // Quotes inside JSON values are escaped, so the document stays well-formed.
    expect(xml).toContain('&quot;role&quot;:&quot;Chair&quot;');
    expect(xml).not.toMatch(/<data key="[^"]+">[^<]*"[^<]*<\/data>/);
  });

  it.each([
    ['a & b < c > "d" \'e\'', 'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;'],
    ['bell\u0007tab\tok', 'belltab\tok'],
  ])('escapes XML %#', (input, expected) => {
    expect(xmlEscape(input)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    [null, ''],
    [{ role: 'Chair' }, '"{""role"":""Chair""}"'],
  ])('CSV field %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('CSV has a header, one row per node and edge, and the sources', () => {
    const csv = toCsv(nodes, edges);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,id,type,name,from,to,properties,sources');
    expect(lines).toHaveLength(1 + nodes.length + edges.length);
    const row = lines.find((l) => l.startsWith(`edge,${chaired.id}`))!;
    expect(row).toContain('Benedicto Fonseca Filho → Working Group on Enhanced Cooperation (2016–2018)');
    expect(row).toContain('E/CN.16/2018/CRP.3, para 2: “Ambassador Benedicto Fonseca Filho');
  });

  it('JSON follows the graph export shape of MODEL.md', () => {
    const g = JSON.parse(toJson(nodes, edges));
    expect(g.nodes).toHaveLength(nodes.length);
    expect(g.nodes[0]).toEqual({
      id: person.id,
      type: 'Person',
      name: person.name,
      aliases: person.aliases,
      properties: person.properties,
      sources: [
        { document: 'document:e-cn-16-2018-crp-3', locator: 'para 2', quote: person.sources[0]!.quote },
      ],
    });
    expect(g.edges[0]).toEqual({
      type: 'CHAIRED',
      from: person.id,
      to: wgec.id,
      properties: chaired.properties,
      sources: [expect.objectContaining({ locator: 'para 2' })],
    });
  });
});
