// `npm run bench:api` (issue 4 item 6): the synthetic large graph of the
// graph-layer benchmark (tests/bench/synthetic-graph.ts, ~100 000 nodes and
// ~1 000 000 relationships at SCALE=1) bulk-loaded into a temporary embedded
// database, the API server started on a loopback port, and bounded load from a
// child process (its own event loop and CPU accounting): requests/s, p50/p95/p99
// and the server's CPU per request for node, search, neighbourhood, lineage.
// Target: ≥ 1 000 req/s for `node` on our 2-core machines.
//
//   SCALE=1 DURATION_S=10 CONCURRENCY=16 npm run bench:api

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../api/server.ts';
import type { Graph } from '../../cypher/model/graph.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import { loadSyntheticGraph } from './synthetic-graph.ts';

const SCALE = Number(process.env.SCALE ?? 1);
const DURATION_S = Number(process.env.DURATION_S ?? 10);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);

interface Scenario {
  readonly name: string;
  /** GraphQL query text and a list of variable sets the load picks from in turn. */
  readonly query: string;
  readonly variables: readonly Record<string, unknown>[];
}

interface Result {
  readonly name: string;
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Server process CPU (all its threads, the embedded engine's included) per request. */
  readonly cpuMsPerRequest: number;
}

// The load loop, run in a child process (its own CPU accounting, so the
// server's CPU per request can be measured): CONCURRENCY loops of keep-alive
// fetch until the deadline. Input and output are JSON on stdin / stdout.
const CLIENT = `
let input = '';
process.stdin.on('data', (d) => (input += d)).on('end', async () => {
  const { url, query, variables, concurrency, durationMs } = JSON.parse(input);
  const latencies = [];
  let errors = 0, next = 0, sample;
  const deadline = performance.now() + durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const vars = variables[next++ % variables.length];
      const t0 = performance.now();
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: vars }) });
        const body = await res.json();
        if (res.status !== 200 || body.errors) { errors++; sample ??= JSON.stringify(body.errors ?? body).slice(0, 300); }
      } catch (e) { errors++; sample ??= String(e); }
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  process.stdout.write(JSON.stringify({ latencies, errors, sample, seconds: (performance.now() - started) / 1000 }));
});
`;

interface ClientOutput {
  readonly latencies: number[];
  readonly errors: number;
  readonly sample?: string;
  readonly seconds: number;
}

async function drive(url: string, s: Scenario, durationMs: number, concurrency: number): Promise<Result> {
  const cpu0 = process.cpuUsage();
  const child = spawn(process.execPath, ['-e', CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify({ url, query: s.query, variables: s.variables, concurrency, durationMs }));
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const [code] = (await once(child, 'close')) as [number];
  if (code !== 0) throw new Error(`load client exited with ${code}`);
  const cpu = process.cpuUsage(cpu0);
  const m = JSON.parse(out) as ClientOutput;
  if (m.sample) console.log(`  ${s.name}: first error ${m.sample}`);
  const sorted = m.latencies.sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return {
    name: s.name,
    requests: sorted.length,
    errors: m.errors,
    seconds: m.seconds,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, sorted.length),
  };
}

async function plainServer(): Promise<{ url: string; close: () => void }> {
  const body = JSON.stringify({ data: { node: { id: 'person:x', name: 'X' } } });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/** Real ids and names picked from the graph that was loaded. */
function scenarios(g: Graph): Scenario[] {
  const every = <T>(xs: readonly T[], n: number) =>
    xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
  const of = (type: string) => g.nodes.filter((n) => n.type === type);
  const SOURCE = 'sources { document locator quote }';
  return [
    {
      // 200 ids asked again and again, as when people browse: node-cache hits after the warm-up.
      name: 'node',
      query: `query ($id: ID!) { node(id: $id) { id type name aliases properties ${SOURCE} } }`,
      variables: every(g.nodes, 200).map((n) => ({ id: n.id })),
    },
    {
      // 50 000 distinct ids, each asked about once: the store answers every time.
      name: 'node (cold)',
      query: `query ($id: ID!) { node(id: $id) { id type name aliases properties ${SOURCE} } }`,
      variables: every(g.nodes, 50_000).map((n) => ({ id: n.id })),
    },
    {
      name: 'search',
      query: 'query ($q: String!) { search(query: $q, limit: 20) { score match entity { id type name } } }',
      variables: every(of('Person'), 500).map((n) => ({ q: n.name.split(' ').slice(0, 2).join(' ') })),
    },
    {
      name: 'neighbourhood',
      query: `query ($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1, limit: 200) {
        truncated nodes { id type name } edges { id type from to ${SOURCE} } } }`,
      variables: every(of('Meeting'), 500).map((n) => ({ ids: [n.id] })),
    },
    {
      name: 'lineage',
      query: `query ($id: ID!) { lineage(from: $id, direction: "down", maxHops: 6) {
        nodes { id name } hops { forward relationship { type ${SOURCE} } } } }`,
      variables: every(of('Resolution'), 500).map((n) => ({ id: n.id })),
    },
  ];
}

async function main(): Promise<void> {
  const base = join(tmpdir(), 'ig-atlas-api-bench');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'db-'));
  const path = join(dir, 'atlas.lbug');
  try {
    console.log(`building and loading the synthetic graph (SCALE=${SCALE}) into ${path} …`);
    const loaded = await loadSyntheticGraph(path, { scale: SCALE });
    console.log(`  ${loaded.elements} elements in ${(loaded.loadMs / 1000).toFixed(1)} s`);
    const plan = scenarios(loaded.graph);
    const store = await openStore({ engine: 'embedded', path, queryTimeoutMs: 10_000 });
    const server = await startServer({ store, port: 0, host: '127.0.0.1', webDist: join(dir, 'no-web') });
    const url = `${server.url}graphql`;
    const floor = await plainServer();
    try {
      // The same client against a bare node:http server returning a fixed small JSON: what
      // this machine allows at all (loopback, sandbox, other load), to read the figures against.
      const rows: Result[] = [
        await drive(
          floor.url,
          { name: 'http floor', query: '', variables: [{}] },
          DURATION_S * 1_000,
          CONCURRENCY,
        ),
      ];
      for (const s of plan) {
        if (s.name !== 'node (cold)') await drive(url, s, 1_500, CONCURRENCY); // warm-up: prepared statements, JIT, caches
        rows.push(await drive(url, s, DURATION_S * 1_000, CONCURRENCY));
      }
      const cols = ['query', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/req', 'requests', 'errors'];
      const table = rows.map((r) => [
        r.name,
        (r.requests / r.seconds).toFixed(0),
        r.p50.toFixed(1),
        r.p95.toFixed(1),
        r.p99.toFixed(1),
        r.cpuMsPerRequest.toFixed(2),
        String(r.requests),
        String(r.errors),
      ]);
      const [l1, l5, l15] = loadavg();
      console.log(
        `\nAPI load: ${CONCURRENCY} concurrent keep-alive clients (child process), ${DURATION_S} s per query, loopback`,
      );
      console.log(
        `machine: ${cpus().length} CPUs, load average ${l1!.toFixed(1)} / ${l5!.toFixed(1)} / ${l15!.toFixed(1)}`,
      );
      for (const line of [cols, ...table])
        console.log(line.map((c, i) => (i ? c.padStart(11) : c.padEnd(13))).join(''));
      const node = rows.find((r) => r.name === 'node')!;
      const rate = node.requests / node.seconds;
      console.log(`\nnode: ${rate.toFixed(0)} req/s (target ≥ 1 000): ${rate >= 1_000 ? 'met' : 'NOT met'};`);
      console.log(
        `  server CPU ${node.cpuMsPerRequest.toFixed(2)} ms per request ≈ ${(1000 / node.cpuMsPerRequest).toFixed(0)} req/s per free core`,
      );
      console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (loader and server)`);
    } finally {
      floor.close();
      await server.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
