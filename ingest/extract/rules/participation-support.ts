// The body that organises or services a working group's meetings takes part
// in the group (MODEL.md PARTICIPATED_IN): "The group held five face-to-face
// meetings, organised by the CSTD secretariat in Geneva" (report of the Chair
// of the WGEC 2016–2018, ¶3). The group is the one the sentence names, or
// "the group" / "the Working Group" of a document about one working group.

import { addEdge, type DocContext, mentionsIn, sentences, sourceAt } from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['organised by', 'organized by', 'serviced by', 'supported by']);
const BY = '(?:organi[sz]ed|serviced|supported)\\s+by\\s+(?:the\\s+)?$';
const LEAD = '^[\\s\\-–•]*(?:\\d{1,3}\\.\\s+)?(?:The\\s+)?';
// "<The group> held five meetings, organised by <body>"; "The meetings of <the group> were serviced by <body>".
const HELD = new RegExp(`${LEAD}(.{1,100}?)\\s+held\\b[^.;]{0,80}?\\bmeetings?\\b[^.;]{0,80}?\\b${BY}`, 'i');
const OF = new RegExp(
  `${LEAD}meetings?\\s+of\\s+(?:the\\s+)?(.{1,100}?)\\s+(?:were|was|are|is|have\\s+been)\\s+${BY}`,
  'i',
);

export function participationSupportRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const o of mentionsIn(ctx, s.start, s.end, 'Organization')) {
        const before = ctx.doc.text.slice(s.start, o.start);
        const m = HELD.exec(before) ?? OF.exec(before);
        if (!m) continue;
        // The group: named as the subject, else "the group" of a document about one working group.
        const at = s.start + m.index + m[0].indexOf(m[1]!);
        const named = mentionsIn(ctx, at, at + m[1]!.length, 'WorkingGroup')[0];
        const group =
          named?.id ?? (/^(?:Working\s+)?Group$/i.test(m[1]!) ? ctx.state.get('workingGroup') : undefined);
        if (!group) continue;
        addEdge(
          ctx,
          { type: 'PARTICIPATED_IN', from: o.id, to: group, source: sourceAt(ctx, p, s.start, o.end) },
          'participation:organised-by',
        );
      }
    }
  }
}
