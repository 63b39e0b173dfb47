// The body a pronoun stands for ("It is chaired by …", "… was elected its
// Chair"): the body the sentences before are about, their subject, not the
// body named last (a post in apposition names other bodies: "Permanent
// Representative of Singapore to the UN in New York, was elected its Chair",
// Russian MFA, 2 June 2021, where "its" is the working group of the sentence
// before). Also the body a common noun names ("The panel …", "the Committee").

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  indexOfPassage,
  lastMentionBefore,
  type Mention,
  mentionsStartingIn,
  type Sentence,
  sentences,
} from '../context.ts';
import { bodyOf } from './body-kinds.ts';
import { currentMeeting } from './current-meeting.ts';

const MEETING_NOUN = /^(?:meeting|session|consultations?|workshop|event|panel discussion)$/i;
// The common nouns of bodies a pronoun or "the <noun>" may stand for.
const BODY_NOUN =
  /^(?:panel|group|committee|board|bureau|commission|forum|council|network|task force|coalition|body)$/;
// A sentence opening with a body: "The Working Group on …", "And the panel consists of", "The Organisational
// Session of the Open-Ended Working Group …": at most an article, three words and "of the" before it.
const OPENING = /^\s*(?:(?:And|So|Now|Today)\s+)?(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$/u;
const NOUN_OPENING =
  /^\s*(?:(?:And|So|Now)\s+)?[Tt]he\s+((?:[Ww]orking\s+)?[A-Za-z]+(?:\s+[Ff]orce)?)\s+(?!of\b)/;
// How many sentences back a pronoun may reach (this paragraph and the one before).
const REACH = 4;

const isBody = bodyOf('WorkingGroup', 'Organization');

/** The body a common noun refers back to: the last one named before `at` whose name ends in it. */
export function bodyByNoun(ctx: DocContext, p: Passage, at: number, noun: string): Mention | undefined {
  if (MEETING_NOUN.test(noun)) {
    const id = currentMeeting(ctx, p);
    return id ? ctx.mentions.find((m) => m.id === id) : undefined;
  }
  const word = noun.replace(/^[Ww]orking\s+/, '').toLowerCase();
  if (!BODY_NOUN.test(word)) return undefined;
  // The head noun of the name: "High-level Panel on Digital Cooperation" is a panel.
  const head = new RegExp(`\\b${word}\\b`, 'i');
  const body = lastMentionBefore(
    ctx,
    at,
    (m) => (m.type === 'WorkingGroup' || m.type === 'Organization') && head.test(m.name),
  );
  if (body || word !== 'panel') return body;
  // No panel body named before: "the panel" is the panel discussion the page is about ("Panel Discussion on
  // the right to privacy …" over "The panel was chaired by H.E. Mr X", a report of a Human Rights Council
  // panel): the last gathering named before whose name opens with "Panel".
  return lastMentionBefore(ctx, at, (m) => m.type === 'Meeting' && /^panel\b/i.test(m.name));
}

/** The body a sentence opens with, named or by its common noun. */
export function openingBody(ctx: DocContext, p: Passage, s: Sentence): Mention | undefined {
  for (const m of mentionsStartingIn(ctx, s.start, Math.min(s.end, s.start + 80))) {
    if (m.end > s.end || !isBody(ctx, m)) continue;
    if (!OPENING.test(ctx.doc.text.slice(s.start, m.start))) break;
    // The whole name, not a name inside it ("the Internet Governance Forum" in "the IGF Support Association").
    return m;
  }
  return bodyOpening(ctx, p, s.text, s.end);
}

/** The body a sentence's opening common noun names ("The panel consists of …"), looked for before `at`. */
export function bodyOpening(ctx: DocContext, p: Passage, sentence: string, at: number): Mention | undefined {
  const noun = NOUN_OPENING.exec(sentence)?.[1];
  return noun && !MEETING_NOUN.test(noun) ? bodyByNoun(ctx, p, at, noun) : undefined;
}

/** The body the sentences before `at` (this paragraph and the one before) open with, the nearest first. */
export function subjectBody(ctx: DocContext, p: Passage, at: number): Mention | undefined {
  const i = indexOfPassage(ctx, p);
  const prev = i > 0 ? ctx.passages[i - 1] : undefined;
  const before = [...(prev && prev.kind !== 'footnote' ? sentences(prev) : []), ...sentences(p)].filter(
    (s) => s.start < at,
  );
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH); k--) {
    const s = before[k]!;
    const body = openingBody(ctx, s.start >= p.start ? p : prev!, s);
    // The sentence of the pronoun counts only for a body named before the pronoun.
    if (body && body.end <= at) return body;
  }
  return undefined;
}
