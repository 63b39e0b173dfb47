// A person who is the subject of a verb of speaking took the floor at the meeting a page reports on
// (rules/speakers.ts): "In the welcome address, Ms Doris Leuthard, the President of the Swiss
// Confederation, underscored the necessity of cooperation …", "The next speaker, Mr Michael Møller, the
// Director-General of the UN Office in Geneva, expressed his opinion …" (IGF 2017 opening ceremony page).
// A participle is a verb of speaking too when it says for whom: "In opening remarks, Assembly Vice-President
// Judith Mbula Bahemuka (Kenya), speaking on behalf of …" (a General Assembly plenary's press release, GA/10451).
// Only the subject: the name, then at most one apposition between commas or brackets, then the verb (an apposition may hold commas: "Mr Liu Zhenmin, the Under-Secretary-General
// for Economic and Social Affairs, UN, briefly reminded …"); a name inside a clause ("thanked Mr X, who stressed") or after the verb is not.

import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention, sentenceAt, sourceAt } from '../context.ts';
import { spokenElsewhere } from './speech-elsewhere.ts';

const SPEECH =
  /^(?:\s*\([^()]{0,80}\),?)?(?:(?:\s*,(?:[^,.;:()]|\([^()]{0,60}\)){1,160}){1,3},)?(?:\s+|\s*,\s*(?=speaking\b))(?:(?:also|then|further|briefly|strongly|again)\s+)?(underscored|underlined|stressed|emphasi[sz]ed|highlighted|warned|reminded|recalled|expressed|noted|said|stated|spoke|addressed|welcomed|called (?:for|on)|pointed out|observed|argued|urged|reiterated|shared|explained|described|outlined|briefed|commended|congratulated|speaking\s+(?:on\s+behalf|for)\b)/;
// An opening clause in the sentence before the name names the role ("In the welcome address, …").
const OPENING_CLAUSE = /\b(?:welcome|welcoming|opening)\s+(?:address|remarks|statement|speech)\b/i;
const KEYNOTE_CLAUSE = /\bkeynote\b/i;
const WELCOME = /^welcomed\s+(?:the\s+)?(?:participants|delegates|delegations|audience)\b/;
// A relative clause or object before the name: the name is not the sentence's subject.
const NOT_SUBJECT = /\b(?:who|whom|which|that|thanked|by|to|with|and|of|for)\s*$/i;

/** The verb of speaking the person at `end` is the subject of, with the role the sentence's opening gives. */
function speechAfter(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
): { readonly length: number; readonly role?: string } | undefined {
  const m = SPEECH.exec(text.slice(end, end + 300));
  if (!m) return undefined;
  // The words just before the name (a sentence can be a whole unpunctuated file): at most 200 characters.
  const opening = text.slice(Math.max(sentenceStart, start - 200), start);
  if (NOT_SUBJECT.test(opening)) return undefined;
  // "Mr. X welcomed the participants": the opening words of the meeting.
  const verbAt = end + m[0].length - m[1]!.length;
  const welcome = WELCOME.test(text.slice(verbAt, verbAt + 40));
  // "Mr. X then briefed the MAG on the host country's preparations": a briefing is a presentation.
  const role =
    OPENING_CLAUSE.test(opening) || welcome
      ? 'opening'
      : KEYNOTE_CLAUSE.test(opening)
        ? 'keynote'
        : m[1] === 'briefed'
          ? 'presenter'
          : undefined;
  return { length: m[0].length, ...(role ? { role } : {}) };
}

/** "Ms X, <post>, underscored …": the subject of a verb of speaking at the meeting a page reports on. */
export function speechVerbSpeaker(ctx: DocContext, m: Mention, meeting: string): void {
  const s = sentenceAt(m.passage, m.start);
  const said = s && speechAfter(ctx.doc.text, m.start, m.end, s.start);
  // "… outlined … in a briefing to reporters": said beside the meeting, not at it (speech-elsewhere.ts).
  if (!said || spokenElsewhere(s.text)) return;
  const source = sourceAt(ctx, m.passage, m.start, m.end + said.length);
  addEdge(
    ctx,
    { type: 'SPOKE_AT', from: m.id, to: meeting, properties: props({ role: said.role }), source },
    'speakers:speech-verb',
  );
}
