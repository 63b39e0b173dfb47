// A database made before CHAIRED could reach a Process (the extension pair Person → Process,
// cypher/model/relationships.ts) opens with every fact kept and the pair added, once
// (cypher/embedded/migrate.ts): `CREATE REL TABLE IF NOT EXISTS` leaves an existing table as it was, and
// a write of a co-facilitator of the WSIS+20 review would fail "violates schema".

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import type { Source } from '../../cypher/model/graph.ts';
import { documentsOf, encodeSources } from '../../cypher/store/sources-encoding.ts';
import { rawStatements } from './fixtures/raw-engine.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-migrate-pairs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const open = (path: string) => openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60_000 });

/** The layout before the extension: today's DDL with CHAIRED's Person → Process pair taken out. */
function oldSchema(): string[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../cypher/embedded/schema.cypher'), 'utf8');
  const statements = text.split('\n').filter((l) => l.startsWith('CREATE '));
  const chaired = statements.findIndex((s) => s.includes(' CHAIRED('));
  const old = statements[chaired]!.replace(', FROM Person TO Process', '');
  expect(old).toBe(
    'CREATE REL TABLE IF NOT EXISTS CHAIRED(FROM Person TO WorkingGroup, FROM Person TO Meeting, FROM Person TO Organization, `sources` STRING, `role` STRING, `from` STRING, `to` STRING);',
  );
  statements[chaired] = old;
  // And before a gathering could set a body up (ESTABLISHED Meeting → WorkingGroup | Process, q77).
  const est = statements.findIndex((s) => s.includes(' ESTABLISHED('));
  const oldEst = statements[est]!.replace(', FROM Meeting TO WorkingGroup, FROM Meeting TO Process', '');
  expect(oldEst).toBe(
    'CREATE REL TABLE IF NOT EXISTS ESTABLISHED(FROM Organization TO WorkingGroup, FROM Organization TO Process, FROM Organization TO Meeting, FROM Person TO WorkingGroup, FROM Person TO Process, FROM Person TO Meeting, `sources` STRING, `date` STRING);',
  );
  statements[est] = oldEst;
  return statements;
}

const DOC = 'document:a-res-70-125';
const src = (quote: string): Source[] => [{ document: DOC, locator: 'para 2', quote }];
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (xs: string[]) => `[${xs.map(lit).join(', ')}]`;

async function pairsOf(path: string, type = 'CHAIRED'): Promise<string[]> {
  const [rows] = await rawStatements(path, [
    `CALL show_connection('${type}') RETURN \`source table name\` AS f, \`destination table name\` AS t`,
  ]);
  return rows!.map((r) => `${r.f}->${r.t}`);
}

describe('a CHAIRED table older than its model', () => {
  it('gains Person → Process at open and keeps every fact', async () => {
    const path = join(root, 'old.lbug');
    const chairSrc = src('Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair');
    const wgSrc = src('Working Group on Enhanced Cooperation');
    // An old database: the old DDL and one chair of a working group, as the old code wrote them.
    await rawStatements(path, [
      ...oldSchema(),
      `CREATE (:Person {id: 'person:benedicto-fonseca-filho', name: 'Benedicto Fonseca Filho', aliases: [], sources: ${lit(encodeSources(chairSrc))}, documents: ${list(documentsOf(chairSrc))}, search: 'n:benedicto fonseca filho'})`,
      `CREATE (:WorkingGroup {id: 'workinggroup:wgec-2016-2018', name: 'Working Group on Enhanced Cooperation', aliases: [], sources: ${lit(encodeSources(wgSrc))}, documents: ${list(documentsOf(wgSrc))}, search: 'n:working group on enhanced cooperation'})`,
      `MATCH (a:Person {id: 'person:benedicto-fonseca-filho'}), (b:WorkingGroup {id: 'workinggroup:wgec-2016-2018'}) CREATE (a)-[:CHAIRED {sources: ${lit(encodeSources(chairSrc))}, role: 'Chair', \`from\`: '2016-09'}]->(b)`,
      'CHECKPOINT',
    ]);
    expect(await pairsOf(path)).not.toContain('Person->Process');
    expect(await pairsOf(path, 'ESTABLISHED')).not.toContain('Meeting->WorkingGroup');

    const store = await open(path);
    const process = 'process:wsis';
    try {
      // The pipeline and the API server ensure the schema again after open: the catalogue is read afresh, so
      // the pairs just added are not added twice ("Person->Process already exists in CHAIRED table").
      await store.ensureSchema();
      const before = (await store.roles('person:benedicto-fonseca-filho')).map((r) => [r.target.id, r.role]);
      expect(before).toEqual([['workinggroup:wgec-2016-2018', 'Chair']]);
      const quote = src('appointed Benedicto Fonseca Filho as co-facilitator of the review');
      await store.upsert({
        nodes: [{ id: process, type: 'Process', name: 'WSIS', aliases: [], properties: {}, sources: quote }],
        edges: [
          {
            type: 'CHAIRED',
            from: 'person:benedicto-fonseca-filho',
            to: process,
            properties: { role: 'Co-Facilitator' },
            sources: quote,
          },
        ],
      });
      const roles = await store.roles(process);
      expect(roles.map((r) => [r.type, r.person.id, r.role])).toEqual([
        ['CHAIRED', 'person:benedicto-fonseca-filho', 'Co-Facilitator'],
      ]);
      expect((await store.roles('person:benedicto-fonseca-filho')).length).toBe(2);
    } finally {
      await store.close();
    }
    expect(await pairsOf(path)).toContain('Person->Process');
    expect(await pairsOf(path)).toContain('Person->WorkingGroup');
    const established = await pairsOf(path, 'ESTABLISHED');
    expect(established).toContain('Meeting->WorkingGroup');
    expect(established).toContain('Meeting->Process');
    expect(established).toContain('Organization->WorkingGroup');
  }, 60_000);

  it('a Review Conference that set up a group is written after the open (ESTABLISHED Meeting → WorkingGroup)', async () => {
    const path = join(root, 'old-established.lbug');
    await rawStatements(path, [...oldSchema(), 'CHECKPOINT']);
    const conf = 'meeting:fifth-review-conference-2016-12-12';
    const gge = 'workinggroup:gge-laws';
    const quote = src(
      'The Fifth Review Conference … decided … To establish an open-ended Group of Governmental Experts',
    );
    const store = await open(path);
    try {
      await store.upsert({
        nodes: [
          {
            id: conf,
            type: 'Meeting',
            name: 'Fifth Review Conference',
            aliases: [],
            properties: {},
            sources: quote,
          },
          { id: gge, type: 'WorkingGroup', name: 'GGE on LAWS', aliases: [], properties: {}, sources: quote },
        ],
        edges: [
          { type: 'ESTABLISHED', from: conf, to: gge, properties: { date: '2016-12' }, sources: quote },
        ],
      });
      const up = await store.lineage(gge, 'up', 2);
      expect(up.map((p) => p.nodes.map((n) => n.id))).toEqual([[gge, conf]]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
