// The meeting a speaker's own sentence names, for a page whose title names none (current-meeting.ts gives
// no meeting when a page names two or more): "Mr. X welcomed the participants to the tenth meeting of
// CWG-Internet" (the meeting is the verb's object), "An IGF Virtual MAG Meeting … was held on 13 September
// 2016. Ms. Y moderated the meeting …" ("the meeting": the one the sentence before says was held, in the
// same paragraph). A meeting only mentioned ("preparations for IGF 2016") is no antecedent.

import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsStartingIn,
  sentenceAt,
} from '../context.ts';

// The name, at most one apposition between commas, then the verb and its object up to the meeting.
const VERB =
  /^(?:\s*\([^()]{0,80}\))?(?:\s*,[^,.;:]{1,160},)?\s+(?:(?:then|also|formally)\s+)?(?:welcomed\s+(?:the\s+)?(?:participants|delegates|delegations|audience)\s+to|opened|moderated|chaired)\s+/;
const THE_MEETING = /^the\s+(?:meeting|session)\b(?!\s+(?:of|on|for)\b)/;
const HELD = /\b(?:was|were)\s+(?:held|convened)\b|\btook\s+place\b/;

/** The meeting the sentence of speaker `m` names as the object of its verb, or by "the meeting". */
export function spokenMeeting(ctx: DocContext, m: Mention): string | undefined {
  const text = ctx.doc.text;
  const verb = VERB.exec(text.slice(m.end, Math.min(m.passage.end, m.end + 300)));
  if (!verb) return undefined;
  const at = m.end + verb[0].length;
  const object = /^(?:the\s+)?/.exec(text.slice(at, at + 4))![0].length;
  const named = mentionsStartingIn(ctx, at, at + object).find((x) => x.type === 'Meeting' && x.start >= at);
  if (named) return named.id;
  if (!THE_MEETING.test(text.slice(at, at + 40))) return undefined;
  // "the meeting": the last meeting named in the same paragraph, in a sentence saying it was held.
  const before = lastMentionBefore(ctx, m.start, (x) => x.type === 'Meeting', m.passage.start);
  if (!before) return undefined;
  const s = sentenceAt(before.passage, before.start);
  const rest = s ? text.slice(before.end, s.end) : '';
  return HELD.test(rest) ? before.id : undefined;
}
