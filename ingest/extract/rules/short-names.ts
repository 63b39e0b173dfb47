// A body the gazetteer names after its parent's acronym ("IGF Leadership Panel", "UN Technology Bank"),
// written without it where the document names the parent: "the Leadership Panel was established by the
// United Nations Secretary-General" in an IGF 2023 session transcript, a heading "IGF 2023 – Day 0 –
// LEADERSHIP PANEL". The rest of the name must be two capitalised words at least (one word, "the
// Secretariat", is an anaphor: gazetteer-mentions.ts), and not the start of a longer name ("the
// Leadership Panel on …", "High-level Leadership Panel"). Used by gazetteer-mentions.ts.

import type { GazetteerEntry, GazetteerMatch } from '../../gazetteer/types.ts';
import type { Passage } from '../../types.ts';
import { addMention, addNode, type DocContext, lastMentionBefore, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { hasTrigger, type TriggerWords, triggerWords } from './trigger-words.ts';

interface ShortNames {
  /** Lower-cased short name → the entry and its parent's id. */
  readonly byName: ReadonlyMap<string, { readonly entry: GazetteerEntry; readonly parent: string }>;
  readonly re: RegExp | undefined;
  /** First words of the short names as a name writes them (capitalised, in capitals): a passage without one is not searched. */
  readonly firsts: readonly string[];
  /**
   * The same words as trigger words, when all are printable ASCII (trigger-words.ts): most passages hold
   * none, and the one pass over a passage that finds every rule's words tells it before a search per word.
   */
  readonly firstWords: TriggerWords | undefined;
}

const cache = new WeakMap<object, ShortNames>();

function shortNames(ctx: DocContext): ShortNames {
  let s = cache.get(ctx.gazetteer);
  if (s) return s;
  const parents = new Map<string, string>();
  for (const e of ctx.gazetteer.entries) if (e.acronym) parents.set(e.acronym, e.id);
  const byName = new Map<string, { entry: GazetteerEntry; parent: string }>();
  const firstWords: string[] = [];
  for (const e of ctx.gazetteer.entries) {
    const m = /^(\S+)\s+((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)+)$/u.exec(e.name);
    const parent = m ? parents.get(m[1]!) : undefined;
    if (!m || !parent || parent === e.id) continue;
    const short = m[2]!.toLowerCase();
    firstWords.push(m[2]!.split(/\s+/)[0]!);
    // Two bodies with one short name: neither is meant.
    if (byName.has(short)) byName.set(short, { entry: e, parent: '' });
    else byName.set(short, { entry: e, parent });
  }
  const names = [...byName.keys()].map((n) => n.replace(/[-]/g, '\\-').replace(/\s+/g, '\\s+'));
  const ascii = firstWords.every((w) => /^[\x20-\x7e]{2,}$/.test(w));
  s = {
    byName,
    re: names.length > 0 ? new RegExp(`\\b(${names.join('|')})\\b`, 'gi') : undefined,
    firsts: [...new Set(firstWords.flatMap((w) => [w, w.toUpperCase()]))],
    firstWords: ascii && firstWords.length > 0 ? triggerWords(firstWords) : undefined,
  };
  cache.set(ctx.gazetteer, s);
  return s;
}

// Capitalised as a name ("Leadership Panel", "LEADERSHIP PANEL"), not as running words.
const AS_NAME = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;
// Before: another capitalised word or a hyphen makes it part of a longer name.
const LONGER_BEFORE = /(?:\p{Lu}[\p{L}]*|[-‐‑])\s*$/u;
const LONGER_AFTER = /^\s+(?:on|of|for)\s/;

/** Mentions of short names in `p` whose parent the document has named by then. */
export function shortNameMentions(ctx: DocContext, p: Passage, found: readonly GazetteerMatch[]): void {
  const s = shortNames(ctx);
  if (!s.re) return;
  if (s.firstWords && !hasTrigger(p, s.firstWords)) return;
  if (!s.firsts.some((f) => p.text.includes(f))) return;
  for (const m of matchesOf(s.re, p.text)) {
    const words = m[1]!;
    const known = s.byName.get(words.toLowerCase().replace(/\s+/g, ' '));
    if (!known?.parent || !AS_NAME.test(words)) continue;
    const before = p.text.slice(Math.max(0, m.index - 30), m.index);
    const the = /\bthe\s+$/i.test(before);
    if ((!the && LONGER_BEFORE.test(before)) || LONGER_AFTER.test(p.text.slice(m.index + words.length)))
      continue;
    if (found.some((g) => m.index < g.end && m.index + words.length > g.start)) continue;
    const start = p.start + m.index;
    const end = start + words.length;
    if (!lastMentionBefore(ctx, end, (x) => x.id === known.parent)) continue;
    const e = known.entry;
    addMention(ctx, { id: e.id, type: e.type, name: e.name, start, end, surface: words, passage: p });
    addNode(ctx, { ...entryNode(e, sourceAt(ctx, p, start, end)), aliases: [words] }, 'gazetteer:short-name');
  }
}
