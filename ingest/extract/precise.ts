// When two sources give the same date at different precision ("2018" in one
// document, "2018-05-14" in another), the more precise one is kept: the merge
// of MODEL.md otherwise keeps the first value seen.

import type { GraphNode, Properties } from '../../cypher/model/graph.ts';

export const DATE_KEYS = ['startDate', 'endDate', 'adoptedOn', 'date', 'from', 'to'];

// A person called "Mr." in one place and "Ambassador" or "Professor" in another: the specific
// honorific says more (MODEL.md Person.honorific), whichever was read first.
const GENERIC_HONORIFICS = new Set(['Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Miss', 'Mme', 'Mlle']);

/** Whether honorific `y` should replace `x`. */
export function betterHonorific(x: unknown, y: unknown): boolean {
  return (
    typeof y === 'string' &&
    (typeof x !== 'string' || (GENERIC_HONORIFICS.has(x) && !GENERIC_HONORIFICS.has(y)))
  );
}

export function preciseProperties(a: Properties, b: Properties): Properties {
  const out: Record<string, Properties[string]> = { ...a };
  for (const k of DATE_KEYS) {
    const x = a[k];
    const y = b[k];
    if (typeof y === 'string' && (typeof x !== 'string' || y.length > x.length)) out[k] = y;
  }
  if (betterHonorific(a.honorific, b.honorific)) out.honorific = b.honorific as string;
  return out;
}

/**
 * Every date property of `nodes` raised to the most precise value any of them has, per id. Documents that
 * disagree at the same precision are outvoted: Human Rights Council resolution 32/13 cites "28/16 of 24 March
 * 2015" where 34/7, 37/2 and 38/7 give 26 March; the value most of them give is kept. On a tie the value of the
 * document issued last wins, whatever order the files were read in: it knows the schedule as held (a report
 * issued before the Council's forty-seventh session dates it "21 June–9 July 2021", the session's draft
 * resolution A/HRC/47/L.22 of 7 July 2021 "21 June–13 July 2021"); a document without a date of issue counts
 * as older than one with; then the earlier value, a stable order. An id none of whose nodes has a date or an
 * honorific has no entry (its nodes keep their properties).
 */
export function harmoniseDates(nodes: Iterable<GraphNode>): Map<string, Properties> {
  const all = [...nodes];
  // Each document's date of issue (its Document node's `date`), for ties.
  const issued = new Map<string, string>();
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    if (n.type === 'Document' && typeof n.properties.date === 'string') issued.set(n.id, n.properties.date);
  }
  const best = new Map<string, Properties>();
  // Per "id key", each value with how many nodes give it and the latest date of issue of a document giving it.
  const votes = new Map<string, Map<string, Vote>>();
  // The ids with a key given two values: only they can be outvoted (a key per id per date property, for
  // every node of the batch, made and looked up, was most of this function's time).
  const contested = new Set<string>();
  // Indexed loops: this runs once per batch, mostly before it is optimised, where a for-of over an array
  // makes an iteration result per step (half of what this function allocated).
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    // Most nodes have neither: no copy of their id's properties then.
    if (!hasDateOrHonorific(n.properties)) continue;
    best.set(n.id, preciseProperties(best.get(n.id) ?? {}, n.properties));
    for (let j = 0; j < DATE_KEYS.length; j++) {
      const k = DATE_KEYS[j]!;
      const v = n.properties[k];
      if (typeof v !== 'string') continue;
      const key = `${n.id} ${k}`;
      const m = votes.get(key) ?? new Map<string, Vote>();
      const vote = m.get(v) ?? { count: 0, issued: '' };
      const date = latestIssue(n, issued);
      vote.count++;
      if (date > vote.issued) vote.issued = date;
      m.set(v, vote);
      votes.set(key, m);
      if (m.size > 1) contested.add(n.id);
    }
  }
  for (const id of contested) {
    const props = best.get(id)!;
    for (const k of DATE_KEYS) {
      const kept = props[k];
      const m = votes.get(`${id} ${k}`);
      if (typeof kept !== 'string' || !m || m.size < 2) continue;
      let top = kept;
      for (const [v, vote] of m) if (v.length === kept.length && wins(v, vote, top, m.get(top))) top = v;
      if (top !== kept) best.set(id, { ...props, [k]: top });
    }
  }
  return best;
}

/** Whether preciseProperties would take anything from `p`: a date or an honorific as a string. */
function hasDateOrHonorific(p: Properties): boolean {
  if (typeof p.honorific === 'string') return true;
  for (let j = 0; j < DATE_KEYS.length; j++) if (typeof p[DATE_KEYS[j]!] === 'string') return true;
  return false;
}

interface Vote {
  count: number;
  /** The latest date of issue of a document giving the value ("" when none is dated). */
  issued: string;
}

/** The latest date of issue among the documents a node is sourced in. */
function latestIssue(n: GraphNode, issued: ReadonlyMap<string, string>): string {
  let out = '';
  for (const s of n.sources) {
    const d = issued.get(s.document);
    if (d !== undefined && d > out) out = d;
  }
  return out;
}

/** Whether value `v` beats `top`: more votes; on a tie, a later-issued document; then the earlier value. */
function wins(v: string, vote: Vote, top: string, topVote: Vote | undefined): boolean {
  if (!topVote) return true;
  if (vote.count !== topVote.count) return vote.count > topVote.count;
  if (vote.issued !== topVote.issued) return vote.issued > topVote.issued;
  return v < top;
}
