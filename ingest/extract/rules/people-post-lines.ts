// A bare name written alone on its line, its post on the line beside it, as
// statements and web pages lay out who speaks or who is the contact:
//   (a) a signature block opening a passage, the post on the next line: the
//       US Mission's explanation of position "Jason Lawrence / U.S. Adviser
//       for the Second Committee / New York, New York";
//   (b) a form's label line "Name of <post>", the name on the next line,
//       perhaps its post after a comma: the IGF page on regional initiatives
//       "Name of Coordinator / Lillian Nalwoga, African IGF MAG Chair".
// The post line's chain is read only when it names organisations an earlier
// rule knows, and nothing else (postLineNamesBody); otherwise only the Person
// ("U.S." is no alias of the State, "African IGF MAG" no body of it). A line of two or three capitalised words is also a heading, a place
// or a body ("New York, New York", "Regional IGF Initiatives"), so the name
// must pass bare-name-guards.ts and the post line must open with a post.

import { type DocContext, mentionsOverlapping, passageAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';

// The posts a signature or contact line opens with.
const POST =
  '(?:(?:Senior |Deputy |Assistant |Special |Legal |Political |Chief |Executive )?(?:Adviser|Advisor|Counsel(?:l?or)?|Coordinator|Director|Secretary|Representative|Ambassador|Minister|Delegate|Officer|Attaché|Chair(?:man|person|woman)?|Co-Chair|Vice-Chair|President|Rapporteur|Facilitator|Co-Facilitator|Focal Point|Head|Conv[eo]ner))';
// (a) The name alone on the first line of a passage; the next line: perhaps a State's short form
// ("U.S.", "UK") or adjective, then the post, then "for"/"of"/"to"/"," or its end.
const SIGNATURE = new RegExp(
  `^(${BARE_NAME})[ \\t]*\\n(?:[A-Z](?:\\.?[A-Z])+\\.?[ \\t]+|\\p{Lu}\\p{Ll}+[ \\t]+)?${POST}(?:[ \\t]+(?:for|of|to|on)[ \\t]|[ \\t]*,|[ \\t]*$)`,
  'gmu',
);
// (b) "Name of Coordinator" (or of the Chair, of the contact person), the name on the next line.
const LABEL = new RegExp(
  `^Name of (?:the )?(?:${POST}|[Cc]ontact(?: [Pp]erson)?|[Ff]ocal [Pp]oint)[ \\t]*:?[ \\t]*\\n(${BARE_NAME})[ \\t]*(?:,[^\\n]*)?$`,
  'gmu',
);

// (c) A caption or contact line, the whole line: the name, a comma, the post, a comma and what it is the post
// of ("Mary Uduma, Convener, NIGF" under a photo in a news item on the Nigeria IGF 2014), a name's words to the
// line's end: a sentence's clause ("Ada Example, Convener, said the forum …") is none.
const BODY_WORD = "(?:\\p{Lu}[\\p{L}\\d.&’'-]*|of|for|and|the|on|in|&)";
const CAPTION = new RegExp(
  `^(${BARE_NAME}),[ \\t]+${POST}[ \\t]*,[ \\t]*\\p{Lu}[\\p{L}\\d.&’'-]*(?:[ \\t]+${BODY_WORD}){0,10}[ \\t]*$`,
  'gmu',
);

/** The Person of a name at `start` when the guards let it be one. */
function read(
  ctx: DocContext,
  name: string,
  start: number,
  rule: string,
  chain = false,
  sameLine = false,
): void {
  const p = passageAt(ctx, start);
  if (!p || !strongBareName(ctx, name, start)) return;
  const person = addBarePerson(ctx, p, name, start, rule);
  if (chain && postLineNamesBody(ctx, person.end, sameLine)) affiliationClaims(ctx, p, person.id, person.end);
}

// A post line naming an organisation an earlier rule knows ("Joachim Ruecker / President, United Nations Human
// Rights Council, UNHRC", a news page's byline) is read as a chain: AFFILIATED_WITH with the post as title.
// A line naming a group or no known body ("Chair of WGEC", "U.S. Adviser for the Second Committee") is not:
// the chain would make an organisation of the group's acronym.
function postLineNamesBody(ctx: DocContext, nameEnd: number, sameLine = false): boolean {
  const text = ctx.doc.text;
  const lineStart = sameLine ? nameEnd : text.indexOf('\n', nameEnd) + 1;
  if (lineStart === 0) return false;
  const lineEnd = text.indexOf('\n', lineStart);
  const found = mentionsOverlapping(ctx, lineStart, lineEnd < 0 ? text.length : lineEnd);
  return found.length > 0 && found.every((x) => x.type === 'Organization');
}

export function peoplePostLinesRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  // Cheap gate: both forms need a line break right after a name and a post word near it.
  if (!/\n/.test(text)) return;
  for (const m of matchesOf(SIGNATURE, text)) {
    // A signature opens its block: the line before it is empty (or the document starts there).
    if (m.index > 0 && !/\n[ \t]*\n$|^$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    read(ctx, m[1]!, m.index, 'people-post-lines:signature', true);
  }
  for (const m of matchesOf(CAPTION, text)) {
    read(ctx, m[1]!, m.index, 'people-post-lines:caption', true, true);
  }
  for (const m of matchesOf(LABEL, text)) {
    const start = m.index + m[0].indexOf(`\n${m[1]!}`) + 1;
    read(ctx, m[1]!, start, 'people-post-lines:label');
  }
}
