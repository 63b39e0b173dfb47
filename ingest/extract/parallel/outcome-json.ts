// A document's outcome as JSON text, from its worker to the main thread. The
// main thread's share (reading every graph back) bounds the speed-up, and it
// parses JSON in less than half the time the structured clone takes to
// rebuild the same objects. Sources are most of the text: the same sentence
// supports many facts (on the synthetic corpus, 157 000 sources per 4 MB name
// 31 000 distinct sentences), so each distinct source is written once, in a
// table, and the facts give its place. In the main thread the facts then share
// one source object per sentence: nothing changes a source once made
// (cypher/model/merge.ts builds new lists), and the output is the same text.

import type { GraphEdge, GraphNode, Source } from '../../../cypher/model/graph.ts';
import type { DocumentOutcome } from '../document-passes.ts';
import { isPlainJson } from './plain-json.ts';

interface Encoded {
  readonly outcome: DocumentOutcome;
  /** Distinct sources; a fact's source is either one of them by its place, or written out. */
  readonly sources: readonly Source[];
}

type Fact = { sources: (Source | number)[] };

/** A source with exactly the fields of the model, in their order (sourceAt makes them so). */
function tableable(s: Source): boolean {
  let n = 0;
  for (const k in s) {
    if (k !== (n === 0 ? 'document' : n === 1 ? 'locator' : 'quote')) return false;
    n++;
  }
  return n === 3;
}

/** JSON text for `o`, or undefined when JSON would not give it back exactly (plain-json.ts). Takes `o` apart. */
export function encodeOutcome(o: DocumentOutcome): string | undefined {
  if (!isPlainJson(o)) return undefined;
  const sources: Source[] = [];
  const byQuote = new Map<string, number[]>();
  const place = (s: Source): Source | number => {
    if (!tableable(s)) return s;
    const same = byQuote.get(s.quote);
    if (same) {
      for (const i of same)
        if (sources[i]!.document === s.document && sources[i]!.locator === s.locator) return i;
      same.push(sources.length);
    } else byQuote.set(s.quote, [sources.length]);
    sources.push(s);
    return sources.length - 1;
  };
  // In place: the worker lets the outcome go once it is written.
  const facts: readonly (GraphNode | GraphEdge)[][] = [
    o.graph.nodes as GraphNode[],
    o.graph.edges as GraphEdge[],
  ];
  for (const list of facts)
    for (const f of list) {
      const ss = (f as unknown as Fact).sources;
      for (let i = 0; i < ss.length; i++) ss[i] = place(ss[i] as Source);
    }
  const encoded: Encoded = { outcome: o, sources };
  return JSON.stringify(encoded);
}

export function decodeOutcome(json: string): DocumentOutcome {
  const { outcome, sources } = JSON.parse(json) as Encoded;
  for (const list of [outcome.graph.nodes, outcome.graph.edges])
    for (const f of list) {
      const ss = (f as unknown as Fact).sources;
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i]!;
        if (typeof s === 'number') ss[i] = sources[s]!;
      }
    }
  return outcome;
}
