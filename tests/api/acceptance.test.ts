// Acceptance (issue 4 item 5): the questions users ask, answered through the
// GraphQL API on the seed corpus (seeds/corpus, ingested with ingestPaths into
// a real temporary embedded database), each answer carrying quotes that really
// stand in the cited document. Expected facts are what the seed documents say
// (file and paragraph cited per case); entities are found by search, not by id.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { servedFixture } from './served-fixture.ts';

const CORPUS = resolve(import.meta.dirname, '../../seeds/corpus');
const SOURCES = 'sources { document documentLabel locator quote }';
const ENTITY = `id type name symbol startDate endDate city ${SOURCES}`;

interface Src {
  document: string;
  documentLabel: string | null;
  locator: string;
  quote: string;
}
interface Ent {
  id: string;
  type: string;
  name: string;
  symbol?: string;
  startDate?: string;
  endDate?: string;
  city?: string;
  sources: Src[];
}

const api = servedFixture({
  load: async (store) => {
    const summary = await ingestPaths([CORPUS], { store, log: false });
    expect(summary.failed).toBe(0);
  },
});
const texts = new Map<string, string>();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every quote is non-empty and stands in its document's text (MODEL.md "Provenance"). */
async function expectCited(sources: readonly Src[], what: string): Promise<void> {
  expect(sources.length, `${what} has no source`).toBeGreaterThan(0);
  for (const s of sources) {
    if (!texts.has(s.document)) {
      const r = await api.gql('query ($id: ID!) { document(id: $id) { text } }', { id: s.document });
      texts.set(s.document, squash(r.data.document?.text ?? ''));
    }
    expect(s.quote.length, what).toBeGreaterThan(0);
    expect(texts.get(s.document), `${what}: quote not in ${s.document}: ${s.quote}`).toContain(
      squash(s.quote),
    );
    expect(s.documentLabel, what).toBeTruthy();
  }
}

async function find(query: string, type: string, pick: (e: Ent) => boolean = () => true): Promise<Ent> {
  const r = await api.gql(
    `query ($q: String!, $t: [String!]) { search(query: $q, types: $t, limit: 20) { entity { ${ENTITY} } } }`,
    {
      q: query,
      t: [type],
    },
  );
  const hit = (r.data?.search ?? []).map((h: { entity: Ent }) => h.entity).find(pick);
  expect(hit, `no ${type} found for "${query}"`).toBeDefined();
  return hit;
}

const wgec2016 = () =>
  find('Working Group on Enhanced Cooperation', 'WorkingGroup', (e) => /2016/.test(e.name));

describe('acceptance on the seed corpus', () => {
  it('who chaired the WGEC 2016–2018: Benedicto Fonseca Filho (000 annex, 001 ¶2)', async () => {
    const wg = await wgec2016();
    const r = await api.gql(`query ($id: ID!) { roles(id: $id) { type role holder { name } ${SOURCES} } }`, {
      id: wg.id,
    });
    const chairs = r.data.roles.filter(
      (x: { type: string; role?: string }) => x.type === 'CHAIRED' && /\bChair\b/.test(x.role ?? ''),
    );
    expect(chairs.map((c: { holder: { name: string } }) => c.holder.name)).toEqual([
      'Benedicto Fonseca Filho',
    ]);
    await expectCited(chairs[0].sources, 'CHAIRED');
  });

  it('when a role was stated: each source gives its document’s date of issue (001: 3 May 2018)', async () => {
    const wg = await wgec2016();
    const r = await api.gql(
      `query ($id: ID!) { roles(id: $id) { type sources { document documentDate } } }`,
      { id: wg.id },
    );
    const sources: { document: string; documentDate: string | null }[] = r.data.roles.flatMap(
      (x: { sources: unknown[] }) => x.sources,
    );
    const report = sources.filter((s) => s.document.startsWith('document:001-'));
    expect(report.length).toBeGreaterThan(0);
    for (const s of report) expect(s.documentDate).toBe('2018-05-03');
    for (const s of sources) expect(s.documentDate ?? '2000').toMatch(/^\d{4}(-\d\d(-\d\d)?)?$/);
  });

  it('which resolution mandated it: A/RES/70/125, paragraph 65 (000, 001 ¶1)', async () => {
    const wg = await wgec2016();
    const r = await api.gql(
      `query ($id: ID!) { node(id: $id) { relationships(types: ["MANDATES"]) { paragraph fromEntity { symbol } ${SOURCES} } } }`,
      { id: wg.id },
    );
    const mandates = r.data.node.relationships;
    const res = mandates.find(
      (m: { fromEntity: { symbol?: string } }) => m.fromEntity.symbol === 'A/RES/70/125',
    );
    expect(res, JSON.stringify(mandates)).toBeDefined();
    expect(res.paragraph).toMatch(/\b65\b/);
    await expectCited(res.sources, 'MANDATES');
  });

  it('the lineage from the Tunis Agenda to the group’s report runs through A/RES/70/125 (001 ¶1, MODEL.md)', async () => {
    const tunis = await find('Tunis Agenda', 'Resolution', (e) => /Tunis Agenda/.test(e.name));
    const report = await find(
      'Report of the Chair of the Working Group on Enhanced Cooperation',
      'Document',
      (e) => e.sources.some((s) => s.document === e.id),
    );
    const q = `query ($from: ID!, $to: ID) { lineage(from: $from, to: $to, maxHops: 6) {
      nodes { id symbol name } hops { forward relationship { type ${SOURCES} } } } }`;
    const r = await api.gql(q, { from: tunis.id, to: report.id });
    expect(r.errors).toBeUndefined();
    const paths: { nodes: Ent[]; hops: { relationship: { type: string; sources: Src[] } }[] }[] =
      r.data.lineage;
    const via = paths.find((p) => p.nodes.some((n) => n.symbol === 'A/RES/70/125'));
    expect(via, JSON.stringify(paths.map((p) => p.nodes.map((n) => n.id)))).toBeDefined();
    expect(via!.nodes[0]!.id).toBe(tunis.id);
    expect(via!.nodes.at(-1)!.id).toBe(report.id);
    for (const h of via!.hops) await expectCited(h.relationship.sources, h.relationship.type);
  });

  it('the mandate chain of MODEL.md: Tunis Agenda → A/RES/70/125 → WGEC 2016–2018 → report to the CSTD 21st session (000, 001)', async () => {
    const tunis = await find('Tunis Agenda', 'Resolution', (e) => /Tunis Agenda/.test(e.name));
    const wg = await wgec2016();
    const session = await find('Twenty-first session', 'Meeting', (e) => /^2018-05/.test(e.startDate ?? ''));
    const q = `query ($from: ID!, $to: ID) { lineage(from: $from, to: $to, maxHops: 6) {
      nodes { id symbol } hops { forward relationship { type paragraph ${SOURCES} } } } }`;
    const r = await api.gql(q, { from: tunis.id, to: session.id });
    expect(r.errors).toBeUndefined();
    const paths: {
      nodes: Ent[];
      hops: { relationship: { type: string; paragraph?: string; sources: Src[] } }[];
    }[] = r.data.lineage;
    const chain = paths.find(
      (p) =>
        p.nodes.map((n) => n.symbol ?? n.id).join(' > ') ===
        [tunis.id, 'A/RES/70/125', wg.id, session.id].join(' > '),
    );
    expect(chain, JSON.stringify(paths.map((p) => p.nodes.map((n) => n.id)))).toBeDefined();
    expect(chain!.hops.map((h) => h.relationship.type)).toEqual(['REFERENCES', 'MANDATES', 'REPORTS_TO']);
    expect(chain!.hops[1]!.relationship.paragraph).toMatch(/\b65\b/);
    for (const h of chain!.hops) await expectCited(h.relationship.sources, h.relationship.type);
  });

  it('every role of Peter Major across the corpus (000 annex; 004 ¶7, ¶142 footnotes 4 and 31)', async () => {
    const major = await find('Peter Major', 'Person');
    const r = await api.gql(
      `query ($id: ID!) { roles(id: $id) { type role target { name type city startDate } ${SOURCES} } }`,
      { id: major.id },
    );
    type RoleRow = { type: string; role?: string; target: Ent; sources: Src[] };
    const roles: RoleRow[] = r.data.roles;
    const has = (type: string, target: (t: Ent) => boolean, role?: RegExp) =>
      roles.find((x) => x.type === type && target(x.target) && (!role || role.test(x.role ?? '')));
    const wanted: [string, RoleRow | undefined][] = [
      [
        'Acting Chair of the CSTD',
        has('CHAIRED', (t) => /Science and Technology for Development/.test(t.name), /Acting Chair/),
      ],
      [
        'Vice-Chair of the CSTD',
        has('CHAIRED', (t) => /Science and Technology for Development/.test(t.name), /Vice.Chair/),
      ],
      [
        'presenter at the first WGEC 2016–2018 meeting',
        has('SPOKE_AT', (t) => t.startDate === '2016-09-30', /presenter/),
      ],
      [
        'moderator at the 2023 Lisbon panel',
        has('SPOKE_AT', (t) => t.startDate === '2023-11-06', /moderator/),
      ],
      ['affiliated with Hungary', has('AFFILIATED_WITH', (t) => t.name === 'Hungary')],
    ];
    expect(wanted.filter(([, row]) => !row).map(([what]) => what)).toEqual([]);
    for (const row of roles) await expectCited(row.sources, `${row.type} ${row.target.name}`);
    expect(new Set(roles.flatMap((x) => x.sources.map((s) => s.document))).size).toBeGreaterThanOrEqual(2);
  });

  it('the meetings of the WGEC 2016–2018 with their dates (000; 001 ¶3)', async () => {
    const wg = await wgec2016();
    const r = await api.gql(
      `query ($id: ID!) { node(id: $id) { relationships(types: ["PART_OF"]) { fromEntity { ${ENTITY} } } } }`,
      { id: wg.id },
    );
    const meetings: Ent[] = r.data.node.relationships
      .map((x: { fromEntity: Ent }) => x.fromEntity)
      .filter((e: Ent) => e.type === 'Meeting');
    const dates = meetings.map((m) => [m.startDate, m.endDate ?? null]).sort();
    expect(dates).toEqual([
      ['2016-09-30', null],
      ['2017-01-26', '2017-01-27'],
      ['2017-05-03', '2017-05-05'],
      ['2017-09-25', '2017-09-27'],
      ['2018-01-29', '2018-01-31'],
    ]);
    for (const m of meetings) await expectCited(m.sources, m.name);
  });

  it('who spoke at the 2023 intersessional panel in Lisbon, and in which role (004 footnotes)', async () => {
    const t = await api.gql(
      `{ timeline(types: ["Meeting"], from: "2023-11", to: "2023-11") { entity { ${ENTITY} } } }`,
    );
    const panel = t.data.timeline
      .map((x: { entity: Ent }) => x.entity)
      .find((e: Ent) => e.city === 'Lisbon' || e.sources.some((s) => /\bLisbon\b/.test(s.quote)));
    expect(panel, JSON.stringify(t.data.timeline)).toBeDefined();
    const r = await api.gql(
      `query ($id: ID!) { roles(id: $id) { type role holder { name type } ${SOURCES} } }`,
      { id: panel.id },
    );
    const spoke = r.data.roles.filter((x: { type: string }) => x.type === 'SPOKE_AT');
    const roleOf = (name: string) =>
      spoke.find((x: { holder: { name: string } }) => x.holder.name === name)?.role ?? '(missing)';
    const expected: [string, RegExp][] = [
      ['Ana Cristina das Neves', /opening.*moderator|moderator.*opening/],
      ['Pedro Manuel Moreno', /opening/],
      ['Mário Campolargo', /keynote|opening/],
      ['Peter Major', /moderator/],
      ['Shamika N. Sirimanne', /presenter/],
      ['Antonio Vezzani', /presenter/],
      ['Jun Yang', /panellist/],
      ['Stephanie Diepeveen', /panellist/],
      ['Anita Gurumurthy', /panellist/],
      ['Charlotte Lindberg Warakaulle', /panellist/],
      ['Federica Bicchi', /panellist/],
      ['Javier Mateo-Vega', /panellist/],
      ['Mario Cervantes', /panellist/],
      ['David Souter', /keynote/],
      ['Wolfgang Kleinwächter', /panellist/],
      ['Sally Costerton', /panellist/],
      ['Gbenga Sesan', /panellist/],
      ['Vladimir Stankovic', /panellist/],
      ['Chengetai Masango', /panellist/],
    ];
    const wrong = expected
      .filter(([name, role]) => !role.test(roleOf(name)))
      .map(([name]) => `${name}: ${roleOf(name)}`);
    expect(wrong).toEqual([]);
    for (const s of spoke) await expectCited(s.sources, `SPOKE_AT ${s.holder.name}`);
  });
});
