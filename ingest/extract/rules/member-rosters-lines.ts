// A roster one member a line under the words announcing it (member-rosters.ts): "… the complete, inaugural
// Panel is as follows:" then "· Mr. A, <State>" a line, each member quoted from the announcing words.

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, indexOfPassage, type Mention, mentionsStartingIn } from '../context.ts';

/**
 * Where a roster line's quote may start, first choice first: its announcing sentence ("Hailing from …, the
 * complete, inaugural Panel is as follows:"), else the noun phrase holding the body's noun ("the complete,
 * inaugural Panel is as follows:").
 */
export function rosterHeads(s: { readonly start: number; readonly text: string }, noun: number): number[] {
  const the = s.text.slice(Math.max(0, noun - 60), noun).search(/\b[Tt]he\s(?!.*\b[Tt]he\s)/);
  const phrase = the < 0 ? noun : Math.max(0, noun - 60) + the;
  return [s.start, s.start + phrase];
}

/**
 * One member a line: the passages after the announcing one, while each starts with a person. The quote runs
 * from the announcing words to the member's line ("· Mr. A, <State>" alone names no body); a member too far
 * down the list for one quote is left out.
 */
export function rosterLines(ctx: DocContext, p: Passage, body: Mention, heads: readonly number[]): void {
  const i = indexOfPassage(ctx, p);
  for (let k = i + 1; k < ctx.passages.length; k++) {
    const q = ctx.passages[k]!;
    const lead = /^[\s·•\-*–]*(?:\d+[.)]\s*)?/.exec(q.text)![0].length;
    // "· H.E. Mr. A": the person's mention may start at the honorific or after it.
    const person = mentionsStartingIn(ctx, q.start, q.start + lead + 6).find((x) => x.type === 'Person');
    if (!person) break;
    // The member's line with its State ("· Mr. A, Estonia"), not more.
    const end = Math.min(q.end, person.end + 80);
    const from = heads.find((h) => end - h <= MAX_QUOTE_LENGTH);
    if (from === undefined) continue;
    const source: Source = {
      document: ctx.info.id,
      locator: p.locator,
      quote: ctx.doc.text.slice(from, end).trim(),
    };
    addEdge(ctx, { type: 'MEMBER_OF', from: person.id, to: body.id, source }, 'member-rosters');
  }
}
