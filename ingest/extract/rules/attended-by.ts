// "The meeting was attended by Ana Example (Estonia), Jan Sample (Chile) and Eva Example (Kenya)." (the
// attendance paragraph of an expert meeting's or a working group's report): each name with its Member State in
// brackets attended the meeting reported on and represents that State. The bracketed State is what licenses a
// bare name here: "attended by members of the Commission" or "by Ana Example" alone makes no one.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';
import { currentMeeting } from './current-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['attended by']);
const VERB = /\b(?:was|were)[^\S\n]+attended[^\S\n]+by[^\S\n]+/g;
const WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const PARTICLE = '(?:da|das|de|del|dos|du|van|von|der|den|bin|al|el|di|la|le)';
const HON = '(?:(?:H\\.\\s?E\\.\\s+)?(?:Mr|Ms|Mrs|Mx|Dr|Prof)\\.?\\s+|Ambassador\\s+|Professor\\s+)?';
// A name, then its State in brackets.
const ITEM = new RegExp(
  `^${HON}(${WORD}(?:[^\\S\\n]+(?:${PARTICLE}[^\\S\\n]+)?${WORD}){1,3})[^\\S\\n]*\\(([^()\\n]{2,60})\\)`,
  'u',
);
const NEXT = /^(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)/;
const MAX_ITEMS = 30;

export function attendedByRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    const meeting = currentMeeting(ctx, p);
    for (const v of matchesOf(VERB, p.text)) {
      let at = p.start + v.index + v[0].length;
      for (let k = 0; k < MAX_ITEMS; k++) {
        const m = ITEM.exec(text.slice(at, Math.min(p.end, at + 140)));
        if (!m) break;
        const nameAt = at + m[0].indexOf(m[1]!);
        const nameEnd = nameAt + m[1]!.length;
        const bracketAt = at + m[0].lastIndexOf('(') + 1;
        const state = mentionsIn(ctx, bracketAt, bracketAt + m[2]!.length, 'Organization').find(
          (x) => x.start === bracketAt && x.end === bracketAt + m[2]!.length && isMemberState(ctx, x.id),
        );
        // A body, not a person, may stand before a bracket too ("UNCTAD (Geneva)"): a State and a name only.
        if (!state || mentionsIn(ctx, nameAt, nameEnd).some((x) => x.type !== 'Person')) break;
        const end = at + m[0].length;
        const known = mentionsIn(ctx, at, nameEnd, 'Person')[0];
        const source = sourceAt(ctx, p, p.start + v.index, end);
        const id =
          known?.id ?? addBarePerson(ctx, p, m[1]!, nameAt, 'attended-by', undefined, p.start + v.index).id;
        addEdge(ctx, { type: 'AFFILIATED_WITH', from: id, to: state.id, source }, 'attended-by');
        if (meeting) addEdge(ctx, { type: 'PARTICIPATED_IN', from: id, to: meeting, source }, 'attended-by');
        const next = NEXT.exec(text.slice(end, end + 8));
        if (!next) break;
        at = end + next[0].length;
      }
    }
  }
}
