// "UNESCO was represented by Ana Example, Director of …", "The United Nations Department of Economic and Social
// Affairs was represented by Jan Example and Eva Sample." (attendance paragraphs of meeting reports: IGF MAG
// summaries, CSTD panels, ITU working groups): the people after "represented by" represent the body named right
// before it, with or without an honorific. The shape licenses a bare name here: a known body as the subject,
// "was/were represented by", then capitalised words ending where the sentence or the list goes on. Not a post
// ("represented by Director-General A", "by its Director"), a State or a body ("represented by Brazil"), a
// body's unnamed stand-in ("The Host Country was represented by …": no body named). Runs after people-known.ts
// and org-names.ts, so names and bodies found elsewhere are mentions already.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { addBarePerson } from './bare-person.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['represented by']);
const VERB = /[^\S\n]+(?:was|were|is|are|will\s+be)[^\S\n]+represented[^\S\n]+by[^\S\n]+/g;
const WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const PARTICLE = '(?:da|das|de|del|dos|du|van|von|der|den|bin|al|el|di|la|le)';
const HON = '(?:(?:H\\.\\s?E\\.\\s+)?(?:Mr|Ms|Mrs|Mx|Dr|Prof)\\.?\\s+|Ambassador\\s+|Professor\\s+)?';
// One name: two to four capitalised words, ended by a stop, a bracket, "and" or a comma.
const NAME = new RegExp(
  `^${HON}(${WORD}(?:[^\\S\\n]+(?:${PARTICLE}[^\\S\\n]+)?${WORD}){1,3})(?=[,.;:()]|[^\\S\\n]+(?:and|who|as)\\b|\\s*$)`,
  'u',
);
// A post, not a name: "represented by Director-General Jan Example", "by Deputy Minister …".
const POST =
  /^(?:Director|Deputy|Minister|Secretary|Under-Secretary|Assistant|Chief|Head|President|Vice|Chair|Ambassador|Permanent|Senior|Executive|Special|Acting|Representative|Counsellor|Officer|Mission|Government|Delegation|Ministry)\b/;
// A body's head word: "represented by Sampleton University" names a body org-names.ts did not find, no one.
const BODY_WORD =
  /\b(?:University|Institute|Foundation|Council|Commission|Committee|Association|Group|Society|Centre|Center|Office|Department|Agency|Bank|Union|Organization|Organisation|Forum|Network|Alliance|Federation|Company|Corporation|Inc|Ltd|Team|Unit|Division|Secretariat|Republic|Kingdom|States|Islands)\b/;
const AND = /^(?:,\s*and|,|\s+and)\s+/;

export function representedByRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const v of matchesOf(VERB, p.text)) {
      const verbAt = p.start + v.index;
      // The subject: a body named right before the verb ("UNESCO was represented by"), no State's stand-in.
      const body = mentionsIn(ctx, Math.max(p.start, verbAt - 120), verbAt, 'Organization')
        .filter((m) => m.end === verbAt)
        .pop();
      if (!body) continue;
      let at = verbAt + v[0].length;
      for (let k = 0; k < 4; k++) {
        const person = personAt(ctx, p, at);
        if (!person) break;
        addEdge(
          ctx,
          {
            type: 'AFFILIATED_WITH',
            from: person.id,
            to: body.id,
            source: sourceAt(ctx, p, body.start, person.end),
          },
          'represented-by',
        );
        const more = AND.exec(text.slice(person.end, person.end + 8));
        if (!more) break;
        at = person.end + more[0].length;
      }
    }
  }
}

/** The person named at `at`: a mention already found, else a bare name the shape licenses (made a Person). */
function personAt(
  ctx: DocContext,
  p: Parameters<typeof sourceAt>[1],
  at: number,
): { id: string; end: number } | undefined {
  const known = mentionsIn(ctx, at, Math.min(p.end, at + 80)).find((m) => m.start <= at + 16);
  if (known?.type === 'Person') return { id: known.id, end: known.end };
  if (known && known.start === at) return undefined;
  const rest = ctx.doc.text.slice(at, Math.min(p.end, at + 80));
  const m = NAME.exec(rest);
  if (!m || POST.test(m[1]!) || BODY_WORD.test(m[1]!)) return undefined;
  const start = at + m[0].length - m[1]!.length;
  const end = at + m[0].length;
  // A body or a State inside the words is no name ("represented by Brazil and Chile").
  if (mentionsIn(ctx, start, end).some((x) => x.type !== 'Person')) return undefined;
  const { id } = addBarePerson(ctx, p, m[1]!, start, 'represented-by', undefined, at);
  affiliationClaims(ctx, p, id, end);
  return { id, end };
}
