// A letter signed by a chair: the name alone on its line, the chair's post on the next, as the WGEC Chair
// signed the notice of the group's second meeting ("Sincerely yours," / "Peter Major" / "Chair of WGEC",
// CSTD page, November 2013). The post line names the group or body whole, to the end of the line: CHAIRED,
// its role from the post (Chair, Vice-Chair, Co-Chair, Acting Chair). people-post-lines.ts reads the name;
// a post line naming something after the body ("Chair of WGEC and Ambassador of …") is left to the
// affiliation chains, and a body not known here gives nothing.

import { type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { isMemberState } from './body-kinds.ts';
import { CHAIR_POST } from './chair-titles.ts';
import { addChaired } from './chaired-claim.ts';
import { isBody, roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const POST_LINE = new RegExp(String.raw`\n[ \t]*(${CHAIR_POST})[ \t]+of[ \t]+(?:the[ \t]+)?`, 'g');

// The word both cases below hold, in any case (trigger-words.ts): bit tests before reads of the passage.
const CHAIR_WORDS = triggerWords(['chair']);

export function chairSignatureRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, CHAIR_WORDS)) continue;
    if (!p.text.includes('\n') || (!p.text.includes('Chair') && !p.text.includes('Co-chair'))) continue;
    for (const m of matchesOf(POST_LINE, p.text)) {
      const lineStart = p.start + m.index;
      const at = lineStart + m[0].length;
      // The name fills the line above, an honorific aside.
      const above = text.lastIndexOf('\n', lineStart - 1) + 1;
      const who = mentionsStartingIn(ctx, above, above + 12).find(
        (x) =>
          x.type === 'Person' &&
          x.end <= lineStart &&
          /^\s*$/.test(text.slice(x.end, lineStart)) &&
          /^\s*(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+)?$/.test(text.slice(above, x.start)),
      );
      if (!who) continue;
      const lineEnd = text.indexOf('\n', at);
      const end = lineEnd < 0 ? p.end : Math.min(lineEnd, p.end);
      const body = mentionsStartingIn(ctx, at, at).find(
        (x) => isBody(x) && x.type !== 'Meeting' && /^[\s.,;]*$/.test(text.slice(x.end, end)),
      );
      if (!body || isMemberState(ctx, body.id)) continue;
      const source = sourceAt(ctx, p, who.start, body.end);
      addChaired(ctx, who.id, body.id, roleName(m[1]!), source, 'chair-signature');
    }
  }
}
