// A meeting at which an instrument was adopted (MODEL.md PRODUCED, Meeting → Resolution, Document), said with the
// meeting first, where produced-by-meeting.ts reads "<instrument> adopted by/at <meeting>":
//   "the Summit of the Future on 22–23 September 2024 at the United Nations Headquarters in New York at which
//    resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted" (A/RES/80/…),
//   "the Summit of the Future, during which the Assembly adopted the Pact for the Future and its annexes, …",
//   "The Summit adopted the Pact for the Future and its annexes, the Global Digital Compact and …".
// Only instruments that the clause itself adopts count: "at which the Assembly decided to convene …" adopts
// nothing, and a statement made at a meeting about a resolution has no "which … adopted" clause of the meeting.

import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['adopted']);

const AT_WHICH = /\b(?:at|during|in the course of)\s+which\s+/gi;
// "… at which <instruments> were adopted": the words before the verb (checked to be the instruments alone).
const PASSIVE = /^([^;:.]{1,250}?)\s+(?:was|were)\s+(?:also\s+)?adopted\b/;
// "… during which the Assembly adopted <instruments>": a body or its members as the subject, no other verb.
const ACTIVE =
  /^(?:the\s+)?(?:(?:General\s+)?Assembly|Member\s+States|States|(?:world\s+)?leaders|participants|Heads\s+of\s+State\s+and\s+Government|Ministers|delegates)\s+(?:also\s+)?adopted\s+(?:by\s+consensus\s+|unanimously\s+|without\s+a\s+vote\s+)?/iu;
// "<Meeting> adopted …", "<Meeting>, which adopted …", "The Summit adopted …" (the meeting named before).
const MEETING_ADOPTED =
  /^(?:,\s*which)?\s+(?:also\s+)?adopted\s+(?:by\s+consensus\s+|unanimously\s+)?(?!by\b|at\b|in\b|on\b)/i;
const HEAD_ADOPTED =
  /\b[Tt]he\s+(Summit|Conference|Forum)\s+(?:also\s+)?adopted\s+(?:by\s+consensus\s+)?(?!by\b|at\b|in\b|on\b)/g;

// What may stand between the meeting's name and "at which": its dates and place ("on 22–23 September 2024 at the
// United Nations Headquarters in New York", ", held in Tunis from 16 to 18 November 2005,"), nothing that could be
// the antecedent itself (another gathering, an instrument, a relative clause).
const MAX_GAP = 160;
// "X and the Y, at which" may speak of Y: a second thing named after "and" is no place or date.
const GAP_BLOCKS =
  /\b(?:which|that|who|where|meetings?|sessions?|conferences?|summits?|forums?|events?|debates?|dialogues?|segments?|days?|and\s+(?:the|its|a|an)\b)\b|[;:]/i;
// Between and around listed instruments: "and its annexes", "entitled “…”", "as well as", commas, quotes.
const GLUE =
  /^(?:[\s,“”"'‘’()]|\b(?:the|and|its|their|annex|annexes|entitled|titled|as well as|including)\b)*$/i;

const INSTRUMENT = (m: Mention): boolean => m.type === 'Resolution' || m.type === 'Document';
// A named compact or programme in the list (the Global Digital Compact is a Process): part of the list, no PRODUCED.
const LISTED = (m: Mention): boolean => INSTRUMENT(m) || m.type === 'Process';

export function producedAtWhichRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      if (!s.text.includes('adopted')) continue;
      const emit = (meeting: Mention, targets: Mention[]): void => {
        const last = targets[targets.length - 1];
        if (!last) return;
        for (const t of targets.filter(INSTRUMENT))
          addEdge(
            ctx,
            {
              type: 'PRODUCED',
              from: meeting.id,
              to: t.id,
              source: sourceAt(ctx, p, meeting.start, last.end),
            },
            'produced:at-which',
          );
      };
      for (const m of matchesOf(AT_WHICH, s.text)) {
        const at = s.start + m.index;
        const meeting = antecedent(ctx, s.start, at);
        if (!meeting) continue;
        const after = s.start + m.index + m[0].length;
        const rest = ctx.doc.text.slice(after, s.end);
        const passive = PASSIVE.exec(rest);
        if (passive) emit(meeting, instrumentsOnly(ctx, after, after + passive[1]!.length));
        else {
          const active = ACTIVE.exec(rest);
          if (active) emit(meeting, listedRightAfter(ctx, after + active[0].length, s.end));
        }
      }
      for (const meeting of mentionsIn(ctx, s.start, s.end, 'Meeting')) {
        const a = MEETING_ADOPTED.exec(ctx.doc.text.slice(meeting.end, s.end));
        if (a) emit(meeting, listedRightAfter(ctx, meeting.end + a[0].length, s.end));
      }
      for (const m of matchesOf(HEAD_ADOPTED, s.text)) {
        const at = s.start + m.index;
        // "The Summit" is the gathering named last before it, in this passage or the one before, whose name holds
        // the same head noun ("the Summit of the Future").
        const meeting = lastMentionBefore(ctx, at, (x) => x.type === 'Meeting', at - 1500);
        if (!meeting || !new RegExp(`\\b${m[1]}\\b`, 'i').test(meeting.surface)) continue;
        if (mentionsIn(ctx, at, at + m[0].length, 'Meeting').length > 0) continue;
        emit({ ...meeting, start: at }, listedRightAfter(ctx, at + m[0].length, s.end));
      }
    }
  }
}

/** The meeting "at which" at `at` speaks of: the last one named before it in the sentence, nothing else between. */
function antecedent(ctx: DocContext, sentenceStart: number, at: number): Mention | undefined {
  const meeting = lastMentionBefore(ctx, at, (x) => x.type === 'Meeting', sentenceStart);
  if (!meeting || at - meeting.end > 2 * MAX_GAP) return undefined;
  const named = outermost(mentionsIn(ctx, meeting.end, at));
  if (named.some(INSTRUMENT)) return undefined;
  // The words of the names in between do not count ("the World Summit on the Information Society", a Process).
  let gap = '';
  let end = meeting.end;
  for (const m of named) {
    gap += `${ctx.doc.text.slice(end, m.start)} `;
    end = m.end;
  }
  gap += ctx.doc.text.slice(end, at);
  return gap.length > MAX_GAP || GAP_BLOCKS.test(gap) ? undefined : meeting;
}

/** The instruments of [from, to) when they are all it says ("resolution 79/1 entitled “…” and its annexes"). */
function instrumentsOnly(ctx: DocContext, from: number, to: number): Mention[] {
  const taken = outermost(mentionsIn(ctx, from, to));
  if (!taken.length || !taken.every(LISTED)) return [];
  let rest = '';
  let end = from;
  for (const m of taken) {
    rest += ctx.doc.text.slice(end, m.start);
    end = m.end;
  }
  rest += ctx.doc.text.slice(end, to);
  return GLUE.test(rest) ? taken : [];
}

/** The instruments listed from `at` on: "the Pact for the Future and its annexes, the Global Digital Compact and …". */
function listedRightAfter(ctx: DocContext, at: number, end: number): Mention[] {
  const out: Mention[] = [];
  let from = at;
  for (const m of outermost(mentionsIn(ctx, at, end))) {
    if (!LISTED(m) || !GLUE.test(ctx.doc.text.slice(from, m.start))) break;
    out.push(m);
    from = m.end;
  }
  return out;
}

/** Mentions not inside an earlier, longer one ("Tunis Agenda" inside a longer name), in text order. */
function outermost(list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of [...list].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
