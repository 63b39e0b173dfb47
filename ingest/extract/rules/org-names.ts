// Organisations the gazetteer does not know, named by their form: "University
// of Okayama", "Atlantic International Research Centre", "National Science
// Foundation", "Foundation for Science and Technology"; sub-bodies of a known
// body: "ASEAN Committee on STI", "APEC's Policy Partnership for STI" (PART_OF
// the body); and, once a document has named an organisation, its later
// mentions ("the participant from IT for Change").

import { idFor, props } from '../claims.ts';
import {
  addEdge,
  addMention,
  addNode,
  claimedProperty,
  type DocContext,
  mentionsIn,
  mentionsOverlapping,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { laterMentions } from './org-later-mentions.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const CAP = "[A-Z][\\w&'’-]*";
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
// The head word ends a word: "the United Nations High Commissioner for Human Rights" (a post) gave a
// sub-body "United Nations High Commission".
const SUB_BODY = new RegExp(
  `^(?:['’]s)?\\s+((?:${CAP}\\s+){0,2}(?:Committee|Council|Commission|Partnership|Working Party|Task Force|Bureau|Board|Network)\\b(?:\\s+(?:on|for|of)\\s+${CAP}(?:\\s+${CAP})*)?)`,
);
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
// SUB_BODY needs one of these words, in the passage after the body's name.
const SUB_BODY_WORDS = triggerWords([
  'committee',
  'council',
  'commission',
  'partnership',
  'working party',
  'task force',
  'bureau',
  'board',
  'network',
]);
// A building where meetings are held is a venue, not a body: "taking place at the Kigali Convention Centre"
// (ITU press release on WTDC-22), "the Abuja International Conference Centre".
const VENUE = /\b(?:Convention|Conference|Congress|Exhibition|Events?|Cultural)\s+Cent(?:re|er)$/;
// A name joined to a hotel is the hotel's building: "held at the Welcome Centre and Hotel, Lagos (Nigeria)"
// (a WAIGF communiqué) names a venue.
const HOTEL_AFTER = /^\s+(?:and|&)\s+Hotel\b/;
// A name that goes on past what SUB_BODY reads: "a report by the United Nations Commission on Science and
// Technology for\n\nDevelopment" (an AfIGF report's wrapped bullet, the gazetteer's name cut by the wrap) is
// no "United Nations Commission on Science"; where it ends is unknown. "and" with capitalised words and a
// preposition after them is still the name ("… and Technology for"), as an ampersand always is; "APEC's
// Policy Partnership for STI and Horizon Europe." names two programmes.
const GOES_ON = /^\s*(?:&\s*\p{Lu}|\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:for|of|on|in)\b)/u;
const NOT_START = /^(?:The|This|That|These|Its|Their|A|An|In|At|On|By|For|And|Of)\s/;
// An indefinite article before the body says what kind of thing something is, not which body it is: "As a WHO
// Managed Network (“Network of Networks”) formally kicked off on 20 February 2024, GIDH promotes …" (the WSIS
// Forum's e-health action line summary) names no "WHO Managed Network".
const INDEFINITE = /\b(?:a|an)\s+$/i;

function kindOf(name: string): string {
  if (/University|Institute|Academy|School|College|Centre|Center/.test(name)) return 'technical-academic';
  if (/Associates/.test(name)) return 'private-sector';
  if (/Foundation|Initiative/.test(name)) return 'other';
  return 'other';
}

export function orgNamesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    for (const re of hasTrigger(p, HEAD_WORD) ? HEADS : NO_HEADS)
      for (const m of matchesOf(re, p.text)) {
        const name = m[1]!.replace(NOT_START, '');
        if (VENUE.test(name)) continue;
        const start = p.start + m.index + m[0].indexOf(name);
        // Part of a longer name ("Bennett Institute for Public Policy"): not this one. The words before the
        // match count, not a stripped "The" ("Co-Chair of The Alma & Rosa Sample Foundation").
        const at = p.start + m.index;
        if (/(?:[A-Z][\w&'’-]*|&)\s+$/.test(ctx.doc.text.slice(Math.max(p.start, at - 30), at))) continue;
        const end = start + name.length;
        if (HOTEL_AFTER.test(ctx.doc.text.slice(end, end + 12))) continue;
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
    if (!hasTrigger(p, SUB_BODY_WORDS)) continue;
    for (const o of mentionsIn(ctx, p.start, p.end, 'Organization')) {
      if (o.id.startsWith('organization:') && claimedProperty(ctx, o.id, 'kind') === 'member-state') continue;
      if (INDEFINITE.test(ctx.doc.text.slice(Math.max(p.start, o.start - 4), o.start))) continue;
      const m = SUB_BODY.exec(ownerCut(ctx.doc.text.slice(o.end, Math.min(p.end, o.end + 120))));
      if (!m) continue;
      const name = `${o.surface} ${m[1]}`;
      const end = o.end + m[0].length;
      if (GOES_ON.test(ctx.doc.text.slice(end, Math.min(p.end, end + 40)))) continue;
      const source = sourceAt(ctx, p, o.start, end);
      // The sub-body's own words name a body the gazetteer knows: "the 78th General Assembly Second Committee
      // session" (US Mission statement) is the Second Committee, not a new "General Assembly Second Committee".
      // A known name going on past what SUB_BODY reads is that body too: "Economic and Social Commission for
      // Asia and the Pacific Committee on Information and Communications Technology, Science, Technology and
      // Innovation" (an ESCAP masthead run onto one line) is the Committee the gazetteer knows, no "… Committee
      // on Information".
      const known = mentionsOverlapping(ctx, end - m[1]!.length, end).find(
        (x) =>
          x.type === 'Organization' &&
          x.start === end - m[1]!.length &&
          x.end >= end &&
          ctx.gazetteer.byId.has(x.id),
      );
      if (known) {
        addEdge(ctx, { type: 'PART_OF', from: known.id, to: o.id, source }, 'org-names:sub-body');
        continue;
      }
      // A known body ending the words after its first one is that body, the words before it no part of a name:
      // a headline in title case, "Secretary-General Tells Security Council That …" (SG/SM/22500, remarks to
      // the Council on AI), names the Council, no "Secretary-General Tells Security Council".
      if (knownTail(ctx, end - m[1]!.length, end)) continue;
      const id = idFor('Organization', name);
      const kind = claimedProperty(ctx, o.id, 'kind');
      addNode(
        ctx,
        {
          id,
          type: 'Organization',
          name,
          aliases: [ctx.doc.text.slice(o.start, end)],
          properties: props({ kind: typeof kind === 'string' ? kind : 'other' }),
          source,
        },
        'org-names:sub-body',
      );
      addMention(ctx, {
        id,
        type: 'Organization',
        name,
        start: o.start,
        end,
        surface: ctx.doc.text.slice(o.start, end),
        passage: p,
      });
      addEdge(ctx, { type: 'PART_OF', from: id, to: o.id, source }, 'org-names:sub-body');
    }
  }
  laterMentions(ctx);
}

/** Whether a body the gazetteer knows starts after `start`, inside the words, and ends at `end`. */
const knownTail = (ctx: DocContext, start: number, end: number): boolean =>
  mentionsOverlapping(ctx, start + 1, end).some(
    (x) => x.type === 'Organization' && x.start > start && x.end === end && ctx.gazetteer.byId.has(x.id),
  );

// A possessive after the body's own ("APEC's …") ends a sub-body's name: what follows belongs to it, it is
// not more of its name ("the United Nations Economic Commission for Africa’s African Information Society
// Initiative", UN press release on the 2019 MAG Chair, is ECA's initiative, not a body so named).
const OWNER = /['’]s(?=[\s,.;:]|$)/g;

function ownerCut(after: string): string {
  OWNER.lastIndex = 2;
  const m = OWNER.exec(after);
  return m ? after.slice(0, m.index) : after;
}
