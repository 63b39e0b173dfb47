// Speakers of a verbatim transcript (the IGF's real-time captioning records
// of its meetings): each turn opens a line with ">> NAME:" or ">>NAME:" in
// capitals. The named person took the floor at the meeting the transcript is
// of (current-meeting.ts). A role or a delegation in place of a name
// (">> MODERATOR:", ">> CHAIR ST. AMOUR:", ">> UNESCO:") names nobody here.
// Runs just before speaker-lists (rule-order.ts RULES).

import { addEdge, addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { nameFromCapitals } from '../parse/name-case.ts';
import { currentMeeting } from './current-meeting.ts';
import { personId } from './people.ts';

// Later IGF transcripts (2025) also write the name in title case (">> Jennifer Chung: Hello, everyone."):
// two or three capitalised words, read with the same filters as the capitals.
const TURN =
  /(?:^|\n)[^\S\n]*>>[^\S\n]*(\p{Lu}[\p{Lu}'’-]+(?:[^\S\n]+\p{Lu}[\p{Lu}'’-]+){1,3}|\p{Lu}\p{Ll}+(?:[-'’]?\p{Lu}\p{Ll}+)?(?:[^\S\n]+\p{Lu}\p{Ll}+(?:[-'’]?\p{Lu}\p{Ll}+)?){1,2})[^\S\n]*:/gu;
const NOT_A_NAME =
  /^(?:CHAIR|CHAIRMAN|CHAIRPERSON|CO-CHAIR|MODERATOR|SPEAKER|PARTICIPANT|AUDIENCE|FLOOR|INTERPRETER|THE|REMOTE|ONLINE|PRESIDENT|SECRETARIAT|VOICE|UNIDENTIFIED|UNKNOWN|MALE|FEMALE)\b/;

export function transcriptSpeakersRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!p.text.includes('>>')) continue;
    for (const m of matchesOf(TURN, p.text)) {
      const upper = m[1]!;
      if (NOT_A_NAME.test(upper.toUpperCase())) continue;
      const titleCase = /\p{Ll}/u.test(upper);
      // ">> Ms Roach:" is an honorific and a surname, not a full name.
      if (titleCase && /^(?:Mr|Ms|Mrs|Mx|Dr|Prof|Sir|Dame|Host)\b/.test(upper)) continue;
      // A title-case name keeps its own case ("McDonald"); capitals are re-cased.
      const name = titleCase ? upper : nameFromCapitals(upper);
      // A delegation or body speaking ("UNITED STATES:", "EUROPEAN UNION:") is not a person.
      if (ctx.gazetteer.match(name).length > 0) continue;
      const meeting = currentMeeting(ctx, p);
      if (!meeting) continue;
      const start = p.start + m.index + m[0].indexOf(upper);
      const end = start + upper.length;
      const id = personId(name);
      const source = sourceAt(ctx, p, start, end);
      addNode(ctx, { id, type: 'Person', name, aliases: [upper], source }, 'transcript-speakers');
      addMention(ctx, { id, type: 'Person', name, start, end, surface: upper, passage: p });
      addEdge(ctx, { type: 'SPOKE_AT', from: id, to: meeting, source }, 'transcript-speakers');
    }
  }
}
