// Sub-bodies of a known body, named by its name and a body's head word after it (rules/org-names.ts): "ASEAN
// Committee on STI", "APEC's Policy Partnership for STI", each PART_OF the body.

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
import { hasTrigger, triggerWords } from './trigger-words.ts';

// A capitalised word of a name (also org-names.ts's heads).
export const CAP = "[A-Z][\\w&'’-]*";
// The head word ends a word: "the United Nations High Commissioner for Human Rights" (a post) gave a
// sub-body "United Nations High Commission".
const SUB_BODY = new RegExp(
  `^(?:['’]s)?\\s+((?:${CAP}\\s+){0,2}(?:Committee|Council|Commission|Partnership|Working Party|Task Force|Bureau|Board|Network)\\b(?:\\s+(?:on|for|of)\\s+${CAP}(?:\\s+${CAP})*)?)`,
);
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
// A name that goes on past what SUB_BODY reads: "a report by the United Nations Commission on Science and
// Technology for\n\nDevelopment" (an AfIGF report's wrapped bullet, the gazetteer's name cut by the wrap) is
// no "United Nations Commission on Science"; where it ends is unknown. "and" with capitalised words and a
// preposition after them is still the name ("… and Technology for"), as an ampersand always is; "APEC's
// Policy Partnership for STI and Horizon Europe." names two programmes.
const GOES_ON = /^\s*(?:&\s*\p{Lu}|\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:for|of|on|in)\b)/u;
const COLUMN_GAP = /[^\S\n]{3,}/;
// An indefinite article before the body says what kind of thing something is, not which body it is: "As a WHO
// Managed Network (“Network of Networks”) formally kicked off on 20 February 2024, GIDH promotes …" (the WSIS
// Forum's e-health action line summary) names no "WHO Managed Network".
const INDEFINITE = /\b(?:a|an)\s+$/i;

/** The sub-bodies passage `p` names after the organisations named in it. */
export function subBodies(ctx: DocContext, p: DocContext['passages'][number]): void {
  if (!hasTrigger(p, SUB_BODY_WORDS)) return;
  for (const o of mentionsIn(ctx, p.start, p.end, 'Organization')) {
    if (o.id.startsWith('organization:') && claimedProperty(ctx, o.id, 'kind') === 'member-state') continue;
    if (INDEFINITE.test(ctx.doc.text.slice(Math.max(p.start, o.start - 4), o.start))) continue;
    const m = SUB_BODY.exec(ownerCut(ctx.doc.text.slice(o.end, Math.min(p.end, o.end + 120))));
    if (!m) continue;
    // Two organs set side by side in a masthead's columns ("General Assembly      Security Council", a letter
    // circulated to both, A/…–S/…): a wide gap between them joins no name ("General Assembly\nSecond Committee", a
    // press release's masthead on two lines, still does).
    if (COLUMN_GAP.test(m[0].slice(0, m[0].length - m[1]!.length))) continue;
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
      // The body's name, its possessive and the sub-body's name together name the sub-body: "the Director of ITU’s
      // Radiocommunication Bureau" holds a post in the Bureau, not in ITU (q97).
      if (/^['’]s\s/.test(m[0]))
        addMention(ctx, {
          ...known,
          start: o.start,
          end,
          surface: ctx.doc.text.slice(o.start, end),
          passage: p,
        });
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
