// A person named by a body's chair post, with no honorific: "The summary from CSTD 19 Chair Peter Major
// (Hungary) reflects discussions at a ministerial roundtable" (IISD on the Commission's nineteenth session,
// 2016), "MAG Chair Jane Roe opened the meeting". The body the gazetteer knows stands right before the post,
// a session's number may sit between them: the person chaired that session of the body when the text
// names it ("the 19th session of the … Commission"), else the body itself when no number is given.
// The Member State in brackets after the name is the one the person represents (affiliation-bracket.ts).

import { type DocContext, type Mention, mentionsOverlapping, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { bracketAffiliation } from './affiliation-bracket.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const LETTERS = "(?:\\p{Ll}|['’](?!s\\b)(?=\\p{Ll}))+";
const WORD = `\\p{Lu}${LETTERS}(?:-\\p{Lu}?${LETTERS})?`;
// The post (a session's number before it), then a name of two or three words that ends before a bracket,
// punctuation or a lower-case word: not "CSTD Chair Report" over a heading, nor a run of title-case words.
const POST = new RegExp(
  `^\\s+(?:(\\d{1,3})\\s+)?(Vice-Chair|Co-Chair|Chair(?:man|person)?)\\s+(${WORD}(?:\\s+${WORD}){1,2})(?=\\s*\\(|[,.;:]|\\s+\\p{Ll}|$)`,
  'u',
);
// Words no personal name holds: a body's, a gathering's or a document's.
const NOT_NAME =
  /\b(?:Report|Summary|Statement|Session|Meeting|Office|Group|Committee|Commission|Council|Forum|Panel|Secretariat|Bureau|Conference|Summit|Declaration|Agenda|Elect|Emeritus)\b/;
const CHAIR_WORDS = triggerWords(['chair']);

export function peopleBodyChairsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, CHAIR_WORDS)) continue;
    for (const m of matchesOf(/\b(?:Vice-|Co-)?Chair/g, p.text)) {
      const at = p.start + m.index;
      const body = bodyBefore(ctx, p.start, at);
      if (!body) continue;
      const post = POST.exec(ctx.doc.text.slice(body.end, Math.min(p.end, body.end + 90)));
      if (!post || body.end + post[0].indexOf(post[2]!) !== at) continue;
      const name = post[3]!;
      const nameEnd = body.end + post[0].length;
      const nameAt = nameEnd - name.length;
      if (NOT_NAME.test(name) || mentionsOverlapping(ctx, nameAt, nameEnd).length > 0) continue;
      const target = post[1] ? sessionOf(ctx, body.id, Number(post[1])) : body.id;
      if (!target) continue;
      const { id } = addBarePerson(ctx, p, name, nameAt, 'people-body-chairs', undefined, body.start);
      const source = sourceAt(ctx, p, body.start, nameEnd);
      addChaired(ctx, id, target, roleName(post[2]!), source, 'people-body-chairs');
      bracketAffiliation(ctx, p, id, nameEnd);
    }
  }
}

/** The body the gazetteer knows ending right before the post (one space, or a session's number, between). */
function bodyBefore(ctx: DocContext, from: number, at: number): Mention | undefined {
  const lead = /(?:\s+\d{1,3})?\s+$/.exec(ctx.doc.text.slice(Math.max(from, at - 8), at));
  if (!lead) return undefined;
  const end = at - lead[0].length;
  return mentionsOverlapping(ctx, end - 1, end).find(
    (x) => x.type === 'Organization' && x.end === end && !isMemberState(ctx, x.id),
  );
}

/** The session numbered `n` of the body, as the text names it (a Meeting claim with that ordinal and name). */
function sessionOf(ctx: DocContext, body: string, n: number): string | undefined {
  const entry = ctx.gazetteer.byId.get(body);
  if (!entry) return undefined;
  return ctx.claims.nodes.find(
    (c) => c.type === 'Meeting' && c.properties?.ordinal === n && c.name.includes(entry.name),
  )?.id;
}
