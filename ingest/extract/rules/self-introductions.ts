// What a speaker says of themself in a verbatim transcript (the IGF's real-time captioning), inside
// the turn ">> LABEL: …" where "I" is the speaker:
// - "I'm the chair of the Internet Governance Forum Multistakeholder Advisory Group" (IGF 2017 second
//   open consultations, day 1): the speaker CHAIRED that body;
// - under a label that gives a role and a surname only (">>CHAIR ST. AMOUR:", which
//   transcript-speakers.ts leaves alone), "I'm Lynn St. Amour." names the speaker in full when it ends
//   with the label's surname: a Person who SPOKE_AT the meeting the transcript is of.
// Reported or quoted words ("The Secretary said: I am the chair of …") are someone else's. Runs right
// after transcript-speakers (rule-order.ts RULES), whose labelled speakers it reads.

import type { Passage } from '../../types.ts';
import {
  addEdge,
  addMention,
  addNode,
  type DocContext,
  type Mention,
  mentionsStartingIn,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { CHAIR_POST } from './chair-titles.ts';
import { addChaired } from './chaired-claim.ts';
import { currentMeeting } from './current-meeting.ts';
import { personId } from './people.ts';
import { isBody, roleName } from './roles.ts';
import { reported, selfAffiliations } from './self-affiliations.ts';
import { selfMemberships } from './self-memberships.ts';

// A turn's label: ">> JEAN-PAUL ADAM:", ">>CHAIR ST. AMOUR:" (upper case, on the line's start).
const LABEL = /(?:^|\n)[^\S\n]*>>[^\S\n]*([^:\n>]{2,60}?)[^\S\n]*:/g;
// "I'm the chair of the", "I am vice-chair of", "I am the Co-Chair of": a chair-type post of a body.
const SELF_CHAIR = new RegExp(
  String.raw`\bI(?:['’]m|\s+am)\s+(?:the\s+|now\s+the\s+|currently\s+the\s+)?(${CHAIR_POST})\s+of\s+(?:the\s+)?`,
  'g',
);
// A speaker's words about themself: "I'm …", "I am …", "I work …".
const SELF = /\bI(?:['’]m|\s+am|\s+work)\b/;
// "I'm Lynn St. Amour.": two to four capitalised words ("St." a word), then a stop or a comma.
const SELF_NAME = /\bI(?:['’]m|\s+am)\s+(\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{Ll}'’-]*\.?){1,3})(?=[.,;])/gu;

interface Turn {
  readonly label: string;
  /** Passage-text offsets: the label's start, the words' start (after the colon) and the turn's end. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

function turnsOf(text: string): Turn[] {
  const found = matchesOf(LABEL, text);
  return found.map((m, i) => ({
    label: m[1]!,
    at: m.index + m[0].indexOf('>>'),
    from: m.index + m[0].length,
    to: found[i + 1]?.index ?? text.length,
  }));
}

/** The Person mention that is the turn's label ("JEAN-PAUL ADAM:"), from transcript-speakers. */
function labelled(ctx: DocContext, p: Passage, t: Turn): Mention | undefined {
  const nameAt = p.start + t.at + 2 + (/^[^\S\n]*/.exec(p.text.slice(t.at + 2))?.[0].length ?? 0);
  return mentionsStartingIn(ctx, nameAt, nameAt).find((m) => m.type === 'Person' && m.start === nameAt);
}

/** "I'm Lynn St. Amour." under ">>CHAIR ST. AMOUR:": the name whose last word is the label's last word. */
function introduced(ctx: DocContext, p: Passage, t: Turn): Mention | undefined {
  if (t.label !== t.label.toUpperCase() || !/\p{Lu}/u.test(t.label)) return undefined;
  const last = t.label.split(/\s+/).pop()!.replace(/[.'’]/g, '');
  for (const m of matchesOf(SELF_NAME, p.text.slice(t.from, t.to))) {
    const name = m[1]!;
    if (name.split(/\s+/).pop()!.replace(/[.'’]/g, '').toUpperCase() !== last) continue;
    if (ctx.gazetteer.match(name).length > 0) continue;
    const start = p.start + t.from + m.index + m[0].length - name.length;
    const id = personId(name);
    const source = sourceAt(ctx, p, start, start + name.length);
    addNode(ctx, { id, type: 'Person', name, aliases: [], source }, 'self-introductions');
    const mention = {
      id,
      type: 'Person' as const,
      name,
      start,
      end: start + name.length,
      surface: name,
      passage: p,
    };
    addMention(ctx, mention);
    const meeting = currentMeeting(ctx, p);
    if (meeting) addEdge(ctx, { type: 'SPOKE_AT', from: id, to: meeting, source }, 'self-introductions');
    return mention;
  }
  return undefined;
}

export function selfIntroductionsRule(ctx: DocContext): void {
  // The speaker of the last turn goes on speaking in the paragraphs under it, up to the next label
  // (the IGF's captioning breaks a long turn into paragraphs: "… So my name is X, and I'm head of …").
  let speaking: Mention | undefined;
  for (const p of ctx.passages) {
    if (!p.text.includes('>>')) {
      if (speaking && SELF.test(p.text)) {
        selfAffiliations(ctx, p, speaking, 0, p.text.length);
        selfMemberships(ctx, p, speaking, 0, p.text.length);
      }
      continue;
    }
    const turns = turnsOf(p.text);
    const last = turns[turns.length - 1];
    speaking = last ? labelled(ctx, p, last) : undefined;
    if (!SELF.test(p.text)) continue;
    for (const t of turns) {
      const words = p.text.slice(t.from, t.to);
      if (!SELF.test(words)) continue;
      const speaker = labelled(ctx, p, t) ?? introduced(ctx, p, t);
      if (!speaker) continue;
      if (t === last) speaking = speaker;
      // "I work with the Inter-Parliamentary Union" (self-affiliations.ts).
      selfAffiliations(ctx, p, speaker, t.from, t.to);
      // "I'm a MAG member" (self-memberships.ts).
      selfMemberships(ctx, p, speaker, t.from, t.to);
      for (const m of matchesOf(SELF_CHAIR, words)) {
        const at = t.from + m.index;
        if (reported(p.text, t.from, at)) continue;
        const after = p.start + at + m[0].length;
        const body = mentionsStartingIn(ctx, after, after).find((x) => isBody(x) && x.start === after);
        if (!body) continue;
        const source = sourceAt(ctx, p, p.start + at, body.end);
        addChaired(ctx, speaker.id, body.id, roleName(m[1]!), source, 'self-introductions');
      }
    }
  }
}
