// Where a speaker says they sit on a body, inside their own turn of a verbatim transcript (the IGF's
// captioning): ">> LABEL: My name is X. I'm a MAG member but also one of the co-facilitators" (the IGF
// 2022 session of the Policy Network on Internet Fragmentation), "I am also on the MAG" (the IGF 2022
// main session on Internet fragmentation), "I'm a member of the Multistakeholder Advisory Group": the
// speaker is a MEMBER_OF that body. Only a body the text names there (a mention from the gazetteer or
// org-names: "I'm a member of the audience" names none), never a Member State ("I'm on the Kenyan side"
// is no membership). A possessive after the body names a part of it ("I'm on the Internet Society's
// board"): left alone. Reported or quoted words are someone else's (self-affiliations.ts `reported`).
// Called by self-introductions.ts with the turn's speaker, next to self-affiliations.ts.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, type Mention, mentionsStartingIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { isMemberState } from './body-kinds.ts';
import { reported } from './self-affiliations.ts';

const I_AM = String.raw`\bI(?:['’]m|\s+am)\s+(?:(?:also|now|currently|still|actually)\s+)?`;
// "I'm a MAG member", "I am an IGF MAG member": the body between the article and "member".
const BODY_MEMBER = new RegExp(String.raw`${I_AM}(?:a|an)\s+(\S[^\n.,;:]{0,60}?)\s+member\b`, 'g');
// "I'm a member of the MAG", "I am on the Multistakeholder Advisory Group": the body right after.
const MEMBER_OF = new RegExp(String.raw`${I_AM}(?:(?:a|an)\s+member\s+of|on)\s+(?:the\s+)?`, 'g');

const isGroup = (ctx: DocContext, x: Mention): boolean =>
  (x.type === 'Organization' || x.type === 'WorkingGroup') && !isMemberState(ctx, x.id);

/** MEMBER_OF claims for `speaker` from the words of their turn, `from`–`to` in passage `p`. */
export function selfMemberships(
  ctx: DocContext,
  p: Passage,
  speaker: Mention,
  from: number,
  to: number,
): void {
  const words = p.text.slice(from, to);
  if (!/\b(?:member|on)\b/.test(words)) return;
  for (const m of matchesOf(BODY_MEMBER, words)) {
    const at = from + m.index;
    const tail = /\s+member$/.exec(m[0])!;
    const bodyStart = p.start + at + tail.index - m[1]!.length;
    const bodyEnd = bodyStart + m[1]!.length;
    // The whole of the words before "member" must be one body's name: "a MAG member", not "a long-time
    // ISOC member" (a mention shorter than the words) nor "a former MAG member" (no longer one).
    const body = mentionsStartingIn(ctx, bodyStart, bodyStart).find(
      (x) => isGroup(ctx, x) && x.start === bodyStart && x.end === bodyEnd,
    );
    if (body) claim(ctx, p, speaker, from, at, body);
  }
  for (const m of matchesOf(MEMBER_OF, words)) {
    const at = from + m.index;
    const after = p.start + at + m[0].length;
    const the = /\bthe\s+$/.exec(m[0]);
    const lo = the ? after - the[0].length : after;
    const body = mentionsStartingIn(ctx, lo, after).find(
      (x) => isGroup(ctx, x) && (x.start === after || x.start === lo),
    );
    if (!body || /^['’]s?\b/.test(ctx.doc.text.slice(body.end, body.end + 2))) continue;
    claim(ctx, p, speaker, from, at, body);
  }
}

function claim(ctx: DocContext, p: Passage, speaker: Mention, from: number, at: number, body: Mention): void {
  if (reported(p.text, from, at)) return;
  const source = sourceAt(ctx, p, p.start + at, body.end);
  addEdge(ctx, { type: 'MEMBER_OF', from: speaker.id, to: body.id, source }, 'self-memberships');
}
