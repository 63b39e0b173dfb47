// The themes a working group's mandate names (rule order: after themes-discussed): a UN Web TV page on an
// open-ended working group's session says "The group is mandated to further develop the rules, norms and
// principles of responsible behaviour of States; …; to continue to study … existing and potential threats …,
// and how international law applies to the use of information and communications technologies by States,
// as well as confidence-building measures and capacity-building"; a ministry's press release "The Group's
// Mandate prioritises the further elaboration of norms …". The group ADDRESSES each known theme (gazetteer
// mention) in that sentence. The group is the one named right before the verb, or, for "the group" /
// "the Group's", the group the document is about (else the last one named before). A sentence naming no
// group as the mandate's holder ("States are mandated to …", "its mandate") gives nothing.

import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const MANDATE_WORDS = triggerWords(['mandate']);

// "<holder> is mandated to", "<holder>'s mandate is to / prioritises / includes".
const MANDATED =
  /\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|further\s+)?mandated\s+to\b|['’]s\s+[Mm]andate\s+(?:is\s+to|was\s+to|prioriti[sz]es|includes|covers)\b/g;
// "The group", "the Working Group", "This Group" just before the verb (or the possessive).
const THE_GROUP = /\b(?:the|this)\s+(?:[Ww]orking\s+)?[Gg]roup$/i;

const isGroup = (m: Mention): boolean => m.type === 'WorkingGroup';

/** The working group holding the mandate whose verb starts at `at`, or undefined. */
function holderAt(ctx: DocContext, from: number, at: number): string | undefined {
  const named = lastMentionBefore(ctx, at, isGroup, from);
  if (named && named.end === at) return named.id;
  if (THE_GROUP.test(ctx.doc.text.slice(Math.max(from, at - 24), at)))
    return ctx.state.get('workingGroup') ?? lastMentionBefore(ctx, at, isGroup)?.id;
  return undefined;
}

export function themeMandatesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, MANDATE_WORDS)) continue;
    // The whole sentence: a mandate lists its tasks between semicolons.
    for (const s of sentences(p, false)) {
      MANDATED.lastIndex = 0;
      const m = MANDATED.exec(s.text);
      if (!m) continue;
      const at = s.start + m.index;
      const group = holderAt(ctx, s.start, at);
      if (!group) continue;
      for (const t of mentionsIn(ctx, at + m[0].length, s.end, 'Theme'))
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: group, to: t.id, source: sourceAt(ctx, p, t.start, t.end) },
          'themes:mandate',
        );
    }
  }
}
