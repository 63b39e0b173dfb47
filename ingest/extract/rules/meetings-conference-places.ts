// An ITU conference named with its place and year in brackets, as ITU texts cite their conferences: "The
// World Telecommunication Standardization Assembly (Dubai, 2012)," (the opening of WTSA Resolution 69),
// "the Plenipotentiary Conference (Busan, 2014)". That year's edition of the title, held in that city: the
// same id as "the World Telecommunication Standardization Assembly 2012 (WTSA-12)" (meetings-conference-
// years.ts). A resolution's revision, "Resolution 102 (Rev. Busan, 2014)", names no conference; a body's
// plenary organ ("the General Assembly") is a body, not an edition. A body at the head of the title holds it.

import { type DocContext, mentionsIn, mentionsStartingIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const CITY = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}";
// "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),": the
// opening line of every Plenipotentiary resolution names the Union between the title and the brackets.
// Only a body the text knows (a mention spanning exactly those words) may stand there; it holds the
// conference. A copy of the text may leave a space inside the bracket: "(Busan, 2014)" written "( Busan, 2014)".
const PLACED_TITLE = new RegExp(
  `(?<![\\p{L}\\d-])((?:\\p{Lu}[\\p{L}-]*\\s+){1,6}?(?:Conference|Assembly))(?:\\s+of\\s+the\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,5}\\p{Lu}[\\p{L}-]*))?\\s+\\(\\s?(${CITY}),\\s*((?:19|20)\\d{2})\\)`,
  'gu',
);
const LEADING_THE = /^(?:The|the)\s+/;
// The title's nouns, as trigger words: a passage without either is not searched.
const NOUN_WORDS = triggerWords(['conference', 'assembly']);
const slug = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '-');

export function conferencePlaces(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, NOUN_WORDS) || !/(?:Conference|Assembly)\s+(?:\(|of\s+the\s)/.test(p.text)) continue;
    for (const m of matchesOf(PLACED_TITLE, p.text)) {
      const lead = LEADING_THE.exec(m[1]!)?.[0].length ?? 0;
      const start = p.start + m.index + lead;
      const full = m[1]!.slice(lead).trim();
      const end = p.start + m.index + m[0].length;
      if (!full.includes(' ') || /\bGeneral\s+\S+$/.test(full) || !free(start, end)) continue;
      // A title ending in a body's name is that body ("the United Nations General Assembly").
      const titleEnd = start + full.length;
      if (mentionsIn(ctx, start, titleEnd).some((x) => x.type === 'Organization' && x.end === titleEnd))
        continue;
      const holder = mentionsStartingIn(ctx, start, start).find(
        (x) => x.type === 'Organization' && x.end < titleEnd,
      );
      const ofBody = ofBodyMention(ctx, p.start + m.index, m);
      if (m[2] !== undefined && !ofBody) continue;
      const title = holder ? ctx.doc.text.slice(holder.end, titleEnd).trim() : full;
      const year = m[4]!;
      const parent = holder?.id ?? ofBody;
      out.push({
        id: `meeting:${slug(title)}-${year}`,
        name: `${title} ${year}`,
        ...(parent ? { parent } : {}),
        place: { city: m[3]! },
        date: { start: year },
        p,
        start,
        end,
      });
    }
  }
  return out;
}

/** The Organization mention spanning exactly the words after "of the" (m[2]), if any. */
function ofBodyMention(ctx: DocContext, at: number, m: RegExpExecArray): string | undefined {
  if (m[2] === undefined) return undefined;
  const start = at + m[0].indexOf(m[2], m[1]!.length);
  const end = start + m[2].length;
  return mentionsIn(ctx, start, end).find(
    (x) => x.type === 'Organization' && x.start === start && x.end === end,
  )?.id;
}
