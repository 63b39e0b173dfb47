// A resolution as the subject of "established": "General Assembly resolution 79/325, adopted in August 2025,
// established two complementary mechanisms within the United Nations, the Global Dialogue on Artificial
// Intelligence Governance and the International Independent Scientific Panel on AI" (the UN Office at Geneva's
// Director-General's remarks, November 2025). The resolution MANDATES every body of the list after the verb
// (MODEL.md MANDATES: "the text requests, establishes or tasks that thing"); a head noun counting them ("two
// complementary mechanisms within the United Nations,") comes before the list and is no body of its own.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { isMandated } from './mandates-established.ts';
import { triggerWords } from './trigger-words.ts';
import { forEachVerb } from './verb-sites.ts';

const VERB = /\b(?:established|establishes|created|creates|set up|sets up)\b/g;
const WORDS = triggerWords(['established', 'establishes', 'created', 'creates', 'set up', 'sets up']);
// From the resolution to the verb: its date or place between commas ("adopted in August 2025", "of 26 August
// 2025"), at most; no second clause ("…, which called on States to …, established" is not read).
const RESOLUTION_TO_VERB =
  /^(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?\s*(?:,\s*adopted\s+(?:on|in)\s+(?:\d{1,2}\s+)?\p{L}+\s+\d{4}\s*,)?\s+(?:also\s+)?$/u;
// After the verb: the list's head noun with a number, up to its comma or colon ("two new mechanisms:").
const HEAD =
  /^\s+(?:(?:two|three|four|five|\d)\s+[^,.;:()]{1,80}[,:]\s*|(?:the\s+|an?\s+)?)(?:the\s+|an?\s+)?$/;
const BETWEEN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|an?\s+)?$/;

export function mandatesResolutionSubjectRule(ctx: DocContext): void {
  forEachVerb(ctx, WORDS, VERB, (p, s, at, after) => {
    const res = mentionsIn(ctx, s.start, at, 'Resolution')
      .filter((m) => m.end <= at)
      .pop();
    if (!res || !RESOLUTION_TO_VERB.test(ctx.doc.text.slice(res.end, at))) return;
    let last = after;
    let first = true;
    for (const m of mentionsIn(ctx, after, s.end).filter((x) => x.start >= after)) {
      if (m.start < last) continue;
      const gap = ctx.doc.text.slice(last, m.start);
      if (!(first ? HEAD : BETWEEN).test(gap)) {
        // A body inside the head noun ("within the United Nations") is no item of the list.
        if (first && /^\s+(?:two|three|four|five|\d)\s+[^,.;:()]*$/.test(gap)) continue;
        break;
      }
      if (!isMandated(ctx, m)) break;
      addEdge(
        ctx,
        { type: 'MANDATES', from: res.id, to: m.id, source: sourceAt(ctx, p, res.start, m.end) },
        'mandates-resolution-subject',
      );
      first = false;
      last = m.end;
    }
  });
}
