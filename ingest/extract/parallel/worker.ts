// One extraction worker thread (started by pool.ts): its own gazetteer, loaded
// once, and the contexts of the documents it ran the first pass on, kept for the
// second. The module-level caches the rules use (token forms, trie lookups,
// ids by name) are pure functions of their keys: filled here or in the main
// thread, they give the same values, so the output does not depend on which
// thread ran a document (checked: tests/ingest/extract-parallel).

import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '../../gazetteer/load.ts';
import type { DocContext, KnownPerson } from '../context.ts';
import { firstPass, peopleOf, secondPass } from '../document-passes.ts';
import { encodeOutcome } from './outcome-json.ts';
import { EXIT_HOOK, type FromWorker, type ToWorker } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('ingest/extract/parallel/worker.ts runs as a worker thread (pool.ts starts it)');

const exitOn = process.env[EXIT_HOOK];
if (exitOn === ':start') process.exit(70);
const gazetteer = loadGazetteer();
// One list for every context of this worker, filled when the batch's people arrive (as in process).
const known: KnownPerson[] = [];
const held = new Map<number, DocContext>();
const send = (m: FromWorker) => port.postMessage(m);
send({ type: 'ready' });

port.on('message', (m: ToWorker) => {
  try {
    if (m.type === 'first') {
      if (exitOn && m.doc.file === exitOn) process.exit(70);
      const ctx = firstPass(m.doc, gazetteer, known);
      held.set(m.index, ctx);
      send({ type: 'people', index: m.index, people: peopleOf(ctx) });
      return;
    }
    for (const p of m.known) known.push(p);
    for (const index of [...held.keys()].sort((a, b) => a - b)) {
      const ctx = held.get(index)!;
      // Let go of the context once its graph is sent, as extract-corpus.ts does in process.
      held.delete(index);
      const outcome = secondPass(ctx);
      const json = encodeOutcome(outcome, ctx.doc.text, ctx.passages);
      if (json !== undefined) send({ type: 'graph-json', index, json });
      else send({ type: 'graph', index, outcome });
    }
    send({ type: 'done' });
  } catch (error) {
    const e = error as Error;
    send({ type: 'failed', message: e?.message ?? String(error) });
  }
});
