// A bulleted list of who took part, one person a line as "<Name>, <Post>, <Body>", the way event pages
// list a session's speakers without honorifics (an IGF session page: "• Paul Mitchell, Chair, IGF MAG",
// "• Chengetai Masango, Head, IGF Secretariat", "• Jane Roe, Director & CEO, Example Ltd"). The name
// becomes a Person and the chain after it is read as any other affiliation chain (affiliation-claims.ts),
// so a "Chair" post gives CHAIRED and a body AFFILIATED_WITH. Precision guards: the line opens with a
// bullet, the second segment opens with a post word, a third segment follows, and the name passes
// bare-name-guards.ts (no place, body, event or gazetteer name). A bullet of topics ("• Access, Equity,
// Inclusion") opens with no post and is left alone.

import { type DocContext, mentionsOverlapping, passageAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';

const POST_WORD =
  '(?:(?:Senior|Deputy|Assistant|Special|Chief|Executive|Managing|Vice|Co-|Under-)[ -]?)?(?:Chair(?:man|person|woman)?|Head|Director(?:-General)?|Adviser|Advisor|Minister|Secretary(?:-General)?|President|Founder|Coordinator|Co-?ordinator|Officer|Manager|Professor|Rapporteur|Facilitator|Ambassador|Envoy|Representative|Member|CEO|Lead|Partner|Researcher|Fellow|MP|Senator)';
const LINE = new RegExp(
  `^[^\\S\\n]*[•·▪‣*-][^\\S\\n]+(${BARE_NAME}),[^\\S\\n]+${POST_WORD}\\b[^,\\n]{0,60},[^\\S\\n]+\\S[^\\n]*$`,
  'gmu',
);

export function peopleBulletPostsRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  // Cheap gate: a bullet at a line's start followed by a comma on that line.
  if (!/^[^\S\n]*[•·▪‣*-][^\S\n]+\S[^\n]*,/m.test(text)) return;
  for (const m of matchesOf(LINE, text)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    const p = passageAt(ctx, start);
    if (!p || !strongBareName(ctx, name, start)) continue;
    // A name an earlier rule already read (an honorific, a known person) stays its.
    if (mentionsOverlapping(ctx, start, start + name.length).some((x) => x.type === 'Person')) continue;
    const person = addBarePerson(ctx, p, name, start, 'people-bullet-posts');
    affiliationClaims(ctx, p, person.id, person.end);
  }
}
