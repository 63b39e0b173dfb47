// A meeting takes up lettered groupings by their letters (MODEL.md ADDRESSES):
// once a document has set out "A. Replies related to …", "B. …", "C. …"
// (themes.ts), "Discussion of draft recommendations in group A, B, C and
// part of D" or "Discuss draft recommendations in group D and E" under a
// meeting's heading says that meeting worked on those groupings (the WGEC
// 2013–2014 Chair's slides: the 3rd and 4th meetings). Only with the word
// "group": a bare "in A and B" can be anything.

import { addEdge, type DocContext, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { currentMeeting } from './current-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['group']);
// "group A", "groups A, B, C and part of D", "group D and E", "groupings A to C" is left out (a range).
const LETTERS =
  /\b[Gg]roup(?:s|ings?)?\s+([A-H](?:(?:\s*,\s*|\s+|\s*,?\s*(?:and|&)\s+)(?:part\s+of\s+)?[A-H])*)(?![\w-])/g;

export function themeGroupsRule(ctx: DocContext): void {
  if (!ctx.state.get('grouping:A')) return;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(LETTERS, s.text)) {
        const meeting = currentMeeting(ctx, p);
        if (!meeting) continue;
        const source = sourceAt(ctx, p, s.start + m.index, s.start + m.index + m[0].length);
        for (const letter of m[1]!.match(/\b[A-H]\b/g) ?? []) {
          const theme = ctx.state.get(`grouping:${letter}`);
          if (theme) addEdge(ctx, { type: 'ADDRESSES', from: meeting, to: theme, source }, 'theme-groups');
        }
      }
    }
  }
}
