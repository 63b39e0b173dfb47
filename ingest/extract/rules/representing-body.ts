// A person "representing" a body (MODEL.md AFFILIATED_WITH), the way meeting summaries say who stood for the
// secretariat or an organisation: "The meeting was facilitated by A and B, with Eleonora Example representing
// the IGF Secretariat" (a Dynamic Coalition Coordination Group summary report, IGF 2018), "Ms. Ana Example,
// representing the IGF Secretariat, opened the meeting". The reverse of represented-by.ts ("UNESCO was
// represented by …"). A person already read (an honorific, a known person) right before the participle; a
// name without honorific only where the shape licenses it: after "with" ("with X representing the Y"),
// passing bare-name-guards.ts. The body is the mention right after "representing (the)": an Organization,
// a Member State included (a delegate representing Kenya is affiliated with it, as delegations.ts has it).
// "representing" followed by anything else ("representing a third of all users") says nothing.

import {
  addEdge,
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsStartingIn,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['representing']);
const PARTICIPLE = /,?[^\S\n]+representing[^\S\n]+(?:the[^\S\n]+)?/g;
const BARE_BEFORE = new RegExp(`\\bwith[^\\S\\n]+(${BARE_NAME})$`, 'u');

export function representingBodyRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(PARTICIPLE, p.text)) {
      const at = p.start + m.index;
      const after = at + m[0].length;
      const the = /the[^\S\n]+$/.exec(m[0]);
      const lo = the ? after - the[0].length : after;
      const body = mentionsStartingIn(ctx, lo, after).find(
        (x) => x.type === 'Organization' && (x.start === after || x.start === lo),
      );
      if (!body) continue;
      const person = personBefore(ctx, p, at);
      if (!person) continue;
      addEdge(
        ctx,
        {
          type: 'AFFILIATED_WITH',
          from: person.id,
          to: body.id,
          source: sourceAt(ctx, p, person.start, body.end),
        },
        'representing-body',
      );
    }
  }
}

/** The person whose name ends right at `at`: a mention already read, else a bare name after "with". */
function personBefore(ctx: DocContext, p: Parameters<typeof sourceAt>[1], at: number): Mention | undefined {
  const known = mentionsIn(ctx, Math.max(p.start, at - 80), at, 'Person').find((x) => x.end === at);
  if (known) return known;
  const before = ctx.doc.text.slice(Math.max(p.start, at - 60), at);
  const m = BARE_BEFORE.exec(before);
  if (!m) return undefined;
  const name = m[1]!;
  const start = at - name.length;
  if (!strongBareName(ctx, name, start)) return undefined;
  return addBarePerson(ctx, p, name, start, 'representing-body');
}
