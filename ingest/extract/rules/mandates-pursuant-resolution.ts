// A sentence opening with the resolution it acts under (MODEL.md MANDATES): "Pursuant to General Assembly
// resolution (A/RES/66/184), the CSTD will hold an open, interactive meeting on enhanced cooperation … on 18 May
// 2012, in Geneva" (UNCTAD's announcement of the Commission's 2012 meeting on enhanced cooperation), "Pursuant
// to General Assembly resolution 74/247, the ad hoc committee convened a three-day organizational session". The
// resolution MANDATES the meeting or working group the main clause holds, convenes or sets up; the subject
// that acts (the Commission, the committee) is not what is mandated. "Pursuant to this request" (no resolution
// named) is mandates-pursuant.ts's.

import { addEdge, type DocContext, mentionsIn, sentences, sourceAt } from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['pursuant', 'accordance with']);
const OPENING = /^\W{0,4}(?:Pursuant\s+to|In\s+accordance\s+with)\s+/i;
// The resolution stands in the opening phrase, before its comma.
const OPENING_SPAN = 90;
// The main clause's verb of setting up, then its object: "will hold an …", "convened a …", "established the …".
const SETS_UP =
  /\b(?:will\s+(?:hold|convene|organi[sz]e|establish)|is\s+to\s+(?:hold|convene)|held|convened|organi[sz]ed|established|set\s+up)\s+/i;
// How far after the verb the meeting's name may start ("an open, interactive meeting on …").
const OBJECT_WITHIN = 40;

export function mandatesPursuantResolutionRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || !hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      const open = OPENING.exec(s.text);
      if (!open) continue;
      const comma = s.text.indexOf(',', open[0].length);
      if (comma < 0 || comma > OPENING_SPAN) continue;
      const res = mentionsIn(ctx, s.start + open[0].length, s.start + comma, 'Resolution')[0];
      if (!res || res.id === ctx.info.id) continue;
      const verb = SETS_UP.exec(s.text.slice(comma));
      if (!verb) continue;
      const at = s.start + comma + verb.index + verb[0].length;
      const object = mentionsIn(ctx, at, s.end).find(
        (m) => (m.type === 'Meeting' || m.type === 'WorkingGroup') && m.start - at <= OBJECT_WITHIN,
      );
      if (!object) continue;
      addEdge(
        ctx,
        { type: 'MANDATES', from: res.id, to: object.id, source: sourceAt(ctx, p, s.start, object.end) },
        'mandates:pursuant-resolution',
      );
    }
  }
}
