// The conference that adopted an ITU resolution text: its opening line names it with place and year, "The
// Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010)," or "The
// World Telecommunication Development Conference (Hyderabad, 2010)," (the Final Acts and the conference
// reports print every resolution so). meetings-conference-places.ts has made that edition a Meeting; the
// resolution is its outcome (PRODUCED), as the Union's. Only a Meeting whose words start the line counts: a
// line naming a conference with no place and year ("The Plenipotentiary Conference of the …,") has none.

import { type DocContext, mentionsStartingIn } from '../context.ts';

/** The Meeting named at the start of the adopting line [from, to), if any. */
export function adoptingConference(ctx: DocContext, from: number, to: number): string | undefined {
  // "The " opens the line; the meeting's words start after it.
  const lead = /^The\s+/.exec(ctx.doc.text.slice(from, to))?.[0].length ?? 0;
  return mentionsStartingIn(ctx, from + lead, from + lead).find((m) => m.type === 'Meeting' && m.end <= to)
    ?.id;
}
