// A document's outcome as JSON text, from its worker to the main thread. The
// main thread's share (reading every graph back) bounds the speed-up, and it
// parses JSON in less than half the time the structured clone takes to
// rebuild the same objects. The main thread holds the document's text already
// (it handed the document out), and nearly half of an outcome is that text
// again: the Document node carries all of it (`text`), and every fact quotes
// the sentences that support it. So the text is not written back: a property
// equal to it is written as null and named in a list, and a quote found in the
// text is written as its place there, [start, end). The same sentence supports
// many facts (on the synthetic corpus, 157 000 sources per 4 MB name 31 000
// distinct sentences), so each distinct source is written once, in a table,
// and the facts give its place. In the main thread the facts then share one
// source object per sentence, its quote a slice of the document's text:
// nothing changes a source once made (cypher/model/merge.ts builds new lists),
// and the output is the same text. With the text written, an outcome was 5.2
// times its document's text; without, 2.9 times, and the main thread reads the
// batch back in ~40 % less time (bench corpus, 40 documents: 120 → 70 ms;
// writing them takes the same 150 ms, finding the quotes costing what the
// shorter text saves).

import type { GraphEdge, GraphNode, Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import type { DocumentOutcome } from '../document-passes.ts';
import { isPlainJson } from './plain-json.ts';

/**
 * A source of the table: [document, locator, start, end] (its quote is text.slice(start, end), the
 * document an index into `documents`), or [document, locator, quote] (a quote not found in the text).
 */
type Entry = [number, string, number, number] | [number, string, string];

interface Encoded {
  readonly outcome: DocumentOutcome;
  readonly documents: readonly string[];
  readonly sources: readonly Entry[];
  /** Node properties equal to the document's text, written as null: [node index, key]. */
  readonly texts: readonly [number, string][];
}

type Fact = { sources: (Source | number)[] };

/** A source with exactly the fields of the model, in their order (sourceAt makes them so). */
function tableable(s: Source): boolean {
  let n = 0;
  for (const k in s) {
    if (k !== (n === 0 ? 'document' : n === 1 ? 'locator' : 'quote')) return false;
    n++;
  }
  return (
    n === 3 && typeof s.document === 'string' && typeof s.locator === 'string' && typeof s.quote === 'string'
  );
}

/** Where each locator's passages start: a quote is looked for from there (it is nearly always in them). */
function passageStarts(passages: readonly Passage[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const p of passages) if (!starts.has(p.locator)) starts.set(p.locator, p.start);
  return starts;
}

/**
 * JSON text for `o`, the outcome of the document whose text is `text` (segmented into `passages`), or
 * undefined when JSON would not give it back exactly (plain-json.ts). Takes `o` apart.
 */
export function encodeOutcome(
  o: DocumentOutcome,
  text: string,
  passages: readonly Passage[] = [],
): string | undefined {
  if (!isPlainJson(o)) return undefined;
  const starts = passageStarts(passages);
  const documents: string[] = [];
  const documentIndex = new Map<string, number>();
  const sources: Entry[] = [];
  // Per quote, the table's sources with that quote (their documents and locators may differ).
  const byQuote = new Map<string, number[]>();
  const found: Source[] = [];
  const place = (s: Source): Source | number => {
    if (!tableable(s)) return s;
    const same = byQuote.get(s.quote);
    if (same) {
      for (const i of same)
        if (found[i]!.document === s.document && found[i]!.locator === s.locator) return i;
      same.push(sources.length);
    } else byQuote.set(s.quote, [sources.length]);
    let d = documentIndex.get(s.document);
    if (d === undefined) {
      d = documents.push(s.document) - 1;
      documentIndex.set(s.document, d);
    }
    // Any place the quote is found at gives it back: text.slice(at, at + length) is the quote.
    let at = s.quote === '' ? -1 : text.indexOf(s.quote, starts.get(s.locator) ?? 0);
    if (at < 0 && s.quote !== '') at = text.indexOf(s.quote);
    sources.push(at < 0 ? [d, s.locator, s.quote] : [d, s.locator, at, at + s.quote.length]);
    found.push(s);
    return sources.length - 1;
  };
  // In place: the worker lets the outcome go once it is written.
  const texts: [number, string][] = [];
  const nodes = o.graph.nodes as GraphNode[];
  for (let n = 0; n < nodes.length; n++) {
    const props = nodes[n]!.properties as Record<string, unknown> | undefined;
    if (props === null || typeof props !== 'object') continue;
    for (const k in props) {
      const v = props[k];
      if (typeof v === 'string' && v.length === text.length && v === text && text !== '') {
        props[k] = null;
        texts.push([n, k]);
      }
    }
  }
  const facts: readonly (GraphNode | GraphEdge)[][] = [nodes, o.graph.edges as GraphEdge[]];
  for (const list of facts)
    for (const f of list) {
      const ss = (f as unknown as Fact).sources;
      if (!Array.isArray(ss)) continue;
      for (let i = 0; i < ss.length; i++) ss[i] = place(ss[i] as Source);
    }
  const encoded: Encoded = { outcome: o, documents, sources, texts };
  return JSON.stringify(encoded);
}

/** The outcome encodeOutcome wrote for the document whose text is `text`. */
export function decodeOutcome(json: string, text: string): DocumentOutcome {
  const { outcome, documents, sources: entries, texts } = JSON.parse(json) as Encoded;
  const sources: Source[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const quote = typeof e[2] === 'string' ? e[2] : text.slice(e[2], e[3]);
    sources[i] = { document: documents[e[0]]!, locator: e[1], quote };
  }
  const nodes = outcome.graph.nodes;
  for (const [n, k] of texts) (nodes[n]!.properties as Record<string, unknown>)[k] = text;
  for (const list of [nodes, outcome.graph.edges])
    for (const f of list) {
      const ss = (f as unknown as Fact).sources;
      if (!Array.isArray(ss)) continue;
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i]!;
        if (typeof s === 'number') ss[i] = sources[s]!;
      }
    }
  return outcome;
}
