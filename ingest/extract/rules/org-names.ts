// Organisations the gazetteer does not know, named by their form: "University
// of Okayama", "Atlantic International Research Centre", "National Science
// Foundation", "Foundation for Science and Technology"; sub-bodies of a known
// body: "ASEAN Committee on STI", "APEC's Policy Partnership for STI" (PART_OF
// the body, org-sub-bodies.ts); and, once a document has named an organisation, its later
// mentions ("the participant from IT for Change").

import { idFor, props } from '../claims.ts';
import {
  addMention,
  addNode,
  type DocContext,
  mentionsIn,
  mentionsOverlapping,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { laterMentions } from './org-later-mentions.ts';
import { CAP, subBodies } from './org-sub-bodies.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const HEAD_OF = new RegExp(
  `\\b((?:University|Institute|Foundation|Centre|Center|Academy|School|College)\\s+(?:of|for)\\s+${CAP}(?:\\s+(?:and\\s+|&\\s+|of\\s+|for\\s+)?${CAP})*)`,
  'g',
);
// An ampersand joins the words of one name ("Bill & Melinda Gates Foundation", "Johnson & Johnson
// Institute"): it never starts a new one.
// "Centre Stage" is the idiom, no body's head: a headline "At UNCTAD's e-Commerce Week, Digitalisation
// Takes Centre Stage" (a news item on UNCTAD's eCommerce Week) names no "Digitalisation Takes Centre".
// A copy that lower-cases the name's last words cuts it: "the Indian Institute of technology (IIT-D)" (a
// NETmundial press release) is no "Indian Institute"; where it ends is unknown, so no name is read.
const NAMED_HEAD = new RegExp(
  `\\b((?:${CAP}\\s+(?:&\\s+)?){1,4}(?:University|Institute|Foundation|Centre|Center|Academy|Associates|Initiative))\\b(?!\\s+(?:for|of|on)\\s+[A-Z]|\\s+of\\s+(?!(?:the|a|an|its|their|this|that|our)\\b)[a-z]|\\s+[Ss]tage\\b)`,
  'g',
);
const HEADS = [HEAD_OF, NAMED_HEAD];
const NO_HEADS: RegExp[] = [];
// Both expressions above need one of these words: a passage without any is not searched with them (the
// second tries up to four capitalised words before each word of every passage). The test ignores case
// (trigger-words.ts: one pass for all rules); a passage holding one in other letters is only searched.
const HEAD_WORD = triggerWords([
  'university',
  'institute',
  'foundation',
  'centre',
  'center',
  'academy',
  'school',
  'college',
  'associates',
  'initiative',
]);
// A building where meetings are held is a venue, not a body: "taking place at the Kigali Convention Centre"
// (ITU press release on WTDC-22), "the Abuja International Conference Centre".
const VENUE = /\b(?:Convention|Conference|Congress|Exhibition|Events?|Cultural)\s+Cent(?:re|er)$/;
// A name joined to a hotel is the hotel's building: "held at the Welcome Centre and Hotel, Lagos (Nigeria)"
// (a WAIGF communiqué) names a venue.
const HOTEL_AFTER = /^\s+(?:and|&)\s+Hotel\b/;
const NOT_START = /^(?:The|This|That|These|Its|Their|A|An|In|At|On|By|For|And|Of)\s/;
// A named head whose words follow "<Capitalised> for " is the end of a longer name the expression does not
// read: "Creative Technology for Development Initiative (CTDI)" (a national IGF's organising group, Nigeria IGF
// news) is no "Development Initiative". Where the name starts is unknown, so none is read. Not "of": a post
// comes before it ("President of Paradigm Initiative").
const LONGER_NAME = /\p{Lu}[\p{L}&'’-]*\s+for\s+$/u;
// A centre a meeting is held at, with its place after a comma, is the meeting's building: "convened at Muson
// Center, Lagos", "scheduled to hold at MUSON Centre, Onikan Lagos" (news on a national IGF's annual meeting).
// A centre of or for something ("the Center for Strategic and International Studies") is read by HEAD_OF.
const HELD_AT =
  /\b(?:held|hold|holds|holding|convened?|met|meets?|place|hosted|gathered)\s+at\s+(?:the\s+)?$/;
const PLACE_AFTER = /^,\s*\p{Lu}/u;
const CENTRE = /Cent(?:re|er)$/;

function kindOf(name: string): string {
  if (/University|Institute|Academy|School|College|Centre|Center/.test(name)) return 'technical-academic';
  if (/Associates/.test(name)) return 'private-sector';
  if (/Foundation|Initiative/.test(name)) return 'other';
  return 'other';
}

// A name made of three whole lines or more is a site's menu, one link a line: "Documents" / "Resources" /
// "Learning Center" / "Upload" over a document-sharing site's copy of a WSIS PrepCom report is no "Documents
// Resources Learning Center". A name wrapped in prose runs on from words before it on its first line.
const menuLines = (text: string, start: number, name: string): boolean =>
  (name.match(/\n/g)?.length ?? 0) >= 2 &&
  /(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, start - 80), start));

export function orgNamesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    for (const re of hasTrigger(p, HEAD_WORD) ? HEADS : NO_HEADS)
      for (const m of matchesOf(re, p.text)) {
        const name = m[1]!.replace(NOT_START, '');
        if (VENUE.test(name)) continue;
        const start = p.start + m.index + m[0].indexOf(name);
        if (menuLines(ctx.doc.text, start, name)) continue;
        // Part of a longer name ("Bennett Institute for Public Policy"): not this one. The words before the
        // match count, not a stripped "The" ("Co-Chair of The Alma & Rosa Sample Foundation").
        const at = p.start + m.index;
        const before = ctx.doc.text.slice(Math.max(p.start, at - 30), at);
        if (/(?:[A-Z][\w&'’-]*|&)\s+$/.test(before) || (re === NAMED_HEAD && LONGER_NAME.test(before)))
          continue;
        const end = start + name.length;
        if (HOTEL_AFTER.test(ctx.doc.text.slice(end, end + 12))) continue;
        if (CENTRE.test(name) && HELD_AT.test(before) && PLACE_AFTER.test(ctx.doc.text.slice(end, end + 4)))
          continue;
        if (mentionsIn(ctx, start - 1, end + 1).some((x) => x.type === 'Organization' || x.type === 'Person'))
          continue;
        if (mentionsOverlapping(ctx, start, end).some((x) => x.type === 'Organization')) continue;
        const id = idFor('Organization', name);
        addNode(
          ctx,
          {
            id,
            type: 'Organization',
            name,
            properties: props({ kind: kindOf(name) }),
            source: sourceAt(ctx, p, start, end),
          },
          'org-names',
        );
        addMention(ctx, { id, type: 'Organization', name, start, end, surface: name, passage: p });
      }
    subBodies(ctx, p);
  }
  laterMentions(ctx);
}
