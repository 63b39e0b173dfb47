// One body written two ways within a batch (q97). Two organisations whose names are the same words in British
// and American spelling ("African Network Information Centre" / "… Center", two reports on the African IGF and
// the Arab MAG) are one. Two organisations the texts give the same acronym whose names differ in one word are
// one when that word is a variant of the other: another ending of the same stem ("Nigeria Internet Registration
// Association (NIRA)" / "Nigeria Internet Registry Association (NIRA)", a Nigerian IGF report and a registry's
// notice), or "National" for the State's own name in a text that names that State ("National Information
// Technology Development Agency (NITDA)" / "Nigeria Information Technology Development Agency (NITDA)"). Two
// States' bodies ("Kenya ICT Authority" / "Uganda ICT Authority"), other stems ("Internet" / "International"),
// other numbers and names without a stated acronym in common stay apart. Every merge keeps its reason.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

// A word's British spelling in American spelling: only the key two names are compared by.
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/^(cent|met|lit|fib|theat)re(s?)$/, '$1er$2'],
  [/^(.{3,}[^aeiou])is(e|ed|es|ing|ation|ations)$/, '$1iz$2'],
  [/^(.{2,})our(s?|al)$/, '$1or$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^(defen|licen|offen)ce(s?)$/, '$1se$2'],
  [/^catalogue(s?)$/, 'catalog$1'],
];

export function americanSpelling(word: string): string {
  for (const [re, to] of SPELLING) if (re.test(word)) return word.replace(re, to);
  return word;
}

// Each node's copies (one per document of the batch) as one: its documents and its sources' count.
interface Named {
  readonly node: GraphNode;
  readonly documents: Set<string>;
  sources: number;
}

/** The better attested node first (more sources), then the one that names itself ("National …"), then by id. */
function ordered(a: Named, b: Named, own?: (n: GraphNode) => boolean): [Named, Named] {
  if (a.sources !== b.sources) return b.sources > a.sources ? [b, a] : [a, b];
  if (own && own(a.node) !== own(b.node)) return own(b.node) ? [b, a] : [a, b];
  return b.node.id < a.node.id ? [b, a] : [a, b];
}

/** Two words that are endings of one stem: the shorter one, but for its last letter, starts the longer one. */
export function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 6 && short !== long && long.startsWith(short.slice(0, -1));
}

const DEMONYM_ENDINGS = ['', 'n', 'an', 'ian'];

/**
 * "national" in one name, in the other a State of the batch (or its demonym) that a document naming the
 * national body names too: the State's own national body.
 */
function nationalOf(
  national: string,
  word: string,
  body: Named,
  states: readonly Named[],
): Named | undefined {
  if (national !== 'national') return undefined;
  const named = states.filter((s) => {
    const t = nameTokens(s.node.name);
    return t.length === 1 && DEMONYM_ENDINGS.some((e) => `${t[0]}${e}` === word);
  });
  if (named.length !== 1) return undefined;
  return [...named[0]!.documents].some((d) => body.documents.has(d)) ? named[0] : undefined;
}

/** `nodes`: every document's copy of the batch's nodes. */
export function nameVariantMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  const byId = new Map<string, Named>();
  for (const n of nodes) {
    if (n.type !== 'Organization' && n.type !== 'Process') continue;
    let named = byId.get(n.id);
    if (!named) {
      named = { node: n, documents: new Set(), sources: 0 };
      byId.set(n.id, named);
    }
    for (const s of n.sources) named.documents.add(s.document);
    named.sources += n.sources.length;
  }
  const orgs = [...byId.values()];
  const states = orgs.filter((o) => o.node.properties.kind === 'member-state');
  const out: SpanMerge[] = [];
  // British and American spelling: one key for both.
  const bySpelling = new Map<string, Named[]>();
  for (const { node: n } of orgs) {
    const words = nameTokens(n.name);
    const key = `${n.type}|${words.map(americanSpelling).join(' ')}`;
    if (words.length < 2 || key === `${n.type}|${words.join(' ')}`) continue;
    bySpelling.set(key, []);
  }
  for (const o of orgs) {
    const key = `${o.node.type}|${nameTokens(o.node.name).map(americanSpelling).join(' ')}`;
    bySpelling.get(key)?.push(o);
  }
  const words = (o: Named): string => nameTokens(o.node.name).join(' ');
  for (const group of bySpelling.values()) {
    if (new Set(group.map(words)).size < 2) continue;
    const kept = group.reduce((a, b) => ordered(a, b)[0]);
    for (const o of group)
      if (words(o) !== words(kept))
        out.push({
          kept: kept.node.id,
          merged: o.node.id,
          reason: `same name in British and American spelling: "${o.node.name}" = "${kept.node.name}"`,
        });
  }
  // The same stated acronym, names one word apart.
  const byAcronym = new Map<string, Named[]>();
  for (const o of orgs) {
    const acronym = o.node.properties.acronym;
    if (o.node.type !== 'Organization' || typeof acronym !== 'string' || acronym.length < 2) continue;
    const group = byAcronym.get(acronym);
    if (group) group.push(o);
    else byAcronym.set(acronym, [o]);
  }
  for (const [acronym, group] of byAcronym)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const ta = nameTokens(a.node.name);
        const tb = nameTokens(b.node.name);
        if (ta.length !== tb.length || ta.length < 3) continue;
        const at = ta.flatMap((w, k) => (w === tb[k] ? [] : [k]));
        if (at.length !== 1) continue;
        const wa = ta[at[0]!]!;
        const wb = tb[at[0]!]!;
        if (/\d/.test(wa) || /\d/.test(wb)) continue;
        let why: string | undefined;
        let own: ((n: GraphNode) => boolean) | undefined;
        if (sameStem(wa, wb)) why = `one stem ("${wa}" / "${wb}")`;
        else {
          const state = nationalOf(wa, wb, a, states) ?? nationalOf(wb, wa, b, states);
          if (state) {
            why = `"national" for ${state.node.name}, named in the same document`;
            own = (n) => nameTokens(n.name).includes('national');
          }
        }
        if (!why) continue;
        const [kept, merged] = ordered(a, b, own);
        out.push({
          kept: kept.node.id,
          merged: merged.node.id,
          reason: `same acronym ${acronym}, names one word apart, ${why}: "${merged.node.name}" = "${kept.node.name}"`,
        });
      }
  return out;
}
