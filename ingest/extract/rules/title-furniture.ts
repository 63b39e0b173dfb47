// Lines a web page's copy puts where a title would be that title nothing (rules/document.ts):
//   - a category label of one word opening the page, over the headline: "Report" over "Report on the right to privacy in the
//     digital age (focus on surveillance)" (OHCHR's page on A/HRC/27/37);
//   - the name of a body alone, a breadcrumb over the headline: "United Nations Human Rights Council" over
//     "Joint Statement at the Interactive Dialogue with the Special Rapporteur …" (a ministry's page of HRC
//     statements); the organ lines of a UN masthead are the same (document-masthead.ts);
//     A page's first line is its headline even when it is a body's name ("United Nations Commission on
//     Science and Technology for Development", a page about the Commission): only a later line is furniture;
//   - a line cut after a word no title ends with: "Dozens of GNI members have participated in" (the last
//     line of a page's copy cut short) is a sentence's beginning;
//   - an event page's practical lines, a label and its value: "Date: Tuesday, 29 July 2025", "Location: Virtual
//     (via Zoom)" (UN DESA's page of a WSIS+20 consultation), "Theme: …", and a call to act ("Click here to
//     register", "See the full document here");
//   - a section heading of one word in the page's opening block, under a headline: "Summary" under "Session at
//     a glance" (a report page of a WSIS+20 consultation at the IGF 2025) heads a section, the headline titles it;
//   - a site's navigation copied above the headline: "In progress at UNHQ" (the link to the day's meetings over
//     every press.un.org release), "You are here" (a breadcrumb's label on intgovforum.org pages), "Skip to main
//     content", a language switcher "Available in EnglishEspañol" / "Available in: English Español" (cepal.org
//     press releases, under the headline); a web archive's banner over the page it keeps: "Loading media
//     information hide" (Archive-It's player line under "You are viewing an archived web page, …",
//     webarchive.unesco.org copies of UNESCO's news pages);
//   - a site's motto on every page, over the headline: "Building peace in the minds of men and women" (the line
//     above each en.unesco.org news page's headline, from UNESCO's Constitution), "Committed to connecting the
//     world" (ITU's, over every itu.int press release, under the "Go Top" links);
//   - a site's section path over the headline, its parts set apart by bullets or arrows: "Archived Newsroom •
//     Press Release" (ITU's archived press releases of the WSIS Prizes); an image's alternative text copied
//     as a line: "Image of a World Map Home - WSIS Forum 2010", "image: squares decoration" (ITU's WSIS Forum
//     session pages of 2010); a cover's words set letter by letter: "W o r l d S u m m i t o n t h e …" (a
//     printed UNGIS joint statement's cover band, its title in the lines under it);
//   - how a text was adopted, a library record's vote field: "Adopted without vote, 43rd plenary meeting" under
//     "Vote summary" (the UN Digital Library's record of an ECOSOC resolution) says how, not what; the record's
//     agenda field, a document's symbol then an item's number and name ("E/2006/100 13b Science and technology
//     for development."), names the agenda the text was taken up under;
//   - a site's category of two plural nouns under a headline ("Resolutions and Declarations", dig.watch);
//   - an image's alternative text left in the copy: "Regional Summit Banner" under a lone "Paragraph" (a content
//     block's label, the IGF 2023 Parliamentary Track page) names the picture, not the page.

import type { DocContext } from '../context.ts';
import { distributorLine } from './distributor-stamp.ts';
import { firstLineHeadline } from './document-headline.ts';
import { bannerOverSymbol } from './document-itu-masthead.ts';
import { SITE_NAVIGATION } from './site-navigation.ts';
import { issuerOverRelease } from './title-issuer-line.ts';
import { bodiesLine, LABEL } from './title-labels.ts';
import { tableCellLine } from './title-link-cells.ts';
import { lastLineUnderProse, spokenLine } from './title-speech.ts';

const OPEN_END = /\b(?:on|of|the|and|for|in|to|a|an|with|by|at|from)$/i;
// A link's call to act titles nothing: "Click here to register", "See the full document here: Download document"
// (a regional IGF's page of key messages); nor does a label line (title-labels.ts LABEL).
const CALL_TO_ACT =
  /^(?:Click here\b|Register (?:here|now)\b|See the (?:full )?(?:document|report|text|programme)\b|Download\b)/i;
// "Archived Newsroom • Press Release": a few short parts, each set apart by a bullet, an arrow or a chevron.
const SECTION_PATH = /^(?:[\p{L}&' -]{2,30}\s(?:•|»|›|>)\s){1,4}[\p{L}&' -]{2,30}$/u;
// An image's alternative text: "Image of a World Map …", "image: squares decoration".
const IMAGE_ALT = /^image(?::|\s+of\b)/i;
// Or a short line ending in the picture's kind: "Regional Summit Banner", "IGF 2023 Logo".
const PICTURE_LABEL = /^(?:[\w'’&.-]+\s+){1,5}(?:Banner|Logo)$/u;
// A site's category of two plural nouns under the headline and its date: "Resolutions and Declarations" (the
// resource type on dig.watch's page of ITU Resolution 102), "Reports and Studies": a kind of item, no title
// (not on the page's first line, which is its headline).
const CATEGORY_PAIR = /^\p{Lu}\p{Ll}+s\s+(?:and|&)\s+\p{Lu}\p{Ll}+s$/u;
// A page's copyright line: "Top - Copyright © WSIS 2015 All Rights Reserved - Logo Policy" (the foot of ITU's
// WSIS pages), "© 2030 …".
const COPYRIGHT = /\bcopyright\b|©|\ball rights reserved\b/i;
// A line whose letters are set apart by single spaces ("W o r l d S u m m i t …"): a designed band, not words.
const LETTER_SPACED = /^(?:\S ){6,}\S?$/u;

// "Adopted without vote", "Adopted by consensus", "Adopted by a recorded vote of 120 to 5", "Adopted by 40 votes
// to 2, with 5 abstentions": the line opens with the adoption and its manner.
const VOTE =
  /^Adopted\s+(?:without\s+(?:a\s+)?vote|by\s+(?:consensus|acclamation|a\s+(?:recorded\s+)?vote|\d+\s+votes?))\b/i;
// A symbol, an agenda item's number (and letter), its name: "E/2006/100 6 Implementation of and follow-up to …".
const AGENDA_ENTRY = /^[A-Z]{1,6}(?:\/[\w.]+){2,7}\s+\d{1,3}[a-z]?\s+\p{Lu}/u;

/**
 * Whether `line` is one word (markup off): the page's first line (a category label), or a section heading
 * in the opening block of a page whose first line reads as its headline ("Summary" under "WSIS+20 Open
 * Consultation session with Co-Facilitators"). Elsewhere the word stays the title it was.
 */
export const labelLine = (ctx: DocContext, line: string): boolean => {
  if (/\s/.test(line.replace(/^[#*\s]+|[*\s]+$/g, ''))) return false;
  const text = ctx.doc.text.trimStart();
  if (text.startsWith(line.trim())) return true;
  // Only in the page's opening block, no blank line between ("Notes from the call" … "Dear colleagues," …
  // "*Summary*" further down keeps its word: the block is not the headline's).
  const block = text.split(/\n[ \t]*\n/, 1)[0]!.split('\n');
  const first = block[0]!;
  return block.some((l) => l.trim() === line.trim()) && firstLineHeadline(first) && !furniture(ctx, first);
};

/** Whether `line` ends with an open word, or (below the first line) a known body's name alone. */
export function furniture(ctx: DocContext, line: string): boolean {
  const l = line.trim();
  if (
    OPEN_END.test(l) ||
    LABEL.test(l) ||
    CALL_TO_ACT.test(l) ||
    SITE_NAVIGATION.test(l) || // a site's navigation line (site-navigation.ts)
    SECTION_PATH.test(l) ||
    IMAGE_ALT.test(l) ||
    LETTER_SPACED.test(l) ||
    COPYRIGHT.test(l) ||
    VOTE.test(l) ||
    AGENDA_ENTRY.test(l) ||
    tableCellLine(l) || // a documents table's cell (title-link-cells.ts)
    PICTURE_LABEL.test(l) ||
    bodiesLine(ctx, l) ||
    distributorLine(ctx, l) ||
    spokenLine(l) ||
    lastLineUnderProse(ctx, l)
  )
    return true;
  // Or the issuer's banner over an ITU-style "Document <symbol>" line (document-itu-masthead.ts).
  if (ctx.doc.text.trimStart().startsWith(l))
    return issuerOverRelease(ctx, l) || bannerOverSymbol(ctx.doc.text, l);
  // Below the first line only: a page's first line is its headline ("Highlights & Outcomes", a forum's page).
  if (CATEGORY_PAIR.test(l)) return true;
  const m = ctx.gazetteer.matchType(l, 'Organization')[0];
  return m !== undefined && m.start === 0 && m.end === l.length;
}
