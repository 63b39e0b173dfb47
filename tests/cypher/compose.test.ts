// docker-compose.yml (issue 2, item 7), checked by reading since Docker cannot
// run here: official images only, Neo4j with healthcheck, named volume, auth
// from the environment and ports 7474/7687; the app on GRAPH_ENGINE=neo4j,
// started once Neo4j is healthy, setting only variables the app reads.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiConfigFromEnv } from '../../api/config.ts';
import { storeConfigFromEnv } from '../../cypher/store/config.ts';
import { parseYamlLite, type Yaml } from './yaml-lite.ts';

const root = resolve(import.meta.dirname, '../..');
type Map = { [key: string]: Yaml };
const map = (y: Yaml | undefined): Map => (y && typeof y === 'object' && !Array.isArray(y) ? y : {});
const list = (y: Yaml | undefined): Yaml[] => (Array.isArray(y) ? y : []);

/** Variable names the application code reads: env.X, env['X'], helper(env, 'X'). */
function variablesReadByCode(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'dist') walk(p);
      else if (/\.tsx?$/.test(e.name)) {
        const code = readFileSync(p, 'utf8');
        const re = /\benv(?:\.|\[\s*['"]|\s*,\s*['"])([A-Z][A-Z0-9_]*)/g;
        for (const m of code.matchAll(re)) names.add(m[1]!);
      }
    }
  };
  for (const area of ['api', 'cypher', 'ingest']) walk(resolve(root, area));
  return names;
}

/** `${NAME:-default}` as compose would expand it with NAME unset. */
const withDefaults = (value: string): string => value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

const unread = (env: Map, read: Set<string>): string[] => Object.keys(env).filter((k) => !read.has(k));

describe('docker-compose.yml', () => {
  const doc = map(parseYamlLite(readFileSync(resolve(root, 'docker-compose.yml'), 'utf8')));
  const services = map(doc.services);
  const neo4j = map(services.neo4j);
  const app = map(services.app);
  const appEnv = map(app.environment);
  const read = variablesReadByCode();

  it('uses official images only', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'neo4j']);
    expect(neo4j.image).toBe('neo4j:5-community');
    expect(app.image).toMatch(/^node:20(\.|-|$)/);
  });

  it('runs Neo4j with a healthcheck, a named data volume, auth from the environment and both ports', () => {
    expect(list(map(neo4j.healthcheck).test).join(' ')).toMatch(/cypher-shell .*RETURN 1/);
    const volume = list(neo4j.volumes).find((v) => String(v).endsWith(':/data'));
    expect(volume).toBeDefined();
    expect(Object.keys(map(doc.volumes))).toContain(String(volume).split(':')[0]);
    expect(map(neo4j.environment).NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD(:-[^}]+)?\}$/);
    expect(list(neo4j.ports)).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
  });

  it('passes Neo4j only NEO4J_AUTH (other NEO4J_* variables become server settings there)', () => {
    expect(Object.keys(map(neo4j.environment))).toEqual(['NEO4J_AUTH']);
  });

  it('starts the app with the Neo4j engine once Neo4j is healthy', () => {
    expect(app.command).toBe('sh -c "npm ci && npm start"');
    expect(app.working_dir).toBe('/app');
    expect(map(map(app.depends_on).neo4j).condition).toBe('service_healthy');
    expect(appEnv.GRAPH_ENGINE).toBe('neo4j');
    expect(appEnv.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('gives the app the password Neo4j was started with', () => {
    const auth = String(map(neo4j.environment).NEO4J_AUTH);
    expect(`${appEnv.NEO4J_USER}/${appEnv.NEO4J_PASSWORD}`).toBe(auth);
  });

  it('sets only variables the app reads', () => {
    expect(read).toContain('NEO4J_URI');
    expect(read).toContain('PORT');
    expect(unread(appEnv, read)).toEqual([]);
  });

  it('notices a variable nobody reads', () => {
    expect(unread({ ...appEnv, NEO4J_PASS: 'x' }, read)).toEqual(['NEO4J_PASS']);
  });

  it("is a configuration the app's own validation accepts", () => {
    const env = Object.fromEntries(Object.entries(appEnv).map(([k, v]) => [k, withDefaults(String(v))]));
    expect(storeConfigFromEnv(env)).toMatchObject({
      engine: 'neo4j',
      uri: 'bolt://neo4j:7687',
      user: 'neo4j',
    });
    expect(apiConfigFromEnv(env)).toMatchObject({ port: 4000, host: '0.0.0.0' });
    expect(app.ports).toEqual([`${apiConfigFromEnv(env).port}:4000`]);
  });
});
