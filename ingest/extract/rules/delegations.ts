// Delegations named in the text (issue 3, item 3): "The delegate from Brazil",
// "A delegate from the United Kingdom", "The delegates from Paraguay, Türkiye,
// and Djibouti", "the participant from UNESCO", "The representative from the
// OECD" → the Member State or organisation SPOKE_AT the meeting reported on.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsIn, sentenceAt, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { unlessAnnounced } from './announced-meeting.ts';
import { collectiveLength } from './collective-nouns.ts';
import { currentMeeting } from './current-meeting.ts';
import { delegation } from './delegation-claim.ts';
import { insideMeetingName } from './inside-meeting-name.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const HEAD = /\b(?:delegat(?:e|es|ion|ions)|representatives?|participants?)\s+(?:from|of)\s+/gi;
// A post, not a delegation taking the floor: "Burhan Gafoor, Permanent Representative of Singapore to the
// UN in New York, was elected its Chair" (Russian MFA, 2 June 2021). A qualifier before the noun, or the
// noun capitalised inside a sentence (a title in apposition), names the person's post.
const POST_QUALIFIER =
  /\b(?:Permanent|Deputy|Alternate|Special|High|Resident|Personal|Executive|Chief|Senior|Trade|Accredited)\s+$/i;
// What a delegation does when it speaks: a post takes part only when its sentence says so.
const SPOKE =
  /\b(?:spoke|speaking|took the floor|made (?:a |an )?(?:statement|intervention|remarks?|presentation)|stated|said|noted|stressed|emphasi[sz]ed|underlined|highlighted|underscored|recalled|asked|raised|suggested|proposed|expressed|welcomed|called for|pointed out|presented|delivered|addressed the|intervened|shared)\b/i;

// An election names officers, not delegations taking the floor: "The representatives of Chile, Fiji and Norway
// were elected as Vice-Chairpersons of the Bureau" (UNESCO's news of an intergovernmental council's session).
const ELECTED = /\b(?:was|were|been|being)\s+(?:(?:re-?|unanimously\s+)?elected|appointed|designated)\b/i;

// HEAD needs one of these words (it has the i flag): a passage without any holds no delegation.
const HEAD_WORDS = triggerWords(['delegat', 'representative', 'participant']);

export function delegationsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || !hasTrigger(p, HEAD_WORDS)) continue;
    // A meeting the headline says is still to come is not the one the delegations quoted spoke at.
    const current = unlessAnnounced(ctx, currentMeeting(ctx, p));
    for (const h of matchesOf(HEAD, p.text)) {
      const sentence = sentenceAt(p, p.start + h.index);
      if (
        (isPost(p.text, h.index) || ELECTED.test(sentence?.text ?? '')) &&
        !SPOKE.test(sentence?.text ?? '')
      )
        continue;
      const meeting = (sentence && openingMeeting(ctx, sentence.start, p.start + h.index)) ?? current;
      if (!meeting) continue;
      let at = p.start + h.index + h[0].length;
      const orgs = mentionsIn(ctx, at, p.end, 'Organization');
      for (const org of orgs) {
        // Only names that follow each other: "X, Y, and Z" (an article may precede).
        if (!/^(?:\s*(?:,|and|,\s*and)\s*)?(?:the\s+)?$/i.test(ctx.doc.text.slice(at, org.start))) break;
        if (insideMeetingName(ctx, org)) break;
        // "representatives of United Nations entities": a class of bodies, none of them named (collective-nouns.ts).
        const collective = collectiveLength(ctx, org);
        if (collective > 0) {
          at = org.end + collective;
          continue;
        }
        delegation(ctx, org, meeting, sourceAt(ctx, p, p.start + h.index, org.end), 'delegations');
        at = org.end;
      }
    }
    if (current) possessives(ctx, p, current);
  }
}

// A press release's "Burkina Faso's representative said …", "Nepal's delegate said …" (GA/EF/3097): the
// State right before "'s", the verb of speaking right after the noun.
const POSSESSIVE = /['’]s\s+(?:representatives?|delegates?|delegation)\b\s*(?:(?:also|then|further)\s+)?/g;
// "Poland's representative, speaking on behalf of the European Union, stressed …" (GA/EF/3332).
const SPEAKING_FOR = /^,\s*speaking\s+(?:on\s+behalf\s+of|for)\b/i;
// The verb first: "…, said Thailand's representative today", "…, said Indonesia's delegate." (GA/EF/3454).
const SAID_BEFORE =
  /\b(?:said|stressed|noted|added|stated|emphasi[sz]ed|underlined|underscored|observed|recalled|highlighted|cautioned|warned)\s+(?:the\s+)?$/i;

function possessives(ctx: DocContext, p: Passage, meeting: string): void {
  for (const h of matchesOf(POSSESSIVE, p.text)) {
    const at = p.start + h.index;
    const org = mentionsIn(ctx, Math.max(p.start, at - 80), at, 'Organization').find((o) => o.end === at);
    if (!org) continue;
    const after = p.text.slice(h.index + h[0].length, h.index + h[0].length + 40);
    const verb = SPEAKING_FOR.exec(after) ?? SPOKE.exec(after);
    if (verb?.index === 0) {
      delegation(
        ctx,
        org,
        meeting,
        sourceAt(ctx, p, org.start, at + h[0].length + verb[0].length),
        'delegations',
      );
      continue;
    }
    const before = SAID_BEFORE.exec(ctx.doc.text.slice(Math.max(p.start, org.start - 30), org.start));
    if (before)
      delegation(
        ctx,
        org,
        meeting,
        sourceAt(ctx, p, org.start - before[0].length, at + h[0].length),
        'delegations',
      );
  }
}

/** The head noun at `i` names a post: a qualifier before it, or a capital inside a sentence ("…, Representative of"). */
function isPost(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 30), i);
  if (POST_QUALIFIER.test(before)) return true;
  // The head nouns are ASCII words: a capital is A–Z (no copy of the rest of the passage to test it).
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 && /[\p{L},]\s+$/u.test(before);
}

/**
 * The meeting a sentence opens with: "At the 31st meeting, on 12 November, the representative of Malta
 * introduced a draft resolution" (a Main Committee's report names many meetings; the one of the sentence).
 */
function openingMeeting(ctx: DocContext, from: number, at: number): string | undefined {
  const m = mentionsIn(ctx, from, at, 'Meeting')[0];
  if (!m || !/^\W*(?:At|During)\s+(?:the|its)\s+$/i.test(ctx.doc.text.slice(from, m.start))) return undefined;
  return /^[^.;]*,\s*(?:the\s+)?$/.test(ctx.doc.text.slice(m.end, at)) ? m.id : undefined;
}
