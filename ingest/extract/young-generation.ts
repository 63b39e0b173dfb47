// The size of the engine's young generation during extraction (issue 3, item 9).
// Extraction makes a great many short-lived objects (matches, spans, words,
// claims a rule drops) while every document's context stays alive between the
// two passes: with V8's default 16 MB semi-spaces the young generation fills
// every few milliseconds and each scavenge copies what the kept contexts hold.
// Measured on the 24 MB synthetic corpus in process (tests/bench/ingest-bench.ts,
// 2 shared cores, Node 20): 16 MB semi-spaces 1.24–1.35 MB/CPU-s (306 scavenges,
// 2.3 s of pauses); 32 MB 1.41; 64 MB 1.54–1.68 (112 scavenges, 1.4 s), peak RSS
// +~80 MB; 128 MB 1.50 and 256 MB 1.33 (more memory touched, no fewer copies).
// V8 sizes the young generation once, when the isolate is made (a later
// v8.setFlagsFromString changes nothing): `npm run ingest`, `npm start` and
// `npm run bench:ingest` start node with node-flags.ts NODE_FLAGS, worker threads get
// WORKER_RESOURCE_LIMITS.

/** Each semi-space of the young generation, in MB. */
export const SEMI_SPACE_MB = 64;

/**
 * A worker thread's limits (pool.ts): its young generation is two semi-spaces and the new large-object
 * space, each a semi-space in size (V8's YoungGenerationSizeFromSemiSpaceSize), so 3 × SEMI_SPACE_MB.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB } as const;
