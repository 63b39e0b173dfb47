// Co-facilitators named with the post as a label before their names, the Process left to the text around
// them (CHAIRED Person → Process, as chair-process.ts): an account of a consultation "for the WSIS+20 review
// process, featuring co-facilitators Ambassador A and Ambassador B" (dig.watch's session pages, 2025), a
// consultation page "WSIS+20 … consultation with co-facilitators" whose text says "Co-facilitators Ambassador
// A and Ambassador B welcomed …". The post names no Process after it, so the Process is
//   - the one named before the post in its sentence ("… session for the WSIS+20 review process, featuring
//     co-facilitators A and B"), else
//   - the one the document's title names ("WSIS+20 Overall Review multistakeholder consultation with
//     co-facilitators"),
// and only when that is one Process the gazetteer knows, no yearly one (the IGF's editions have no
// co-facilitators), and no summit whose reviews the gazetteer knows: co-facilitators of "the overall review of
// the outcomes of the WSIS" led a review, which one the words do not say (WSIS+10 in 2015, WSIS+20 in 2025).
// A post followed by what it is for or of is chair-process.ts's ("co-facilitators of the WSIS+20 review, A
// and B"); a post for a process named after the names is not this rule's either.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { addNode, type DocContext, mentionsIn, mentionsStartingIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { isMemberState } from './body-kinds.ts';
import { chainAfter } from './chair-process.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRIGGER = triggerWords(['facilitat']);
const LABEL = /\b[Cc]o-?[Ff]acilitators\b/g;
// Between the label and the first name: a comma, a colon, markdown stars ("*Co-facilitators* *H.E. Ms. A*").
const LEAD = /^[\s,:*]*$/;
// After the chain, what the post is for: "A and B of the GDC", "A and B, co-facilitators for the negotiations"; not
// the second one's State ("Ambassador A of Sweden and Ambassador B of Zambia welcomed …").
const FOR_AFTER = /^[\s,]*(?:(?:the\s+)?co-?facilitators\s+)?(?:of|for|on)\s+(?:the\s+)?/i;

export function chairProcessLabelRule(ctx: DocContext): void {
  let titled: GazetteerEntry | null | undefined;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    for (const s of sentences(p)) {
      const people = mentionsIn(ctx, s.start, s.end, 'Person');
      if (!people.length) continue;
      for (const m of matchesOf(LABEL, s.text)) {
        const postAt = s.start + m.index;
        const postEnd = postAt + m[0].length;
        // The people named right after the label, one after another ("A and B", "A, Ambassador of Latvia and B").
        const chain = chainAfter(people, ctx.doc.text, postEnd, (gap) => LEAD.test(gap));
        if (!chain.length) continue;
        const last = chain[chain.length - 1]!;
        if (forAfter(ctx, last.end)) continue;
        const before = oneProcess(ctx, mentionsIn(ctx, s.start, postAt));
        if (before === undefined && titled === undefined) titled = titleProcess(ctx) ?? null;
        const process = before ?? titled ?? undefined;
        if (!process) continue;
        const source = sourceAt(ctx, p, postAt, last.end);
        addNode(ctx, entryNode(process, source), 'chair-process-label');
        for (const h of chain)
          addChaired(ctx, h.id, process.id, 'Co-Facilitator', source, 'chair-process-label');
      }
    }
  }
}

/** Whether the chain goes on with what it co-facilitates (anything but a Member State: the person's own). */
function forAfter(ctx: DocContext, end: number): boolean {
  const f = FOR_AFTER.exec(ctx.doc.text.slice(end, end + 40));
  if (!f) return false;
  const at = end + f[0].length;
  return !mentionsStartingIn(ctx, at, at).some((m) => isMemberState(ctx, m.id));
}

/** The one Process (or gazetteer Meeting) of `mentions` co-facilitators can lead; undefined: none or several. */
function oneProcess(ctx: DocContext, mentions: readonly { id: string }[]): GazetteerEntry | undefined {
  let found: GazetteerEntry | undefined;
  for (const { id } of mentions) {
    const entry = ctx.gazetteer.byId.get(id);
    // A summit the gazetteer knows as a Meeting is led as a Process is ("co-facilitators of the Summit of the
    // Future").
    if (
      (entry?.type !== 'Process' && entry?.type !== 'Meeting') ||
      entry.annual ||
      hasReviews(ctx, id) ||
      entry === found
    )
      continue;
    if (found) return undefined;
    found = entry;
  }
  return found;
}

/** Whether the gazetteer knows reviews of the process ("wsis+10", "wsis+20" of "wsis"). */
function hasReviews(ctx: DocContext, id: string): boolean {
  return ctx.gazetteer.byId.has(`${id}+10`) || ctx.gazetteer.byId.has(`${id}+20`);
}

/** The Process the document's title names, when it names one. */
function titleProcess(ctx: DocContext): GazetteerEntry | undefined {
  const title = ctx.info.title;
  return title
    ? oneProcess(
        ctx,
        ctx.gazetteer.match(title).map((h) => h.entry),
      )
    : undefined;
}
