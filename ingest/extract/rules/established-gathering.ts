// A gathering that set a body up (ESTABLISHED Meeting → WorkingGroup | Process, an extension of MODEL.md):
// "The Fifth Review Conference of the High Contracting Parties to the Convention … (CCW) held from 12 to 16
// December 2016 at Geneva decided, as contained in Decision 1 of its Final Document (CCW/CONF.V/10 …): To
// establish an open-ended Group of Governmental Experts (GGE) related to …" (CCW/MSP/2017/8 para 1); "the
// Summit …, held in Tunis, established the …"; "At the Fifth Review Conference, the High Contracting Parties
// decided to establish …" (a Review Conference decides through the States that meet there).
// The gathering is a Meeting node the document already has (dated), named as the subject with only an aside
// between it and the verb; the body is a WorkingGroup or Process named right after the verb (an article and
// a few modifiers between), so a body named as the object of another verb ("decided to establish a schedule
// and requested the Group to report") is not what was set up. A standing body as subject (the Commission, the
// Council) is established.ts's (Organization → …), not this rule's.

import { props } from '../claims.ts';
import { addEdge, claimedProperty, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { type DateRange, findDates } from '../parse/dates.ts';
import { triggerWords } from './trigger-words.ts';
import { forEachVerb } from './verb-sites.ts';

const WORDS = triggerWords(['establish', 'convene', 'set up', 'to create']);
const TARGETS = new Set(['WorkingGroup', 'Process']);

// The verb: "decided (, as contained in Decision 1 of its Final Document (…):) to establish", "established".
const VERB =
  /\b(?:decided|agreed)(?:,[^,;:]{0,80}?(?:\([^()]{0,80}\))?[^,;:]{0,20}[,:])?\s+[Tt]o\s+(?:establish|convene|set up|create)\b|\b(?:established|set up)\b(?!\s+by\b)/g;
// Between the verb and the body: an article and up to three modifiers ("an open-ended", "a new").
const OBJECT_GAP = /^\s+(?:an?|the)?\s*(?:(?:new|open-ended|intergovernmental|informal)\s+){0,3}$/;
// Between the gathering and the verb: the tail of its name ("to the Convention … (CCW)"), "held …" with its
// dates and place, auxiliaries. No verb of its own: "the Meeting, which noted …, decided" is not read.
const SUBJECT_GAP =
  /^(?:\s+(?:to|of|on)\s+the\s+[^,;:()]{0,200}?)?(?:\s*\((?:[A-Z]|\d)[^()]{0,30}\))?(?:,?\s+held\s+[^;:()]{0,80}?)?,?\s*(?:(?:has|had|also|further|then|subsequently)\s+)*$/;
// "At the Fifth Review Conference, the High Contracting Parties decided to establish …": the States meeting
// there act as the gathering.
const AT_GATHERING =
  /^(?:,?\s+held\s+[^;:()]{0,80}?)?\s*,\s*(?:the\s+)?(?:High Contracting Parties|HCPs|States Parties|Member States|participating States)\s+$/;

const LEAD =
  /^\W*(?:(?:On|In)\s[^,]{1,30},\s*)?(?:[Tt]he\s+)?(?:(?:first|second|[A-Z][a-z]+)\s+phase\s+of\s+the\s+)?$/;

export function establishedGatheringRule(ctx: DocContext): void {
  forEachVerb(ctx, WORDS, VERB, (p, s, at, after) => {
    const body = mentionsIn(ctx, after, s.end).find((m) => TARGETS.has(m.type));
    if (!body || !OBJECT_GAP.test(ctx.doc.text.slice(after, body.start))) return;
    const gathering = gatheringBefore(ctx, s.start, at);
    if (!gathering) return;
    const date = decisionDate(ctx, gathering.id, ctx.doc.text.slice(s.start, at));
    if (date === null) return;
    addEdge(
      ctx,
      {
        type: 'ESTABLISHED',
        from: gathering.id,
        to: body.id,
        properties: props({ date }),
        source: sourceAt(ctx, p, gathering.start, body.end),
      },
      'established-gathering',
    );
  });
}

/** The Meeting named as the verb's subject, or as the place of "At <Meeting>, the States … decided". */
function gatheringBefore(ctx: DocContext, from: number, verbAt: number) {
  const m = mentionsIn(ctx, from, verbAt)
    .filter((x) => x.type === 'Meeting')
    .pop();
  if (!m) return undefined;
  const gap = ctx.doc.text.slice(m.end, verbAt);
  const lead = ctx.doc.text.slice(from, m.start);
  // Only "The", "On <date>, the" or a summit's phase ("The Tunis phase of the World Summit …", held as
  // one meeting) before the name: "the report of the Meeting …" is not its subject.
  if (SUBJECT_GAP.test(gap) && LEAD.test(lead)) return m;
  if (AT_GATHERING.test(gap) && /^\W*(?:(?:On|In)\s[^,]{1,30},\s*)?[Aa]t\s+(?:the\s+)?$/.test(lead)) return m;
  return undefined;
}

/**
 * The day of the decision as the sentence gives the gathering's dates: its one day, or the month or year they
 * share ("held from 12 to 16 December 2016" → 2016-12; a decision falls on one day of it, not on the first).
 * `null` when that date is not the gathering's (a name the document's other gathering shares: "On 16 November
 * 2005, the … Summit …" read as the 2003 one): no edge.
 */
function decisionDate(ctx: DocContext, meeting: string, before: string): string | undefined | null {
  const said: DateRange | undefined = findDates(before)[0];
  if (!said) return undefined;
  const start = claimedProperty(ctx, meeting, 'startDate');
  if (typeof start === 'string' && !said.start.startsWith(start.slice(0, 4))) return null;
  const end = said.end ?? said.start;
  let n = 0;
  while (n < said.start.length && said.start[n] === end[n]) n++;
  const shared = said.start.slice(0, n).replace(/-\d?$/, '');
  return shared.length >= 4 ? shared : undefined;
}
