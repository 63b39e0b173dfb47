// The Secretary-General's announcements of a new body (SG/A press releases): "The Secretary-General is pleased
// to announce the establishment of a High-Level Advisory Board on Effective Multilateralism" (SG/A/2108),
// "… today announced the establishment of the …", "has announced the creation of a new AI Advisory Body" (a UN
// country team's release on the High-level Advisory Body on AI, October 2023). The body named last before the verb, with only
// auxiliaries and "pleased to" between, set up the group, meeting or process named right after "of"
// (MODEL.md ESTABLISHED); one named elsewhere in the sentence is not what was set up.

import { addEdge, type DocContext, mentionsIn, mentionsStartingIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['establishment of', 'creation of']);
const ANNOUNCED =
  /\bannounc(?:e|es|ed|ing)\s+(?:today\s+)?the\s+(?:establishment|creation)\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+)?(?:new\s+)?/g;
// Between the subject and the verb: auxiliaries, "today", "pleased to", the holder's name after a post.
const BETWEEN =
  /^[\s,]*(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3})?(?:(?:has|had|have|is|was|were|will|would|also|today|(?:is|was|am)\s+pleased\s+to|pleased\s+to)\s+)*$/u;
const TARGETS = new Set(['WorkingGroup', 'Meeting', 'Process']);

export function establishedAnnouncedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(ANNOUNCED, s.text)) {
        const verbAt = s.start + m.index;
        const objAt = verbAt + m[0].length;
        const object = mentionsStartingIn(ctx, objAt, objAt).find((x) => TARGETS.has(x.type));
        const agent = mentionsIn(ctx, s.start, verbAt)
          .filter((x) => x.type === 'Organization' || x.type === 'Person')
          .pop();
        if (!object || !agent || !BETWEEN.test(ctx.doc.text.slice(agent.end, verbAt))) continue;
        addEdge(
          ctx,
          {
            type: 'ESTABLISHED',
            from: agent.id,
            to: object.id,
            source: sourceAt(ctx, p, agent.start, object.end),
          },
          'established-announced',
        );
      }
    }
  }
}
