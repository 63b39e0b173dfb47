// The node flags a process that extracts starts with (issue 3, item 9): `npm run ingest`, `npm start` and
// `npm run bench:ingest` pass them on the command line (tests/ingest/extract-parallel/node-flags.test.ts
// checks the scripts); worker threads share the process's V8 flags and get WORKER_RESOURCE_LIMITS.
//
// - A larger young generation (young-generation.ts).
// - A smaller inlining budget. Extraction is ~340 rule functions, each hot for a while: TurboFan compiling
//   them with everything they call inlined was a large share of the CPU, on background threads (a cold
//   8 MB synthetic run, --trace-opt: 718 optimising compilations, ~4.5 s of compile; gazetteerRule
//   compiled four times at 50–86 ms each). With at most 200 bytes of bytecode inlined per function
//   (V8's default 920), measured on 2 shared cores, Node 20, base and flag alternated
//   (`npm run bench:ingest -- --no-load --pdf-docs 0`): 24 MB synthetic in process 1.92–1.97 → 2.07–2.08
//   MB/CPU-s, on 2 threads 1.38–1.42 → 1.55–1.56, the seeds ×20 0.81–0.87 → 1.01–1.05; 8 MB warmed on
//   other documents 2.18 → 2.36 (less compiled again after deopts, no slower code). 100 and 300 gave the
//   same as 200 within noise; --no-turbo-inlining a little less.

import { SEMI_SPACE_MB } from './young-generation.ts';

/** The most bytecode TurboFan inlines into one function, in bytes. */
export const INLINE_BUDGET_BYTES = 200;

/** Flags for the node (or tsx) command line of a process that extracts. */
export const NODE_FLAGS: readonly string[] = [
  `--max-semi-space-size=${SEMI_SPACE_MB}`,
  `--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET_BYTES}`,
];

/** Whether this process was started with NODE_FLAGS (on its command line or in NODE_OPTIONS). */
export function startedWithNodeFlags(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)];
  return NODE_FLAGS.every((f) => given.includes(f));
}
