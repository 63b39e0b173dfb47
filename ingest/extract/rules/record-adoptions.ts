// A General Assembly verbatim record states each text the meeting adopted and the number it took, in a
// sentence of its own after the President's question: "Draft resolution I was adopted (resolution 78/132).",
// "The draft resolution was adopted by 170 votes to 2, with 3 abstentions (resolution 78/16).", "The draft
// decision was adopted (decision 78/541)." (A/78/PV.49; every plenary record taking action on a Main
// Committee's report). The meeting the record reports PRODUCED that resolution (MODEL.md PRODUCED, Meeting →
// Resolution). Only in a record (its own symbol A/…/PV.n), only the number in brackets after "was adopted"
// in the same sentence, whose subject is a draft ("Draft resolution A/78/L.5", "draft resolutions I and II"):
// "Recalling that resolution 70/125 was adopted" names an older text, not this meeting's.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { sentences } from '../sentences.ts';
import { recordMeetingOf } from './record-speakers.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['adopted']);
// The draft as the subject, at the sentence's start (a symbol's dots in it: "A/78/L.41"); its verb; the number
// taken, in brackets, before the stop.
const ADOPTED =
  /^(?:The\s+)?[Dd]raft\s+(?:resolutions?|decisions?)\b(?:[^.()]|\.(?=\S)){0,80}?\s(?:was|were)\s+adopted\b[^()]{0,120}?\((?:resolutions?|decisions?)\s+\d{1,3}\/\d{1,4}/g;
const RECORD = /^A\/\d{1,3}\/PV\.\d{1,3}$/;

export function recordAdoptions(ctx: DocContext): void {
  if (!(ctx.state.get('ownSymbols') ?? '').split('\n').some((s) => RECORD.test(s))) return;
  // The meeting the record's masthead names (meetings-records.ts).
  const meeting = recordMeetingOf(ctx);
  if (!meeting) return;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(ADOPTED, s.text.trimStart())) {
        const from = s.start + (s.text.length - s.text.trimStart().length) + m.index;
        const bracket = from + m[0].lastIndexOf('(');
        // The number's node: the first Resolution named inside the brackets.
        const res = mentionsIn(ctx, bracket, from + m[0].length + 8, 'Resolution')[0];
        if (!res) continue;
        addEdge(
          ctx,
          { type: 'PRODUCED', from: meeting, to: res.id, source: sourceAt(ctx, p, from, res.end) },
          'produced:record',
        );
      }
    }
  }
}
