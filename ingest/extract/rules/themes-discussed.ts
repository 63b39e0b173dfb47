// Themes a meeting took up, as the text says it: "The STI's role in building
// resilient communities was discussed at the 22nd annual session of the
// Commission" (the meeting ADDRESSES the theme, and so does the resolution
// that resulted from it); a section heading that repeats an agenda item
// ("VI. Progress made in the implementation of and follow-up to WSIS outcomes
// …") is that item, taken up by the meeting reported on; "The meeting
// considered the following issues on its agenda: …; review of work and
// documents related to enhanced cooperation; …" (WGEC 2016 first meeting,
// Chair's summary ¶3): a known theme an agenda item names is taken up too.

import {
  addEdge,
  addMention,
  addNode,
  type DocContext,
  mentionsIn,
  sentenceAt,
  sentences,
  sourceAt,
} from '../context.ts';
import { currentMeeting } from './current-meeting.ts';
import { cleanThemeText, themeIdFor } from './theme-names.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const DISCUSSED =
  /^(?:The\s+)?(.{6,120}?)\s+(?:was|were|has been|have been)\s+(?:discussed|addressed|considered|examined|debated)\s+(?:at|during|by)\s+(?:the\s+)?/;

// A document under discussion is no theme: "The Zero Draft was discussed during stakeholder consultations on
// October 13 & 14, 2025" (a blog on the WSIS+20 review), "the elements paper was considered at …": a name
// ending in a document's noun, with up to three words before it.
const A_DOCUMENT =
  /^(?:[\p{L}\d+-]+\s+){0,3}(?:drafts?|papers?|reports?|documents?|texts?|non-papers?|resolutions?|declarations?|letters?)(?:\s+(?:rev\.?\s*)?\d+)?$/iu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9+]+/g) ?? []);
}

// DISCUSSED needs one of these words: a passage without any is not read sentence by sentence (the test
// ignores case, trigger-words.ts; a passage holding one in other letters is only read).
const DISCUSSED_VERB = triggerWords(['discussed', 'addressed', 'considered', 'examined', 'debated']);

export function themesDiscussedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, DISCUSSED_VERB)) continue;
    for (const s of sentences(p)) {
      const lead = /^[\s\-–•]*(?:\d{1,3}\.\s+)?/.exec(s.text)![0].length;
      const m = DISCUSSED.exec(s.text.slice(lead));
      if (!m) continue;
      const at = s.start + lead + m[0].length;
      const meeting = mentionsIn(ctx, at - 1, s.end, 'Meeting')[0];
      const name = cleanThemeText(m[1]!);
      if (!meeting || meeting.start > at + 2 || !name) continue;
      if (A_DOCUMENT.test(m[1]!.replace(/^(?:the|this|that|its|their)\s+/i, '').replace(/^\w+['’]s\s+/, '')))
        continue;
      const start = s.start + lead + m[0].indexOf(m[1]!);
      const t = themeIdFor(ctx.gazetteer, name);
      const source = sourceAt(ctx, p, start, meeting.end);
      addNode(ctx, { id: t.id, type: 'Theme', name: t.name, source }, 'themes:discussed');
      addMention(ctx, {
        id: t.id,
        type: 'Theme',
        name: t.name,
        start,
        end: start + m[1]!.length,
        surface: m[1]!,
        passage: p,
      });
      addEdge(ctx, { type: 'ADDRESSES', from: meeting.id, to: t.id, source }, 'themes:discussed');
      // "…, and the resultant resolution (E/RES/2019/254) …": the resolution is about it too.
      const res = mentionsIn(ctx, meeting.end, s.end, 'Resolution').find(() =>
        /\bresultant|resulting\b/.test(s.text),
      );
      if (res)
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: res.id, to: t.id, source: sourceAt(ctx, p, start, res.end) },
          'themes:discussed',
        );
    }
  }
  inlineAgenda(ctx);
  // Section headings that restate an agenda item of the document.
  const agenda = ctx.claims.nodes.filter((n) => n.rule === 'themes:agenda');
  if (agenda.length === 0) return;
  for (const p of ctx.passages) {
    if (p.text.length > 220 || !/^\s*[IVX]+\.\s+/.test(p.text)) continue;
    const w = words(p.text.replace(/^\s*[IVX]+\.\s+/, ''));
    for (const a of agenda) {
      const aw = words(a.name);
      const shared = [...w].filter((x) => aw.has(x)).length;
      if (w.size < 5 || shared / w.size < 0.8) continue;
      const meeting = currentMeeting(ctx, p);
      const source = sourceAt(ctx, p, p.start, p.end);
      addNode(
        ctx,
        {
          id: a.id,
          type: 'Theme',
          name: a.name,
          aliases: [p.text.replace(/^\s*[IVX]+\.\s+/, '').trim()],
          source,
        },
        'themes:section',
      );
      if (meeting) addEdge(ctx, { type: 'ADDRESSES', from: meeting, to: a.id, source }, 'themes:section');
      break;
    }
  }
}

const AGENDA_WORDS = triggerWords(['agenda']);
const INLINE_AGENDA =
  /\b(?:considered|discussed|adopted|took\s+up|addressed)\s+the\s+following\s+(?:issues|items|topics|questions)\s+(?:on|of)\s+its\s+agenda\s*:/;

/** "<The meeting> considered the following issues on its agenda: a; b; c.": the known themes the items name. */
function inlineAgenda(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, AGENDA_WORDS)) continue;
    const m = INLINE_AGENDA.exec(p.text);
    if (!m) continue;
    const at = p.start + m.index;
    const from = at + m[0].length;
    // The items run to the end of the sentence (they are separated by semicolons).
    const stop = p.text.slice(m.index + m[0].length).search(/\.(?:\s|$)/);
    const to = stop < 0 ? p.end : from + stop;
    // The meeting named before the verb, else the one reported on ("The meeting considered …").
    const s = sentenceAt(p, at);
    const named = s ? mentionsIn(ctx, s.start, at, 'Meeting').pop() : undefined;
    const subject = /(?:^|[.:]\s+|^\s*\d+\.\s*)The\s+meeting\s+$/i.test(p.text.slice(0, m.index));
    const meeting = named?.id ?? (subject ? currentMeeting(ctx, p) : undefined);
    if (!meeting) continue;
    for (const t of mentionsIn(ctx, from, to, 'Theme'))
      addEdge(
        ctx,
        { type: 'ADDRESSES', from: meeting, to: t.id, source: sourceAt(ctx, p, at, t.end) },
        'themes:inline-agenda',
      );
  }
}
