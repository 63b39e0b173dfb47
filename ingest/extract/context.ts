// What the rules of one document share: its passages, the entities found so
// far (with offsets, so that "the Commission" or "the meeting" can be resolved
// from what came before), and the claims made so far.

import type { Source } from '../../cypher/model/graph.ts';
import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { IngestWarning, Passage, SourceDocument } from '../types.ts';
import type { Claims, EdgeClaim, NodeClaim } from './claims.ts';
import { quoteAround } from './quote.ts';

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
  for (const p of passages) if (p.kind === 'footnote') footnotes.set(p.locator.replace(/^footnote /, ''), p);
  return {
    doc,
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
  // The cached sentences of the passage bound the search; quoteAround trims to 300 characters.
  const ss = sentences(p);
  const first = ss.find((x) => x.end > a);
  const last = [...ss].reverse().find((x) => x.start < b);
  const from = first ? first.start : p.start;
  const to = last ? Math.max(last.end, b) : p.end;
  const text = ctx.doc.text.slice(from, to);
  return { document: ctx.info.id, locator: p.locator, quote: quoteAround(text, a - from, b - from) };
}

/** One case-insensitive expression for a rule's trigger words (one pass over a passage, not one per word). */
export function keywords(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}

/**
 * Whether the passage holds any of a rule's trigger words (`keywords`). A rule whose expressions
 * need one of them skips a passage without any: same facts, far fewer regex passes.
 */
export function hasAny(p: Passage, words: RegExp): boolean {
  return words.test(p.text);
}

export function passageAt(ctx: DocContext, offset: number): Passage | undefined {
  return ctx.passages.find((p) => p.start <= offset && offset < p.end + 1);
}

export function addNode(ctx: DocContext, claim: Omit<NodeClaim, 'rule'>, rule: string): void {
  ctx.claims.nodes.push({ ...claim, rule });
}

export function addEdge(ctx: DocContext, claim: Omit<EdgeClaim, 'rule'>, rule: string): void {
  if (claim.from === claim.to) return;
  ctx.claims.edges.push({ ...claim, rule });
}

export function addMention(ctx: DocContext, m: Mention): void {
  ctx.mentions.push(m);
}

export {
  lastMentionBefore,
  mentionsCovering,
  mentionsIn,
  mentionsOverlapping,
  mentionsStartingIn,
  sortedMentions,
} from './mention-index.ts';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const sentenceCache = new WeakMap<Passage, { withSemicolons?: Sentence[]; without?: Sentence[] }>();

/** Sentences of a passage with document offsets (split like quotes are); ";" ends one unless `semicolons` is false. */
export function sentences(p: Passage, semicolons = true): Sentence[] {
  let c = sentenceCache.get(p);
  if (!c) {
    c = {};
    sentenceCache.set(p, c);
  }
  if (semicolons) {
    if (!c.withSemicolons) c.withSemicolons = splitSentences(p, true);
    return c.withSemicolons;
  }
  if (!c.without) c.without = splitSentences(p, false);
  return c.without;
}

// Per-character regex tests made sentence splitting a hot spot: plain character checks instead.
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const ABBREV_BEFORE = /\b(?:Mr|Ms|Mrs|Dr|Prof|No|St|[A-Z])\.$/;

/** Sentences of a passage with document offsets (split like quotes are). */
function splitSentences(p: Passage, semicolons: boolean): Sentence[] {
  const out: Sentence[] = [];
  const t = p.text;
  let from = 0;
  const last = t.length - 1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    const atEnd = i === last;
    let breaks = false;
    if (ch === '.' || ch === '?' || ch === '!' || (semicolons && ch === ';')) {
      const next = t[i + 1];
      breaks =
        (atEnd || next === ' ' || next === '\n' || isSpace(next)) &&
        (ch !== '.' || !ABBREV_BEFORE.test(t.slice(Math.max(0, i - 5), i + 1)));
    } else if (ch === '\n') breaks = t[i + 1] === '\n';
    if (breaks || atEnd) {
      out.push({ start: p.start + from, end: p.start + i + 1, text: t.slice(from, i + 1) });
      from = i + 1;
    }
  }
  return out;
}

// Lookups by id over the claims so far, rebuilt when claims were added.
const claimIndex = new WeakMap<DocContext, { n: number; byId: Map<string, NodeClaim[]> }>();

/** Every node claim made so far for `id`. */
export function claimsFor(ctx: DocContext, id: string): readonly NodeClaim[] {
  let c = claimIndex.get(ctx);
  if (!c || c.n !== ctx.claims.nodes.length) {
    const byId = new Map<string, NodeClaim[]>();
    for (const n of ctx.claims.nodes) {
      const list = byId.get(n.id);
      if (list) list.push(n);
      else byId.set(n.id, [n]);
    }
    c = { n: ctx.claims.nodes.length, byId };
    claimIndex.set(ctx, c);
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
