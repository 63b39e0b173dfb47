// A post named before its holder (titled-people.ts): "Permanent Representative of Sweden Anna Karin
// Enestrom"; the holder is AFFILIATED_WITH the post's body.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsOverlapping, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { HEADLINE_WORD, NAME, person, taken, WORD } from './titled-people-names.ts';

// The post of a country or body before the name: "Permanent Representative of Sweden Anna Karin Enestrom",
// "Executive Director of the United Nations Children’s Fund (UNICEF) Catherine Russell" (a list of briefers
// named after their posts, a Council President's press conference).
// Bulletins put an acronym in brackets after the post or the body, a dash and an honorific before the name:
// "the Permanent Representative (PR) of Kenya – H.E. Mr. John Roe", "the Secretary-General (SG) of the
// World Example Organization (WEO) Ms. Jane Roe" (a civil-society bulletin on an intergovernmental process).
// A deputy's or an assistant's post is theirs whole: "the Deputy Director-General of UNESCO Mr Engida" (a UNESCO
// news item on a CSTD session) is a Deputy Director-General, not UNESCO's Director-General.
const POST_OF =
  /\b(Permanent Representative|Ambassador|Minister(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?|(?:Deputy |Assistant )?(?:Secretary-General|Director-General)|Executive Director|President)\s+(?:\([A-Z]{2,6}\)\s+)?of\s+(?:the\s+)?/g;
// The honorific may go without its full stop ("UNESCO Mr Engida"), and no name opens on one: the holder is
// then the surname alone, kept only where people.ts read the honorific and the name as a person.
const HONORIFIC = '(?:Mr|Ms|Mrs|Mx|Dr|Prof)';
const NAME_AFTER = new RegExp(
  `^(?:\\s+\\([A-Z]{2,8}\\))?(?:\\s+[–—-])?\\s+(?:(?:H\\.\\s?E\\.\\s+)?${HONORIFIC}\\.?\\s+)?(?!${HONORIFIC}\\b)(${NAME}|${WORD})(?=[\\s,.;:)]|$)(?!\\s+\\p{Lu})`,
  'u',
);

/** The holders of the posts named before them in `p`; returns where those posts start. */
export function postsOfBefore(ctx: DocContext, p: Passage): Set<number> {
  const postsBefore = new Set<number>();
  for (const m of matchesOf(POST_OF, p.text)) {
    const bodyAt = p.start + m.index + m[0].length;
    const body = mentionsOverlapping(ctx, bodyAt, bodyAt + 1)
      .filter((x) => x.type === 'Organization' && x.start === bodyAt)
      .sort((a, b) => b.end - a.end)[0];
    if (!body) continue;
    const n = NAME_AFTER.exec(ctx.doc.text.slice(body.end, Math.min(p.end, body.end + 80)));
    if (!n || HEADLINE_WORD.test(n[1]!)) continue;
    const nameAt = body.end + n[0].length - n[1]!.length;
    const nameEnd = nameAt + n[1]!.length;
    // A name with its honorific is the person people.ts read: the post is still theirs.
    const named = mentionsOverlapping(ctx, nameAt, nameEnd).find(
      (x) => x.type === 'Person' && x.end === nameEnd && n[0].length > n[1]!.length + 1,
    );
    if (!named && taken(ctx, nameAt, nameEnd)) continue;
    // A surname alone is a holder only as the person its honorific made ("Mr Engida").
    if (!named && !/\s/.test(n[1]!)) continue;
    const id = named?.id ?? person(ctx, p, n[1]!, p.start + m.index, nameEnd);
    postsBefore.add(p.start + m.index);
    addEdge(
      ctx,
      {
        type: 'AFFILIATED_WITH',
        from: id,
        to: body.id,
        properties: props({ title: m[1] }),
        source: sourceAt(ctx, p, p.start + m.index, nameEnd),
      },
      'titled-people:of',
    );
  }
  return postsBefore;
}
