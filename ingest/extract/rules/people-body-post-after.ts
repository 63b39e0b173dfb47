// A bare name between commas with its post after it, the post written after the body it is held in, as
// press releases name the officers who open a meeting: "Opening the high-level meeting, Mogens Lykketoft,
// General Assembly President, said …" (GA/11741, 15 December 2015), "John Doe, ITU Secretary-General,
// told the Assembly …". The body is the gazetteer's, written whole between the comma and the post, and a
// comma or a verb of speaking closes the post: the person AFFILIATED_WITH the body, titled by the post (a
// chair's post: CHAIRED it). Runs after people-bare-apposition, whose forms need the name to open the
// sentence or the post to come first; bare-name-guards keep places, bodies and titles out.

import { type DocContext, mentionsOverlapping } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { bodyBefore, CHAIR, postClaims } from './post-first-claims.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Posts a body's own officer holds; a looser word ("Minister", "Representative") needs its State after it.
const POST = `(?:${CHAIR}|(?:Vice-)?President|(?:Deputy )?Secretary-General|(?:Deputy )?Director-General|Executive Director|Executive Secretary|High Commissioner)`;
// The name after the start of a sentence or a comma, then ", [the] <body> <post>" and a comma or a verb.
// The tail from that comma on is a passage's test first: a search from the commas finds none in most
// passages, where the name was tried after every comma.
const BODY_POST = `,\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}&.-]*\\s+){1,6}?)(${POST})(?=,|\\s+(?:said|told|noted|stressed|added|recalled|urged|welcomed|opened|declared)\\b)`;
const NAME_BODY_POST = new RegExp(`(?:^|(?<=[.!?;]\\s)|(?<=,\\s))(${BARE_NAME})${BODY_POST}`, 'gu');
const BODY_POST_TAIL = new RegExp(BODY_POST, 'u');

const WORDS = triggerWords(['chair', 'president', 'secretary', 'director', 'commissioner']);

export function peopleBodyPostAfterRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || !BODY_POST_TAIL.test(p.text)) continue;
    for (const m of matchesOf(NAME_BODY_POST, p.text)) {
      const nameAt = p.start + m.index;
      const name = m[1]!;
      const postAt = nameAt + m[0].length - m[3]!.length;
      const bodyAt = postAt - m[2]!.length;
      // The words before the post are one body's name, all of them: "General Assembly President".
      const body = bodyBefore(ctx, postAt);
      if (!body || body.start !== bodyAt) continue;
      if (mentionsOverlapping(ctx, nameAt, nameAt + name.length).length > 0) continue;
      if (!strongBareName(ctx, name, nameAt)) continue;
      const person = addBarePerson(ctx, p, name, nameAt, 'people-bare:body-post');
      affiliationClaims(ctx, p, person.id, person.end);
      postClaims(ctx, p, person.id, m[3]!, postAt, postAt + m[3]!.length, postAt + m[3]!.length);
    }
  }
}
