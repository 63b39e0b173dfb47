// A post and its holder side by side, as UN notices name ex-officio members:
//   "Mr. Tom Example, the Multistakeholder Advisory Group Chair" (CHAIRED);
//   "the Secretary-General's Envoy on Technology, Mr. Ana Example", "the
//   position of Envoy on Technology has been held by Mr. Ana Example"
//   (AFFILIATED_WITH the office, titled by the post: the gazetteer names the
//   Office of the Envoy on Technology, the text names the post);
//   "Mr. Jon Sample of Poland, the 2021 host country" (AFFILIATED_WITH the State);
//   "the President of the General Assembly, Mr. Jon Sample" (AFFILIATED_WITH the body, titled by the post);
//   "Ms Josephine Miliza (IGF MAG member)", "Ms. X, member of the MAG" (MEMBER_OF: the authors of the
//   IGF 2024 Best Practice Forum on Cybersecurity report); not a "former MAG member".
// Runs after titled-people (rule-order.ts RULES), once the people are known.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  sourceAt,
} from '../context.ts';
import { isMemberState } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { postAfterBody } from './post-after-body.ts';
import { postOfNameBefore } from './post-of-name-before.ts';
import { roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// The posts of post-after-body.ts too: "United Nations Under-Secretary-General for …, Mr. X".
const WORDS = triggerWords([
  ' chair',
  'envoy',
  ' of ',
  'member',
  'secretary-general',
  'secretary general',
  'director-general',
  'executive',
  'commissioner',
  'adviser',
]);
// Between the person and the body, and after the body: "(IGF MAG member)", ", member of the MAG".
// "Ms. Marilyn Cade, MAG Member and the NRIs Substantive Coordinator" (an NRI meeting summary): the body then
// "Member" after the comma; never a State's "Member States".
const MEMBER_BEFORE = /^(?:\s*\((?:[A-Z][\w-]*\s+)?|,\s+(?:a\s+)?member\s+of\s+(?:the\s+)?|,\s+)$/;
const MEMBER_AFTER = /^\s+[Mm]ember\b(?!\s+[Ss]tates?\b)/;
const CHAIR_AFTER = /^,\s+(?:the\s+)?$/;
const ROLE_AFTER = /^\s+((?:Vice[- ]|Co-)?Chair(?:man|person|woman)?)\b/;
const HELD_BY = /\b(?:has been|was|is)\s+held\s+by\s+$/;

/** The office a post names: "Envoy on Technology" written for the gazetteer's "Office of … Envoy on Technology". */
function postOf(ctx: DocContext, m: Mention): string | undefined {
  const e = ctx.gazetteer.byId.get(m.id);
  if (e?.type !== 'Organization' || !/^Office of\b/.test(e.name) || /^Office\b/.test(m.surface))
    return undefined;
  return m.surface.replace(/^(?:the\s+)?Secretary-General[’']s\s+/, '');
}

export function postAppositionRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    // In the order of the text (mentionsIn reads the index sorted by offset).
    const ms = mentionsIn(ctx, p.start, p.end);
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1];
      if (!b) break;
      const between = ctx.doc.text.slice(a.end, b.start);
      // "Mr. X, the Multistakeholder Advisory Group Chair"
      if (
        a.type === 'Person' &&
        b.type === 'Organization' &&
        CHAIR_AFTER.test(between) &&
        !isMemberState(ctx, b.id)
      ) {
        const role = ROLE_AFTER.exec(ctx.doc.text.slice(b.end, b.end + 20));
        if (role)
          addChaired(
            ctx,
            a.id,
            b.id,
            roleName(role[1]!),
            sourceAt(ctx, p, a.start, b.end + role[0].length),
            'post-apposition:chair',
          );
      }
      // "Mr. X of Poland," / "Mr. X of Poland and …" / "Ambassador X of Switzerland was elected …": the State
      // the person comes from.
      if (
        a.type === 'Person' &&
        isMemberState(ctx, b.id) &&
        /^\s+of\s+(?:the\s+)?$/.test(between) &&
        /^(?:\s*[,;.)]|\s+(?:and|as|who|to|for|was|is)\b|\s*$)/.test(ctx.doc.text.slice(b.end, b.end + 6))
      )
        addEdge(
          ctx,
          { type: 'AFFILIATED_WITH', from: a.id, to: b.id, source: sourceAt(ctx, p, a.start, b.end) },
          'post-apposition:of-state',
        );
      if (a.type === 'Person') member(ctx, p, a, ms.slice(i + 1, i + 3));
      if (a.type === 'Organization' && b.type === 'Person' && /^,\s*$/.test(between))
        postBefore(ctx, p, a, b);
      postAfterBody(ctx, p, a, b);
      // "the Secretary-General's Envoy on Technology, Mr. X"; "the position of Envoy … has been held by Mr. X".
      const post = a.type === 'Organization' ? postOf(ctx, a) : undefined;
      if (post && b.type === 'Person' && (/^,\s*$/.test(between) || HELD_BY.test(between)))
        addEdge(
          ctx,
          {
            type: 'AFFILIATED_WITH',
            from: b.id,
            to: a.id,
            properties: props({ title: post }),
            source: sourceAt(ctx, p, a.start, b.end),
          },
          'post-apposition:office',
        );
    }
  }
}

// "the President of the General Assembly, Mr. Philemon Yang, underscored …" (UN News, WSIS+20
// co-facilitators): the post of a body or a State, then its holder between commas. Chair-type posts are
// the chair rules' (rules/chair-titles.ts). The body's session may stand between ("the president of the 79th UN
// General Assembly, Philemon Yang, nominated …", "the President of the seventy-ninth session of the General
// Assembly, X"): the post is the body's; "president" is the one post taken in lower case.
const POST_OF_BODY =
  /\b([Pp]resident|Vice-President|(?:Deputy |Assistant |Under-)?Secretary[- ]General|(?:Deputy )?Director-General|Executive Secretary|Executive Director|Director|Head|High Commissioner|Administrator|(?:Special )?Rapporteur|Permanent Representative|Ambassador)\s+of\s+(?:the\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))\s+(?:session\s+of\s+(?:the\s+)?)?)?(?:UN\s+|United\s+Nations\s+)?$/;

function postBefore(ctx: DocContext, p: Passage, a: Mention, b: Mention): void {
  const post = POST_OF_BODY.exec(ctx.doc.text.slice(Math.max(p.start, a.start - 60), a.start));
  if (!post) return;
  // "Ms. X, Secretary-General of the ITU,\nMs. Y, Director …" (a list of addressees, the CSTD 26th session's
  // opening statement): a post that follows a name and a comma is that name's, not the next one's.
  const postAt = a.start - post[0].length;
  const named = lastMentionBefore(ctx, postAt, (m) => m.type === 'Person', p.start);
  if (named && postOfNameBefore(ctx.doc.text.slice(named.end, postAt))) return;
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: b.id,
      to: a.id,
      // "Secretary General" without its hyphen (q109) is titled as written with it.
      properties: props({
        title: (post[1]![0]!.toUpperCase() + post[1]!.slice(1)).replace(
          'Secretary General',
          'Secretary-General',
        ),
      }),
      source: sourceAt(ctx, p, postAt, b.end),
    },
    'post-apposition:post-of',
  );
}

/** "Ms X (IGF MAG member)", "Ms X, member of the MAG": one of the next two mentions is the body. */
function member(ctx: DocContext, p: Passage, a: Mention, next: readonly Mention[]): void {
  for (const b of next) {
    if (b.type !== 'Organization' || isMemberState(ctx, b.id)) continue;
    const between = ctx.doc.text.slice(a.end, b.start);
    const paren = between.trimStart().startsWith('(');
    const after = paren || /^,\s+$/.test(between);
    if (!MEMBER_BEFORE.test(between) || (after && !MEMBER_AFTER.test(ctx.doc.text.slice(b.end, b.end + 16))))
      continue;
    const end = after ? b.end + ctx.doc.text.slice(b.end).search(/[Mm]ember/) + 6 : b.end;
    addEdge(
      ctx,
      { type: 'MEMBER_OF', from: a.id, to: b.id, source: sourceAt(ctx, p, a.start, end) },
      'post-apposition:member',
    );
    return;
  }
}
