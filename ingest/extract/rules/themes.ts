// Themes (issue 3, item 3: "themes named as themes, guiding questions or
// issues"): agenda items under "Item 2 of the provisional agenda", items of a
// list introduced as themes, issues, topics or questions, "Theme 1: …"
// headings, lettered groupings ("A. Replies related to …"). The document
// ADDRESSES them; so does the meeting the list belongs to (named in the
// introducing sentence, else the meeting reported on); a session named in the
// masthead ADDRESSES its agenda items. Lettered groupings: theme-lettered-groups.ts.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, lastMentionBefore, mentionsStartingIn, sourceAt } from '../context.ts';
import { currentMeeting, nextMeeting } from './current-meeting.ts';
import { addTheme } from './theme-claim.ts';
import { letteredGroups } from './theme-lettered-groups.ts';
import { taskItem } from './theme-tasks.ts';
import { endsOpen, titleRest } from './title-wrap.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const AGENDA =
  /^\s*\**\s*Item\s+\d+(?:\s*\([a-z]\))?\s+of\s+the\s+(?:provisional|preliminary|annotated)?\s*(?:agenda|list)[*¹²³]*/im;
// AGENDA needs the word "Item" (it has the i flag): a passage without it is not searched.
const ITEM_WORDS = triggerWords(['item']);
const THEME_HEADING = /^\s*(?:[IVX]+\.|[A-Z]\.)?\s*Theme\s+\d+\s*:\s*(.+)$/m;
const INTRO = /\b(themes?|issues?|topics?|questions?|priorit(?:y|ies)|areas?)\b[^.]*:\s*$/i;
// "The Commission held a panel meeting to study the following three sub-themes:" (CSTD panel notice, 2004):
// the list is that new, unnamed gathering's, not the meeting the document otherwise reports on.
const NEW_GATHERING =
  /\b(?:held|holds|hold|organi[sz]ed|convened|hosted)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:meeting|panel|workshop|seminar|dialogue|consultation|event|retreat)\b[^.:]*$/i;

export function themesRule(ctx: DocContext): void {
  const ps = ctx.passages;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    // "Item 2 of the provisional agenda" then the item's title (same block or next).
    const agenda = hasTrigger(p, ITEM_WORDS) ? AGENDA.exec(p.text) : null;
    if (agenda) agendaItem(ctx, i, agenda.index + agenda[0].length);
    // "Theme 1: Data for Development"
    // Headings only (the expression was run on every passage, its answer kept for headings).
    const heading = p.kind === 'heading' ? THEME_HEADING.exec(p.text) : null;
    if (heading) {
      const at = p.start + heading.index + heading[0].indexOf(heading[1]!);
      const id = addTheme(ctx, p, at, at + heading[1]!.length, heading[1]!, 'themes:heading');
      const meeting = currentMeeting(ctx, p);
      if (id && meeting)
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: meeting, to: id, source: sourceAt(ctx, p, at, at + heading[1]!.length) },
          'themes:heading',
        );
    }
    listItems(ctx, i);
  }
  letteredGroups(ctx);
  resolutionTitle(ctx);
}

const GATHERING_TITLE =
  /^(?:(?:High-level\s+)?[Pp]anel(?:\s+discussion)?|(?:Expert\s+)?[Ww]orkshop|[Ss]eminar|[Ee]xpert\s+consultation|[Ii]ntersessional\s+meeting)\s+on\s+/;

/** A resolution is about what its title says ("79/301. Information and communications technologies for …"). */
function resolutionTitle(ctx: DocContext): void {
  const self = ctx.state.get('selfResolution');
  const p = ctx.passages.slice(0, 20).find((q) => /^\s*\**\d{2,4}\/\d{1,3}\.\s+\S/.test(q.text));
  // A title cut at its line end gives no theme (title-wrap.ts), nor does one going on over a long line: "80/173.
  // Outcome document of the high-level meeting of the" over "General Assembly on the overall review …" (A/RES/80/173
  // as read from its PDF).
  if (!self || !p || titleRest(ctx, p) !== undefined || endsOpen(p.text.split('\n')[0]!)) return;
  let words = p.text
    .split('\n')[0]!
    .replace(/^\s*\**\d{2,4}\/\d{1,3}\.\s+/, '')
    .replace(/\*+/g, '')
    .trim();
  // The title of the resolution adopting a gazetteer instrument is that instrument's name, no topic: "79/1. The
  // Pact for the Future" (A/RES/79/1), "70/1. Transforming our world: the 2030 Agenda for Sustainable
  // Development" (document-self.ts: the text is the instrument's node).
  if (ctx.gazetteer.byId.get(self)?.type === 'Resolution') return;
  // A decision titled by the gathering it convenes is about that gathering's subject: "25/117. Panel on the
  // right to privacy in the digital age" (a Human Rights Council decision, q94) is about the right to privacy in
  // the digital age; "Panel on …" is no topic.
  const head = GATHERING_TITLE.exec(words)?.[0].length ?? 0;
  const at = p.start + p.text.indexOf(words) + head;
  words = words.slice(head);
  const id = addTheme(ctx, p, at, at + words.length, words, 'themes:resolution-title');
  if (id)
    addEdge(
      ctx,
      { type: 'ADDRESSES', from: self, to: id, source: sourceAt(ctx, p, at, at + words.length) },
      'themes:resolution-title',
    );
}

// The last item of a list closes with a full stop (or a semicolon) at its line's end; a line after it is the
// page's next paragraph, not the rest of the item: "(d) Measuring the gender dimension in e-commerce and the
// digital economy.\nFurther information and documentation for this meeting can be found at …" (an UNCTAD
// meeting page listing the topics agreed for a working group's meeting) names one topic, not both lines.
const ITEM_CLOSED = /[.;]\n(?=\p{Lu})/u;

/** The length of a list item's own words: up to the end of a line that closes it. */
function itemLength(text: string): number {
  const m = ITEM_CLOSED.exec(text);
  return m ? m.index + 1 : text.length;
}

/** Items (a), (b) … after a sentence ending "… the following themes:" / "… issues …:". */
function listItems(ctx: DocContext, i: number): void {
  const p = ctx.passages[i]!;
  const text = p.text.trimEnd();
  // INTRO ends with a colon: most passages are skipped without a regex pass.
  if (text.charCodeAt(text.length - 1) !== 58) return;
  const intro = INTRO.exec(text);
  if (!intro) return;
  const introStart = p.start + intro.index;
  // The meeting the list is for when the introduction ends with it ("… at its second meeting:").
  // Mentions starting in the passage, in the order they were found (the index, not a scan of all mentions).
  const named = mentionsStartingIn(ctx, p.start, p.end)
    .filter((m) => m.type === 'Meeting' && m.end <= p.end && p.end - m.end < 6)
    .pop();
  // "topics for the next meeting …:" (000 annex ¶7): the questions guide the meeting after the one reported on.
  const fresh = NEW_GATHERING.test(text.slice(0, intro.index));
  const meeting =
    named?.id ??
    (fresh ? undefined : /\bnext\s+meeting\b/i.test(text) ? nextMeeting(ctx, p) : currentMeeting(ctx, p));
  const ofDocument = /^themes?$/i.test(intro[1]!);
  for (let j = i + 1; j < ctx.passages.length; j++) {
    const q = ctx.passages[j]!;
    if (q.kind !== 'item' && q.kind !== 'bullet') break;
    // "• Serve as advocate and focal point for …": a duty under "areas:", no topic (theme-tasks.ts).
    if (taskItem(q.text)) continue;
    const end = q.start + itemLength(q.text);
    const id = addTheme(ctx, q, q.start, end, q.text.slice(0, end - q.start), 'themes:list', ofDocument);
    if (id && meeting)
      addEdge(
        ctx,
        { type: 'ADDRESSES', from: meeting, to: id, source: sourceAt(ctx, q, q.start, end) },
        'themes:list',
      );
  }
  void introStart;
}

/** The title of an agenda item: the words after "Item N of the … agenda", on the same block or the next. */
function agendaItem(ctx: DocContext, i: number, after: number): void {
  const ps = ctx.passages;
  const p = ps[i]!;
  const parts: { q: Passage; from: number }[] = [];
  let gapped = false;
  if (p.text.slice(after).replace(/[*\s]/g, '')) parts.push({ q: p, from: p.start + after });
  for (let j = i + 1; j < ps.length && parts.length < 3; j++) {
    const q = ps[j]!;
    const prev = ps[j - 1]!;
    // A blank line ends the title, unless the next block goes on in lower case: a web copy that sets every
    // masthead line apart ("Information and communication technologies" over "for development", A/71/67).
    const apart = parts.length > 0 && q.start > prev.end + 1;
    if (apart && !/^\p{Ll}/u.test(q.text.trimStart())) break;
    if (AGENDA.test(q.text) || q.kind === 'paragraph') break;
    gapped ||= apart;
    parts.push({ q, from: q.start });
  }
  if (parts.length === 0) return;
  const last = parts[parts.length - 1]!;
  const text = ctx.doc.text.slice(parts[0]!.from, last.q.end);
  const colon = text.lastIndexOf(':');
  const words = (colon > 0 ? text.slice(colon + 1) : text).replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();
  // One word the text ends on is a copy cut off mid-title ("Item 18 (b) of the provisional agenda" over "Econ").
  if (!/\s/.test(words) && !ctx.doc.text.slice(last.q.end).trim()) return;
  // A title over blocks set apart is quoted whole, from its first block.
  const first = parts[0]!.q;
  const block: Passage = !gapped
    ? last.q
    : {
        locator: first.locator,
        kind: first.kind,
        start: first.start,
        end: last.q.end,
        text: ctx.doc.text.slice(first.start, last.q.end),
      };
  const id = addTheme(ctx, block, gapped ? parts[0]!.from : last.q.start, last.q.end, words, 'themes:agenda');
  const session = lastMentionBefore(ctx, p.start + after, (m) => m.type === 'Meeting');
  if (id && session)
    addEdge(
      ctx,
      { type: 'ADDRESSES', from: session.id, to: id, source: sourceAt(ctx, p, p.start, p.end) },
      'themes:agenda',
    );
}
