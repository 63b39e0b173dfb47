// Bodies within bodies (MODEL.md PART_OF), only as the words show it:
// "United Nations Commission on …", "UN Technology Bank" (part of the UN);
// "UN bodies, including CSTD, ITU, UNESCO …"; a name that starts with another
// body's name or acronym ("ITU Council", "ASEAN Committee on STI"); a process
// whose name holds its parent's ("WSIS+20 review" in WSIS); an address or post
// written unit by unit ("… secretariat, Science and Technology Section,
// Division on Technology and Logistics").

import type { Source } from '../../../cypher/model/graph.ts';
import type { Gazetteer, GazetteerMatch } from '../../gazetteer/types.ts';
import { addEdge, addNode, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { unitChains } from './part-of-units.ts';
import { reviewSuccession } from './review-succession.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const UN_ID = 'organization:united-nations';
const UN_LIST =
  /\b(?:UN|United Nations)\s+(?:bodies|agencies|entities|organizations|system organizations)\s*,?\s+(?:including|such as)\s+/g;
// Its last words (case aside: the trigger words fold case): a passage without them is not searched.
const UN_LIST_WORDS = triggerWords(['including', 'such as']);
function ensureUn(ctx: DocContext, source: Source): void {
  const e = ctx.gazetteer.byId.get(UN_ID);
  if (e) addNode(ctx, entryNode(e, source), 'part-of');
}

const mentionSource = (ctx: DocContext, m: Mention): Source => sourceAt(ctx, m.passage, m.start, m.end);

export function partOfRule(ctx: DocContext): void {
  // The mentions so far (this loop adds none). One source per mention, made when a fact needs it and
  // shared by its claims (a closure per mention was costly: tsx names each one).
  for (let i = 0, n = ctx.mentions.length; i < n; i++) {
    const m = ctx.mentions[i]!;
    let source: Source | undefined;
    if (
      m.type === 'Organization' &&
      m.id !== UN_ID &&
      /^(?:the\s+)?(?:United Nations|UN)\s+\S/.test(m.surface)
    ) {
      source ??= mentionSource(ctx, m);
      ensureUn(ctx, source);
      addEdge(ctx, { type: 'PART_OF', from: m.id, to: UN_ID, source }, 'part-of:un-name');
    }
    if (m.type === 'Organization' || m.type === 'Process') {
      // A name that begins with another known name: "ITU Council", "WSIS+20 review".
      const head = namePrefix(ctx, m);
      if (head && m.type === 'Organization' && stateOrgan(head, m.surface)) {
        source ??= mentionSource(ctx, m);
        addNode(ctx, entryNode(head.entry, source), 'part-of');
        addEdge(ctx, { type: 'PART_OF', from: m.id, to: head.entry.id, source }, 'part-of:name');
      }
      const plus = /^(.+?)\+\s?\d+/.exec(m.surface);
      const parent = plus
        ? ctx.gazetteer.match(plus[1]!).find((x) => x.entry.type === 'Process' && x.entry.id !== m.id)
        : undefined;
      if (parent && m.type === 'Process') {
        source ??= mentionSource(ctx, m);
        addNode(ctx, entryNode(parent.entry, source), 'part-of');
        addEdge(ctx, { type: 'PART_OF', from: m.id, to: parent.entry.id, source }, 'part-of:process-name');
      }
    }
  }
  for (const p of ctx.passages) {
    // "UN bodies, including CSTD, ITU, UNESCO, UNDP and …"
    if (!hasTrigger(p, UN_LIST_WORDS)) continue;
    for (const l of matchesOf(UN_LIST, p.text)) {
      const from = p.start + l.index + l[0].length;
      let at = from;
      for (const o of mentionsIn(ctx, from, p.end, 'Organization')) {
        if (!/^(?:\s*(?:,|and|,\s*and)\s*)?(?:the\s+)?$/.test(ctx.doc.text.slice(at, o.start))) break;
        ensureUn(ctx, mentionSource(ctx, o));
        addEdge(
          ctx,
          { type: 'PART_OF', from: o.id, to: UN_ID, source: sourceAt(ctx, p, p.start + l.index, o.end) },
          'part-of:un-list',
        );
        at = o.end;
      }
    }
  }
  unitChains(ctx);
  reviewSuccession(ctx);
}

// Documents name the same bodies again and again: the prefix of each (type, id, surface) is looked for
// once per gazetteer (it depends on nothing else), in maps by part, not by a key string made per mention.
const prefixes = new WeakMap<Gazetteer, Map<string, Map<string, Map<string, GazetteerMatch | undefined>>>>();
const MAX_PREFIXES = 50_000;
let prefixCount = 0;

/** The longest leading words of a name that are themselves a known body: "ITU" in "ITU Council". */
function namePrefix(ctx: DocContext, m: Mention): GazetteerMatch | undefined {
  let byType = prefixes.get(ctx.gazetteer);
  if (!byType) {
    byType = new Map();
    prefixes.set(ctx.gazetteer, byType);
  }
  let byId = byType.get(m.type);
  if (!byId) {
    byId = new Map();
    byType.set(m.type, byId);
  }
  let bySurface = byId.get(m.id);
  if (!bySurface) {
    bySurface = new Map();
    byId.set(m.id, bySurface);
  }
  if (bySurface.has(m.surface)) return bySurface.get(m.surface);
  const hit = findNamePrefix(ctx, m);
  // Bounded: a batch of many documents starts again after this many names.
  if (++prefixCount > MAX_PREFIXES) {
    prefixes.delete(ctx.gazetteer);
    prefixCount = 0;
  }
  bySurface.set(m.surface, hit);
  return hit;
}

function findNamePrefix(ctx: DocContext, m: Mention): GazetteerMatch | undefined {
  const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
  for (let j = words.length - 1; j >= 1; j--) {
    const prefix = words.slice(0, j).join(' ');
    const hit = ctx.gazetteer
      .match(prefix)
      .find(
        (x) => x.start === 0 && x.end === prefix.length && x.entry.id !== m.id && x.entry.type === m.type,
      );
    if (hit && !/^(?:United Nations|UN)$/.test(prefix)) return hit;
  }
  return undefined;
}

// A body named after a Member State is part of that State only when it is an organ of its government
// ("Kenya Ministry of Information"): a national initiative's committee ("Chair of the Kenya IGF Organizing
// Committee", an IGF session on national and regional initiatives) or a country's civil-society network is
// not part of the Member State.
const GOVERNMENT_ORGAN =
  /^(?:(?:National|Federal|State|Royal)\s+)?(?:Government|Ministry|Parliament(?:ary)?|National Assembly|Senate|Cabinet|Presidency|Permanent Mission|Mission|Embassy)\b/;

function stateOrgan(head: GazetteerMatch, surface: string): boolean {
  if (head.entry.kind !== 'member-state') return true;
  // The words findNamePrefix matched the head in: without "the", one space between words.
  const rest = surface
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .join(' ')
    .slice(head.end)
    .trim();
  return GOVERNMENT_ORGAN.test(rest);
}
