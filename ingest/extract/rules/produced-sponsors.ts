// A draft resolution's masthead lists its sponsors before ": draft resolution": "Albania,* Australia,* Austria,
// … United States of America* and Uruguay: draft resolution 47/… The promotion, protection and enjoyment of
// human rights on the Internet" (A/HRC/47/L.22; the General Assembly's Main Committees' drafts, A/C.2/…/L.…,
// the same). The States listed submitted the draft: each PRODUCED the document, as "(A/C.2/70/L.4/Rev.1),
// submitted by Andorra, Argentina, …" does (produced.ts). Only the run of Member States the gazetteer knows
// right before the colon, joined by commas, the asterisk marking a State not a member of the Council, and
// "and": the run stops at any other word (the agenda item's title before it). Only in a document that is a
// draft (an "/L." symbol): a page quoting a draft's masthead is not that draft.
// An observer State co-sponsors beside Member States: "Spain,* State of Palestine,* Switzerland,*" (A/HRC/28/L.27)
// stopped the run there and lost the sponsors before it; the gazetteer's observer States (observerState) are
// read like Member States.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { addEdge, type DocContext, passageAt, sourceAt } from '../context.ts';
import { mentionsIn } from '../mention-queries.ts';
import { isSponsorState } from './body-kinds.ts';

// The last sponsor's asterisk may come out after the colon in a PDF's copy: "Uganda,* Uruguay,* Zambia:* draft
// resolution" (A/HRC/28/L.27 as a document-sharing site gives it); a revision's masthead says "Switzerland and
// Uruguay: revised draft resolution" (A/C.3/69/L.26/Rev.1).
const DRAFT = /:\s*\**\s*(?:revised\s+)?draft\s+(?:resolution|decision)\b/;
// What stands between two sponsors: a comma or "and", an asterisk (a footnote marker) beside it. A bare space
// is none: "… sample rights in Kenya Brazil and Chile" (a flattened masthead) runs the item's title into the list.
// A State's bracketed form may follow its name: "Bolivia (Plurinational State of),*".
const JOINER = /^\s*(?:\([^()]{1,40}\))?\s*\**\s*(?:,\s*\**\s*(?:and\s+)?|and\s+)$/;
const LAST = /^\s*(?:\([^()]{1,40}\))?[\s*]*$/;
// The masthead's first characters: the sponsors' line stands before the first paragraph.
const MASTHEAD = 6000;

export function producedSponsorsRule(ctx: DocContext): void {
  const symbol = ctx.info.symbol;
  if (!symbol || !/\/L\.\d/.test(symbol)) return;
  const text = ctx.doc.text;
  const m = DRAFT.exec(text.slice(0, MASTHEAD));
  if (!m) return;
  const p = ctx.passages.find((q) => q.start <= m.index && m.index < q.end);
  if (!p) return;
  // From the masthead's start, not the colon's passage: a PDF's copy may break the list into passages at a line
  // end ("Georgia,* Germany,\nGreece,* …", A/HRC/28/L.27); the run still stops at the first word that is no joint.
  const states = mentionsIn(ctx, 0, m.index).filter((x) => isSponsorState(ctx, x.id));
  const run = [];
  let end = m.index;
  for (let i = states.length - 1; i >= 0; i--) {
    const s = states[i]!;
    // The last sponsor stands right before the colon (an asterisk between).
    const gap = text.slice(s.end, end);
    if (!(run.length === 0 ? LAST : JOINER).test(gap)) break;
    run.push(s);
    end = s.start;
  }
  // A list of one is a sponsor too, but a lone State name right before the colon may be a title's last word.
  if (run.length < 2) return;
  const draftEnd = m.index + m[0].length;
  for (const s of run) {
    const q = passageAt(ctx, s.start) ?? p;
    addEdge(
      ctx,
      {
        type: 'PRODUCED',
        from: s.id,
        to: ctx.info.id,
        // The sponsor and ": draft resolution" when a quote can hold both; else the sponsor's name in the list:
        // a quote cut to its last 300 characters showed the list's end, not "Albania" (50 sponsors of L.22).
        source: sourceAt(
          ctx,
          q,
          s.start,
          q === p && draftEnd - s.start <= MAX_QUOTE_LENGTH ? draftEnd : s.end,
        ),
      },
      'produced-sponsors',
    );
  }
}
