// A resolution that extends or renews a group's mandate tasks that group again (MODEL.md MANDATES: "the text
// requests, establishes or tasks that thing"): "within the framework of resolution 2011/16 extending the
// mandate of the Working Group, which had not been able to complete its task" (the report of the Working Group
// on Improvements to the IGF, 2012). Only the resolution named right before the verb, its date between
// ("resolution 2011/16 of 26 July 2011, which extended the mandate of …"), and the body right after "the mandate
// of": "the Council, which extended the mandate of …" names no instrument, and "a resolution extending the
// deadline" no mandate.

import { addEdge, type DocContext, mentionsIn, mentionsStartingIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { isMandated } from './mandates-established.ts';
import { bodyByNoun } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const VERB = /\b(?:extending|extended|extends|renewing|renewed|renews)\s+the\s+mandate\s+of\s+(?:the\s+)?/g;
const WORDS = triggerWords([
  'extending the mandate',
  'extended the mandate',
  'extends the mandate',
  'renewing the mandate',
  'renewed the mandate',
  'renews the mandate',
]);
// From the resolution's end to the verb: its date, a comma, "which" / "by which the Council".
const RESOLUTION_TO_VERB =
  /^\)?(?:\s+of\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?)?\s*,?\s*(?:(?:which|that|by\s+which\s+(?:the\s+(?:Council|Assembly)|it))\s+(?:has\s+|had\s+)?)?$/u;

// A body's short name with its capital, nothing of its own after it: "the Working Group, which had not …".
const SHORT_NAME =
  /^((?:Working\s+)?(?:Group|Panel|Committee|Task\s+Force))\b(?!\s+(?:on|of|for|to)\b|\s+\p{Lu})/u;

export function mandatesExtendingRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const v of matchesOf(VERB, s.text)) {
        const at = s.start + v.index;
        const after = at + v[0].length;
        const res = mentionsIn(ctx, s.start, at, 'Resolution')
          .filter((m) => m.end <= at)
          .pop();
        if (!res || !RESOLUTION_TO_VERB.test(ctx.doc.text.slice(res.end, at))) continue;
        const named = mentionsStartingIn(ctx, after, after)
          .filter((m) => m.end <= s.end && isMandated(ctx, m))
          .sort((a, b) => b.end - a.end)[0];
        // "the Working Group" alone: the group named last before with that head noun (subject-body.ts).
        const noun = named ? undefined : SHORT_NAME.exec(ctx.doc.text.slice(after, after + 40));
        const group = named ?? (noun ? bodyByNoun(ctx, p, at, noun[1]!) : undefined);
        if (!group || !isMandated(ctx, group)) continue;
        const end = named ? named.end : after + noun![0].length;
        addEdge(
          ctx,
          { type: 'MANDATES', from: res.id, to: group.id, source: sourceAt(ctx, p, res.start, end) },
          'mandates-extending',
        );
      }
    }
  }
}
