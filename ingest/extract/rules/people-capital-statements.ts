// A statement's heading in capitals, as the Group of 77 heads the statements it delivers in the Main
// Committees: "STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY H.E. MR. PETER THOMSON, AMBASSADOR,
// PERMANENT REPRESENTATIVE OF FIJI TO THE UNITED NATIONS AND CHAIR OF THE GROUP OF 77, ON AGENDA ITEM 16:
// …" (g77.org, 22 October 2013). people.ts reads the name; the posts after it, which the mixed-case
// rules read in "Mr. X, Permanent Representative of Fiji …", are read here from the capitals:
//   - "[DEPUTY] PERMANENT REPRESENTATIVE OF <STATE> [TO THE UNITED NATIONS]": AFFILIATED_WITH the State;
//   - "CHAIR[MAN|PERSON] OF <BODY>": CHAIRED that body (not a State), role Chair;
//   - "PERMANENT MISSION OF THE REPUBLIC OF YEMEN TO THE UNITED NATIONS", "DELEGATION OF THE SUDAN" (the
//     Group's statements of 2010 and 2009): AFFILIATED_WITH the State, no post said. A State's formal style
//     before its short name ("REPUBLIC OF", "KINGDOM OF") is part of its name.
// Only the words right after the name, up to what the statement is about (", ON AGENDA ITEM", "(New
// York, …)"), and only a State or body the gazetteer found filling the rest of the post.

import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext, type Mention, mentionsIn } from '../context.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';

const CAPS_NAME = /^[^\p{Ll}]+$/u;
// The posts run from the name to what the statement is about.
const STOP =
  /,?\s+(?:ON|AT|IN|BEFORE|TO)\s+(?:AGENDA|THE\s+(?:SECOND|THIRD|FIRST|FOURTH|FIFTH|SIXTH)\s+COMMITTEE)\b|\(|\n/;
const REPRESENTATIVE =
  /^(?:(?:DEPUTY|ALTERNATE)\s+)?PERMANENT\s+REPRESENTATIVE\s+OF\s+(?:THE\s+)?(.+?)(?:\s+TO\s+THE\s+UNITED\s+NATIONS)?$/;
const CHAIR = /^(CHAIR(?:MAN|PERSON)?)\s+OF\s+(?:THE\s+)?(.+)$/;
const MISSION =
  /^(?:(?:PERMANENT\s+)?MISSION|DELEGATION)\s+OF\s+(?:THE\s+)?(.+?)(?:\s+TO\s+THE\s+UNITED\s+NATIONS)?$/;
const FORMAL_STYLE =
  /^(?:(?:ISLAMIC|FEDERAL|DEMOCRATIC|PEOPLE['’]S|UNITED|PLURINATIONAL|BOLIVARIAN|ARAB|SOCIALIST|COOPERATIVE|HASHEMITE)\s+)*(?:REPUBLIC|KINGDOM|STATE|SULTANATE|PRINCIPALITY|FEDERATION|COMMONWEALTH)\s+OF\s+(?:THE\s+)?$/;

interface Part {
  readonly start: number;
  readonly text: string;
}

/** The posts after the name at `end`: ", A, B AND CHAIR OF C" → A, B, CHAIR OF C, with their offsets. */
function postsAfter(text: string, end: number): Part[] {
  const tail = text.slice(end, end + 300);
  const stop = STOP.exec(tail);
  const chain = tail.slice(0, stop ? stop.index : tail.length);
  if (!/^,\s/.test(chain)) return [];
  const parts: Part[] = [];
  const sep = /,\s*|\s+AND\s+(?=CHAIR)/g;
  let from = 0;
  for (let m = sep.exec(chain); ; m = sep.exec(chain)) {
    const to = m ? m.index : chain.length;
    const words = chain.slice(from, to);
    if (words.trim())
      parts.push({ start: end + from + (words.length - words.trimStart().length), text: words.trim() });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return parts;
}

/** The gazetteer organisation filling `words` at `start` (the named group of a post), if any. */
function filling(ctx: DocContext, start: number, words: string): Mention | undefined {
  const end = start + words.length;
  return mentionsIn(ctx, start, end, 'Organization').find(
    (m) =>
      m.end === end &&
      (m.start === start || FORMAL_STYLE.test(ctx.doc.text.slice(start, Math.max(start, m.start)))),
  );
}

export function peopleCapitalStatementsRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const who of ctx.mentions) {
    if (who.type !== 'Person' || !CAPS_NAME.test(who.surface) || !/\p{Lu}/u.test(who.surface)) continue;
    for (const part of postsAfter(text, who.end)) {
      const mission = MISSION.exec(part.text);
      const rep = REPRESENTATIVE.exec(part.text) ?? mission;
      const chair = rep ? null : CHAIR.exec(part.text);
      const named = rep?.[1] ?? chair?.[2];
      if (!named) continue;
      const at = part.start + part.text.lastIndexOf(named);
      const org = filling(ctx, at, named);
      const entry = org && ctx.gazetteer.byId.get(org.id);
      if (!org || !entry) continue;
      const isState = entry.kind === 'member-state';
      if (rep ? !isState : isState) continue;
      const source = {
        document: ctx.info.id,
        locator: who.passage.locator,
        quote: text.slice(who.start, at + named.length),
      };
      addNode(ctx, entryNode(entry, source), 'people-capital-statements');
      if (chair) addChaired(ctx, who.id, org.id, 'Chair', source, 'people-capital-statements');
      else {
        const title = mission
          ? undefined
          : part.text.startsWith('DEPUTY')
            ? 'Deputy Permanent Representative'
            : part.text.startsWith('ALTERNATE')
              ? 'Alternate Permanent Representative'
              : 'Permanent Representative';
        addEdge(
          ctx,
          { type: 'AFFILIATED_WITH', from: who.id, to: org.id, properties: props({ title }), source },
          'people-capital-statements',
        );
      }
    }
  }
}
