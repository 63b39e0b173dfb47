// What the rules of one document share: its passages, the entities found so
// far (with offsets, so that "the Commission" or "the meeting" can be resolved
// from what came before), and the claims made so far.

import type { Source } from '../../cypher/model/graph.ts';
import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { IngestWarning, Passage, SourceDocument } from '../types.ts';
import type { Claims, EdgeClaim, NodeClaim } from './claims.ts';
import { sameShapeDoc } from './doc-shape.ts';
import { passageCache } from './passage-cache.ts';
import { quoteIn } from './quote.ts';
import { firstEndingAfter, firstStartingAtOrAfter, sentences } from './sentences.ts';
import { sourceIn } from './source-cache.ts';

export { type Sentence, sentenceAt, sentences } from './sentences.ts';

export interface Mention {
  readonly id: string;
  readonly type: NodeLabel;
  readonly name: string;
  /** Offsets into the document text. */
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly passage: Passage;
}

/** A person the corpus knows (first pass), for e-mails and surname-only mentions. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
}

export interface DocInfo {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly symbol?: string;
  readonly docType?: string;
}

export interface DocContext {
  readonly doc: SourceDocument;
  readonly passages: readonly Passage[];
  readonly gazetteer: Gazetteer;
  /** The batch's people, filled after the first pass. */
  readonly known: readonly KnownPerson[];
  info: DocInfo;
  readonly mentions: Mention[];
  readonly claims: Claims;
  /** Footnote passages by marker ("7", "*"). */
  readonly footnotes: ReadonlyMap<string, Passage>;
  /** Problems met while extracting (a rule that failed, a fact left out). */
  readonly warnings: IngestWarning[];
  /** Free-form state the rules share, e.g. the working group the document is about. */
  readonly state: Map<string, string>;
}

export function makeContext(
  doc: SourceDocument,
  passages: readonly Passage[],
  gazetteer: Gazetteer,
  known: readonly KnownPerson[],
  id: string,
): DocContext {
  const footnotes = new Map<string, Passage>();
  for (const p of passages) {
    if (p.kind === 'footnote') footnotes.set(p.locator.replace(/^footnote /, ''), p);
    // Every passage takes its cache holder now, before any rule reads it: passages then have one shape
    // per kind of passage whatever the rules asked first, and the rules' reads of p.text, p.start stay
    // fast (passage-cache.ts).
    passageCache(p);
  }
  return {
    doc: sameShapeDoc(doc),
    passages,
    gazetteer,
    known,
    info: { id },
    mentions: [],
    claims: { nodes: [], edges: [] },
    footnotes,
    warnings: [],
    state: new Map(),
  };
}

/** A source for the words at [start, end) (document offsets) of passage `p`: the sentence(s) holding them. */
export function sourceAt(ctx: DocContext, p: Passage, start: number, end: number): Source {
  const a = Math.max(p.start, Math.min(start, p.end - 1));
  const b = Math.min(p.end, Math.max(a + 1, end));
  // The cached sentences of the passage bound the search; quoteIn trims to 300 characters.
  // Sentences are in order and do not overlap: binary searches, not scans (a passage can be long).
  const ss = sentences(p);
  const first = ss[firstEndingAfter(ss, a)];
  const last = ss[firstStartingAtOrAfter(ss, b) - 1];
  const from = first ? first.start : p.start;
  const to = last ? Math.max(last.end, b) : p.end;
  if (from <= a && b <= to) return sourceIn(ctx, p, from, to, a, b);
  return { document: ctx.info.id, locator: p.locator, quote: quoteIn(ctx.doc.text, from, to, a, b) };
}

export function passageAt(ctx: DocContext, offset: number): Passage | undefined {
  return ctx.passages.find((p) => p.start <= offset && offset < p.end + 1);
}

// Claims are built field by field, not spread: rules hand in objects of many shapes, and a spread of
// them (hundreds of thousands per batch) took the engine's slow path and gave every claim its own
// layout, which made each later read of a claim (build-graph, the rules) slow too. Same fields, one layout.
export function addNode(ctx: DocContext, claim: Omit<NodeClaim, 'rule'>, rule: string): void {
  ctx.claims.nodes.push({
    id: claim.id,
    type: claim.type,
    name: claim.name,
    aliases: claim.aliases,
    properties: claim.properties,
    source: claim.source,
    rule,
    at: claim.at,
  });
}

export function addEdge(ctx: DocContext, claim: Omit<EdgeClaim, 'rule'>, rule: string): void {
  if (claim.from === claim.to) return;
  ctx.claims.edges.push({
    type: claim.type,
    from: claim.from,
    to: claim.to,
    properties: claim.properties,
    source: claim.source,
    rule,
  });
}

export function addMention(ctx: DocContext, m: Mention): void {
  ctx.mentions.push(m);
}

export { sortedMentions } from './mention-index.ts';
export {
  lastMentionBefore,
  mentionsCovering,
  mentionsIn,
  mentionsOverlapping,
  mentionsStartingIn,
} from './mention-queries.ts';

// Lookups by id over the claims so far, brought up to date when claims were added (claims are only appended).
const claimIndex = new WeakMap<DocContext, { n: number; byId: Map<string, NodeClaim[]> }>();

const removals = new WeakMap<DocContext, number>();

/** Takes back node claim `i` (a rule that learnt better); the indexes over the claims start again. */
export function removeNodeClaim(ctx: DocContext, i: number): void {
  ctx.claims.nodes.splice(i, 1);
  claimIndex.delete(ctx);
  removals.set(ctx, claimsRemoved(ctx) + 1);
}

/** How many node claims were taken back: an index built over the claims is stale when this changed. */
export function claimsRemoved(ctx: DocContext): number {
  return removals.get(ctx) ?? 0;
}

/** Every node claim made so far for `id`. */
export function claimsFor(ctx: DocContext, id: string): readonly NodeClaim[] {
  let c = claimIndex.get(ctx);
  if (!c) {
    c = { n: 0, byId: new Map() };
    claimIndex.set(ctx, c);
  }
  const nodes = ctx.claims.nodes;
  for (; c.n < nodes.length; c.n++) {
    const n = nodes[c.n]!;
    const list = c.byId.get(n.id);
    if (list) list.push(n);
    else c.byId.set(n.id, [n]);
  }
  return c.byId.get(id) ?? [];
}

/** A property of a node as the claims so far give it. */
export function claimedProperty(ctx: DocContext, id: string, key: string): unknown {
  for (const n of claimsFor(ctx, id)) if (n.properties?.[key] !== undefined) return n.properties[key];
  return undefined;
}

const passageIndex = new WeakMap<DocContext, Map<Passage, number>>();

/** Position of a passage in the document. */
export function indexOfPassage(ctx: DocContext, p: Passage): number {
  let m = passageIndex.get(ctx);
  if (!m) {
    m = new Map(ctx.passages.map((q, i) => [q, i]));
    passageIndex.set(ctx, m);
  }
  return m.get(p) ?? -1;
}
