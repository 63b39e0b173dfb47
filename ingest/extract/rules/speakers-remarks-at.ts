// A release's lead line names who spoke where: "Following are UN Secretary-General António Guterres' remarks at
// the high-level multi-stakeholder informal meeting to launch the Global Dialogue on Artificial Intelligence
// (AI) Governance, in New York today:" (SG/SM releases): the person whose remarks, statement, message or
// address it is SPOKE_AT the gathering named right after "at" or "to" (MODEL.md SPOKE_AT). Opening remarks and
// a keynote address give their role. Only the possessive right before the noun: "remarks by the Chair at …"
// and "the Secretary-General's report to the meeting" are other forms.

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['remarks', 'statement', 'message', 'address']);
const SPEECH =
  /['’]s?\s+((?:(?:opening|closing|welcoming|keynote|video|introductory)\s+)?(?:remarks|statement|message|address))\s+(?:at|to)\s+(?:the\s+)?/gi;

function roleOf(noun: string): string | undefined {
  if (/opening|welcoming/i.test(noun)) return 'opening';
  if (/keynote/i.test(noun)) return 'keynote';
  return undefined;
}

export function speakersRemarksAtRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(SPEECH, p.text)) {
      const at = p.start + m.index;
      const after = at + m[0].length;
      const person = mentionsIn(ctx, Math.max(p.start, at - 80), at + 1, 'Person')
        .filter((x) => x.end === at)
        .pop();
      const meeting = mentionsIn(ctx, after, Math.min(p.end, after + 400), 'Meeting').find(
        (x) => x.start === after,
      );
      if (!person || !meeting) continue;
      const role = roleOf(m[1]!);
      addEdge(
        ctx,
        {
          type: 'SPOKE_AT',
          from: person.id,
          to: meeting.id,
          ...(role ? { properties: props({ role }) } : {}),
          source: sourceAt(ctx, p, person.start, meeting.end),
        },
        'speakers-remarks-at',
      );
    }
  }
}
