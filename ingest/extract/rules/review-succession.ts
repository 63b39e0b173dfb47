// Numbered reviews of one process follow one another (MODEL.md SUCCEEDS):
// "WSIS+20" after "WSIS+10" when a document names both (part-of.ts runs it).

import { addEdge, type DocContext, type Mention, sentenceAt, sourceAt } from '../context.ts';

/**
 * "WSIS+20" follows "WSIS+10": numbered reviews of one process, when the document names both. The edge
 * cites a sentence naming both when there is one; else the first mention of each ("The draft resolution
 * follows the model of the WSIS+10 modalities resolution" under a headline on the WSIS+20 modalities): a
 * quote of the later one alone did not show the reader the earlier review the edge points to.
 */
export function reviewSuccession(ctx: DocContext): void {
  const byBase = new Map<string, Map<number, Mention[]>>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Process') continue;
    const r = /^(.+?)\+\s?(\d+)/.exec(m.surface);
    if (!r) continue;
    const base = r[1]!.trim().toUpperCase();
    const list = byBase.get(base) ?? new Map<number, Mention[]>();
    const same = list.get(Number(r[2]));
    if (same) same.push(m);
    else list.set(Number(r[2]), [m]);
    byBase.set(base, list);
  }
  for (const list of byBase.values()) {
    const nums = [...list.keys()].sort((a, b) => a - b);
    for (let i = 1; i < nums.length; i++) {
      const laters = list.get(nums[i]!)!;
      const earliers = list.get(nums[i - 1]!)!;
      if (laters[0]!.id === earliers[0]!.id) continue;
      const pair = pairInSentence(laters, earliers);
      const cited = pair
        ? [
            sourceAt(
              ctx,
              pair[0].passage,
              Math.min(pair[0].start, pair[1].start),
              Math.max(pair[0].end, pair[1].end),
            ),
          ]
        : [laters[0]!, earliers[0]!].map((m) => sourceAt(ctx, m.passage, m.start, m.end));
      for (const source of cited)
        addEdge(
          ctx,
          { type: 'SUCCEEDS', from: laters[0]!.id, to: earliers[0]!.id, source },
          'part-of:reviews',
        );
    }
  }
}

/** A mention of each list in one sentence of one passage, the first such pair in the text, if any. */
function pairInSentence(a: readonly Mention[], b: readonly Mention[]): [Mention, Mention] | undefined {
  for (const x of a.slice(0, 20))
    for (const y of b.slice(0, 20)) {
      if (x.passage !== y.passage) continue;
      const s = sentenceAt(x.passage, x.start);
      if (s && s.start <= y.start && y.end <= s.end) return [x, y];
    }
  return undefined;
}
