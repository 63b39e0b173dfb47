// A masthead in capitals: the speaker's name on its own line, the post on the
// next one, as DESA's messages to the IGF MAG are headed ("MR. LIU ZHENMIN" /
// "UNDER-SECRETARY-GENERAL FOR ECONOMIC AND SOCIAL AFFAIRS"). people.ts reads
// the name (people:capitals); here the post line gives AFFILIATED_WITH, titled
// by the post in its usual case, when it names the body:
//   - "UNDER-SECRETARY-GENERAL FOR <X>": the Secretariat's Under- and Assistant
//     Secretaries-General for <X> head its Department of <X> (ST/SGB/2019/2
//     ff., each department's bulletin); only a department the gazetteer knows
//     by that whole name counts;
//   - "<POST> OF <BODY>": the body the gazetteer knows by the whole rest.
// A post line that names no known body gives nothing: a title alone is no fact.

import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext } from '../context.ts';
import { entryNode } from './gazetteer-mentions.ts';

const POST =
  /^(?:(?:UNDER-|ASSISTANT |DEPUTY )?SECRETARY-GENERAL|(?:DEPUTY |ASSISTANT )?DIRECTOR-GENERAL|EXECUTIVE (?:DIRECTOR|SECRETARY)|HIGH COMMISSIONER|(?:SPECIAL )?ENVOY|PRESIDENT|CHAIR(?:MAN|PERSON)?)\b/;
// A line of capitals: no lower-case letter, a few words at most.
const CAPITALS = /^[^\p{Ll}\n]{6,120}$/u;
const SMALL = new Set(['for', 'of', 'and', 'the', 'on', 'in', 'to']);

/** "UNDER-SECRETARY-GENERAL FOR ECONOMIC AND SOCIAL AFFAIRS" → "Under-Secretary-General for Economic and Social Affairs". */
export function postCase(line: string): string {
  return line
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && SMALL.has(w)
        ? w
        : w.replace(/(^|-)(\p{Ll})/gu, (_, d: string, c: string) => d + c.toUpperCase()),
    )
    .join(' ');
}

/** The known body `name` names whole, if any. */
export function wholeBody(ctx: DocContext, name: string) {
  return ctx.gazetteer
    .match(name)
    .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end === name.length);
}

export function peopleCapitalPostsRule(ctx: DocContext): void {
  const ps = ctx.passages;
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    const name = p.text.trim();
    if (name.length > 60 || !CAPITALS.test(name)) continue;
    // The name's passage is the name alone.
    const who = ctx.mentions.find((m) => m.type === 'Person' && m.passage === p && m.surface.trim() === name);
    if (!who) continue;
    const next = ps[i + 1]!;
    const line = next.text.trim();
    if (!CAPITALS.test(line) || !POST.test(line)) continue;
    const dept = /^(?:Under-|Assistant )Secretary-General for (.+)$/.exec(postCase(line));
    // "<POST> OF <BODY>": the body as written ("UNESCO") or in its usual case.
    const of = /^(.+?) OF (?:THE )?(.+)$/.exec(line);
    const title = postCase(of && !dept ? of[1]! : line);
    const body = dept
      ? wholeBody(ctx, `Department of ${dept[1]}`)
      : of
        ? (wholeBody(ctx, of[2]!) ??
          wholeBody(
            ctx,
            postCase(of[2]!).replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
          ))
        : undefined;
    if (!body || body.entry.kind === 'member-state') continue;
    // The quote runs from the name to the post line, as written.
    const lineAt = next.start + next.text.indexOf(line);
    const source = {
      document: ctx.info.id,
      locator: p.locator,
      quote: ctx.doc.text.slice(who.start, lineAt + line.length),
    };
    addNode(ctx, entryNode(body.entry, source), 'people-capital-posts');
    addEdge(
      ctx,
      { type: 'AFFILIATED_WITH', from: who.id, to: body.entry.id, properties: props({ title }), source },
      'people-capital-posts',
    );
  }
}
