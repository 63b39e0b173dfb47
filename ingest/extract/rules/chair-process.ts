// Chairs and co-facilitators of a Process (CHAIRED Person → Process, an extension of MODEL.md): the two
// co-facilitators the President of the General Assembly appoints for an intergovernmental process (the GDC
// in 2023–2024, the WSIS+20 review), NETmundial's chair. The Process is one the gazetteer knows, named
// right after the post ("co-facilitators of the intergovernmental process negotiating the GDC"); the
// people are those the people rules already read, in a chain of names and appositions:
//   "H.E. Mr. A and H.E. Ms. B are Co-Facilitators of the intergovernmental process negotiating the GDC"
//     (a bulletin of GDC deep dives),
//   "appointed H.E. Ms. A (Albania) and H.E. Mr. B (Kenya) as co-facilitators of the WSIS+20 review",
//   "the co-facilitators of the WSIS+20 review, H.E. Ms. A and H.E. Mr. B, …",
//   "the Chairman of the NETmundial, Professor A, has invited …" (NETmundial's news, February 2014).
// A post for anything else names no Process and gives nothing: "co-facilitators to lead consultations on the
// Ministerial Declaration of the high-level political forum", "As facilitator of one third of all WSIS Action
// Lines, UNESCO …" (UNESCO news). No date: an appointment's day is not said beside the post.

import type { Passage } from '../../types.ts';
import { addNode, type DocContext, type Mention, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRIGGER = triggerWords(['facilitat', 'chair']);
// The verb too: "A and B, who co-chaired NETmundial".
const POST = /\b((?:[Cc]o-?)?[Ff]acilitat(?:ors?|ed)|(?:[Cc]o-)?[Cc]hair(?:man|person|woman|ed)?s?)\b/g;
// From the post to the Process: "of the intergovernmental process negotiating the", "for the", "on".
const TO_PROCESS =
  /^\s+(?:(?:of|for|on)\s+)?(?:the\s+)?(?:(?:overall\s+)?(?:intergovernmental|preparatory|negotiation|negotiating|consultation|review)s?\s+)*(?:process(?:es)?\s+(?:of|for|on|negotiating|towards|leading\s+to)\s+(?:the\s+)?)?$/i;
// What may stand between two names of a chain, or a name and the post: capitalised words (posts, States,
// honorifics), "and", "of", "the", "from" (a State: "H.E. Mr. A from Kenya and H.E. Ms. B from Albania", a blog's
// account of the President of the General Assembly's letter), brackets, dashes and commas; a verb in lower case
// ends the chain.
export const CHAIN_GAP =
  /^(?:[\s,;:*–—()-]|\band\b|\bof\b|\bthe\b|\bto\b|\bfrom\b|\bPR\b|\p{Lu}[\p{L}.'’-]*)*$/u;
// Before the post: the chain is the subject or the object of an appointment ("are", "as", "were appointed"),
// after an apposition of the pair between commas ("…, both UN ambassadors of their countries in New York, as").
const BEFORE_POST =
  /(?:(?:,\s+(?:both|each)\s+[^,;.]{1,80},\s+)?\b(?:are|were|is|was|as|have\s+been|has\s+been)\s+(?:(?:re)?appointed\s+(?:as\s+)?)?(?:the\s+)?(?:two\s+)?(?:new\s+)?|,\s+(?:the\s+)?(?:two\s+)?)$/;
// Before the verb: its subject ("A and B co-chaired", "A and B, who co-chaired").
const BEFORE_VERB = /(?:,?\s+who\s+(?:have\s+|had\s+)?|\s+)$/;
// After the Process: the chain follows a comma, a colon or "are"/"is".
const AFTER_PROCESS = /^(?:\s*\([^)]{1,40}\))?\s*(?:,|:|–|\s+(?:are|were|is|was))\s*/;
const MAX_GAP = 90;

/** The people of a chain ending at `end` (before the post, `lead`: what stands right before it), nearest last. */
function chainBefore(people: Mention[], text: string, end: number, lead: RegExp): Mention[] {
  const out: Mention[] = [];
  let at = end;
  for (let i = people.length - 1; i >= 0; i--) {
    const m = people[i]!;
    if (m.end > at) continue;
    const gap = text.slice(m.end, at);
    if (gap.length > MAX_GAP || !CHAIN_GAP.test(out.length ? gap : gap.replace(lead, ''))) break;
    if (!out.length && !lead.test(gap)) break;
    out.unshift(m);
    at = m.start;
  }
  return out;
}

/** After the Process, what leads to the chain's first name. */
const afterProcess = (gap: string): boolean =>
  AFTER_PROCESS.test(gap) && CHAIN_GAP.test(gap.replace(AFTER_PROCESS, ''));

/**
 * The people of a chain starting at `start`, one after another; `lead` tells what may stand before the first
 * (after the Process here, after a "co-facilitators" label in chair-process-label.ts).
 */
export function chainAfter(
  people: readonly Mention[],
  text: string,
  start: number,
  lead: (gap: string) => boolean = afterProcess,
): Mention[] {
  const out: Mention[] = [];
  let at = start;
  for (const m of people) {
    if (m.start < at) continue;
    const gap = text.slice(at, m.start);
    if (gap.length > MAX_GAP || !(out.length ? CHAIN_GAP.test(gap) : lead(gap))) break;
    out.push(m);
    at = m.end;
  }
  return out;
}

export function chairProcessRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    for (const s of sentences(p)) {
      const people = mentionsIn(ctx, s.start, s.end, 'Person');
      if (!people.length) continue;
      for (const m of matchesOf(POST, s.text)) {
        const postAt = s.start + m.index;
        const postEnd = postAt + m[0].length;
        const verb = m[1]!.endsWith('ed');
        const process = processAfter(ctx, s.end, postEnd, verb);
        if (!process) continue;
        const role = roleName(m[1]!);
        const chain = chainBefore(people, text, postAt, verb ? BEFORE_VERB : BEFORE_POST);
        const holders = chain.length || verb ? chain : chainAfter(people, text, process.end);
        for (const h of holders) claim(ctx, p, h, process, role, postAt, postEnd);
      }
    }
  }
  listItems(ctx);
}

// A letter's list, one pair a line (a summary of the President of the General Assembly's letter of 10 September
// 2024): "has reappointed the co-facilitators for the intergovernmental preparatory processes, namely:" then
// "• Ambassadors A of Sweden and B of Zambia for intergovernmental consultations on the Global Digital Compact".
const LIST_LEAD = /\b((?:[Cc]o-?)?[Ff]acilitators)\b[^.]*?:\s*$/;
const ITEM_START = /^[\s•*·–-]*(?:(?:Ambassadors?|H\.E\.)\s+)?$/;
const ITEM_TO_PROCESS =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’ ]*?)?,?\s+for\s+(?:the\s+)?(?:(?:intergovernmental|preparatory)\s+)?(?:consultations|negotiations|process)\s+(?:on|for|of)\s+(?:the\s+)?$/u;

function listItems(ctx: DocContext): void {
  let lead: { p: Passage; m: RegExpExecArray } | undefined;
  for (const p of ctx.passages) {
    const item = lead ? listItem(ctx, p) : undefined;
    // An item for a Process the gazetteer does not know ("… to conclude the outcome document, A Pact for the
    // Future") gives nothing, and the list goes on.
    if (lead && item) {
      if (!item.process) continue;
      const role = roleName(lead.m[1]!);
      // The item does not say the post: the edge cites the lead line too.
      const said = sourceAt(ctx, lead.p, lead.p.start + lead.m.index, lead.p.end);
      for (const h of item.people) {
        claim(ctx, p, h, item.process, role, p.start, p.start);
        addChaired(ctx, h.id, item.process.id, role, said, 'chair-process:list');
      }
      continue;
    }
    const m = hasTrigger(p, TRIGGER) ? LIST_LEAD.exec(p.text) : null;
    lead = m ? { p, m } : undefined;
  }
}

/** The people of one list item and the Process they are for. */
function listItem(ctx: DocContext, p: Passage): { people: Mention[]; process?: Mention } | undefined {
  const text = ctx.doc.text;
  const people = mentionsIn(ctx, p.start, p.end, 'Person');
  const first = people[0];
  if (!first || !ITEM_START.test(text.slice(p.start, first.start))) return undefined;
  const chain = [first];
  for (const m of people.slice(1)) {
    const gap = text.slice(chain[chain.length - 1]!.end, m.start);
    if (gap.length > MAX_GAP || !CHAIN_GAP.test(gap)) break;
    chain.push(m);
  }
  const last = chain[chain.length - 1]!;
  const process = ledAfter(ctx, last.end, p.end);
  if (!process || !ITEM_TO_PROCESS.test(text.slice(last.end, process.start))) return { people: chain };
  if (/^(?:\s*\+|\s+\p{Lu}|['’]s\b)/u.test(text.slice(process.end, process.end + 3)))
    return { people: chain };
  return { people: chain, process };
}

/**
 * The first Process, or summit the gazetteer knows as a Meeting, between `from` and `to`: "the co-facilitators for
 * the Summit of the Future: Ambassador A, … and Ambassador B" (CHAIRED Person → Meeting); a meeting the text
 * names otherwise ("the co-chairs of the first session") is not this rule's.
 */
function ledAfter(ctx: DocContext, from: number, to: number): Mention | undefined {
  return mentionsIn(ctx, from, to).find(
    (m) => m.type === 'Process' || (m.type === 'Meeting' && ctx.gazetteer.byId.get(m.id)?.type === 'Meeting'),
  );
}

/** The Process the gazetteer knows named right after the post, whole: not "NETmundial+10", "the IGF Support". */
function processAfter(ctx: DocContext, end: number, postEnd: number, verb: boolean): Mention | undefined {
  const next = ledAfter(ctx, postEnd, end);
  const between = next ? ctx.doc.text.slice(postEnd, next.start) : '';
  // A post names its Process after "of", "for" or "on"; a verb, as its object ("co-chaired NETmundial").
  if (!next || !TO_PROCESS.test(between) || (!verb && !/^\s+(?:of|for|on)\s/i.test(between)))
    return undefined;
  // "the WSIS+20 Review Process" is the review itself.
  const tail = ctx.doc.text.slice(next.end, next.end + 9);
  if (/^(?:\s*\+|\s+\p{Lu}|['’]s\b)/u.test(tail) && !/^\s+Process\b/.test(tail)) return undefined;
  return next;
}

function claim(
  ctx: DocContext,
  p: Passage,
  person: Mention,
  process: Mention,
  role: string,
  postAt: number,
  postEnd: number,
): void {
  const from = Math.min(person.start, postAt);
  const to = Math.max(person.end, process.end, postEnd);
  const source = sourceAt(ctx, p, from, to);
  const entry = ctx.gazetteer.byId.get(process.id);
  if (entry) addNode(ctx, entryNode(entry, source), 'chair-process');
  addChaired(ctx, person.id, process.id, role, source, 'chair-process');
}
