// Things that are about a theme by name: a working group, meeting or process
// whose name holds the theme ("Working Group on Enhanced Cooperation",
// "Internet Governance Forum"), a resolution "on information and
// communications technologies for development", a document whose title names
// it, an instrument that sets out a theme ("enhanced cooperation as envisioned
// in the Tunis Agenda").

import { addEdge, addNode, type DocContext, mentionsIn, sentenceAt, sourceAt } from '../context.ts';
import { entryNode } from './gazetteer-mentions.ts';

// "on" then a day: when the resolution was adopted, not what it is about; its topic may follow ("resolution
// 79/194 on 19 December 2024 on …").
const ON_DATE =
  /^\s+on\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?\s+\d{4},?/;

export function themeLinksRule(ctx: DocContext): void {
  for (const m of ctx.mentions) {
    if (!['WorkingGroup', 'Meeting', 'Process'].includes(m.type)) continue;
    // A meeting by the words that name it here ("meeting on enhanced cooperation"), not its parent's name.
    // A group within a group ("Correspondence Group of the Working Group on …") by its own words only.
    const name = m.type === 'Meeting' ? m.surface : m.name.replace(/\s+of the Working Group\b.*$/, '');
    // A group named after a process is about that process, not a theme inside the process's name
    // ("Working Group on Improvements to the Internet Governance Forum", ECOSOC resolution 2010/2); so is a
    // meeting named after its process ("the eleventh meeting of the Internet Governance Forum": its parent's
    // name, not its own words).
    const processes = m.type === 'Process' ? [] : ctx.gazetteer.matchType(name, 'Process');
    // The quote must hold the theme's words: a group named here by an acronym or another alias ("Africa IGF" in
    // a contact line) has its theme quoted where its full name is written, not here.
    const said =
      m.type === 'Meeting'
        ? undefined
        : new Set(ctx.gazetteer.matchType(m.surface, 'Theme').map((x) => x.entry.id));
    for (const t of ctx.gazetteer.matchType(name, 'Theme')) {
      if (t.entry.type !== 'Theme') continue;
      if (said && !said.has(t.entry.id)) continue;
      if (processes.some((x) => x.start <= t.start && x.end >= t.end && x.end - x.start > t.end - t.start))
        continue;
      // A known group's name holds the theme ("High-level Panel on Digital Cooperation"): the text's
      // mention is the group's, so the theme is claimed here. So does a known process's ("Internet Governance
      // Forum" in a page whose other "Internet governance" sits inside "European Dialogue on Internet
      // Governance", now a process's name too: the IGF's page on its Parliamentary Track).
      if ((m.type === 'WorkingGroup' || m.type === 'Process') && ctx.gazetteer.byId.has(m.id))
        addNode(ctx, entryNode(t.entry, sourceAt(ctx, m.passage, m.start, m.end)), 'theme-links:name');
      addEdge(
        ctx,
        { type: 'ADDRESSES', from: m.id, to: t.entry.id, source: sourceAt(ctx, m.passage, m.start, m.end) },
        'theme-links:name',
      );
    }
  }
  // The title and the other masthead headings (before the body starts) say what the document is about.
  const title = ctx.info.title;
  const titleP = title ? ctx.passages.find((p) => p.text.includes(title.slice(0, 30))) : undefined;
  const bodyStart = ctx.passages.findIndex(
    (p) => p.kind === 'paragraph' || (p.kind === 'text' && p.text.length > 200),
  );
  const masthead = ctx.passages.slice(0, bodyStart < 0 ? 12 : bodyStart).filter((p) => p.kind === 'heading');
  for (const p of new Set([...(titleP ? [titleP] : []), ...masthead]))
    for (const t of mentionsIn(ctx, p.start, p.end, 'Theme'))
      addEdge(
        ctx,
        { type: 'ADDRESSES', from: ctx.info.id, to: t.id, source: sourceAt(ctx, p, t.start, t.end) },
        'theme-links:title',
      );
  for (const p of ctx.passages) {
    // "resolution (A/RES/66/184) on <theme>"; not "Resolution 79/194 on 19 December 2024" (when it was
    // adopted), nor a theme past the sentence's end ("… on 19 December 2024. / PGA Highlights Digital
    // Divides …", the PGA's WSIS+20 page).
    for (const r of mentionsIn(ctx, p.start, p.end, 'Resolution')) {
      const after = ctx.doc.text
        .slice(r.end, r.end + 60)
        .replace(/^\)/, '')
        .replace(ON_DATE, '');
      if (!/^\s+on\s/.test(after)) continue;
      const end = Math.min(r.end + 90, sentenceAt(p, r.end)?.end ?? p.end);
      const t = mentionsIn(ctx, r.end, end, 'Theme').find((x) => x.end <= end);
      if (t)
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: r.id, to: t.id, source: sourceAt(ctx, p, r.start, t.end) },
          'theme-links:resolution-on',
        );
    }
    // "<theme> as envisioned in / detailed in / set out in <instrument>"
    for (const t of mentionsIn(ctx, p.start, p.end, 'Theme')) {
      const after =
        /^\s+(?:as\s+)?(?:envisioned|envisaged|detailed|set out|described|defined)\s+(?:in|by)\s+(?:paragraphs?\s+[\d\s–-]+(?:to\s+\d+\s+)?of\s+)?(?:the\s+)?/.exec(
          ctx.doc.text.slice(t.end, t.end + 60),
        );
      if (!after) continue;
      const r = mentionsIn(ctx, t.end, t.end + after[0].length + 60, 'Resolution')[0];
      if (r && r.start <= t.end + after[0].length + 1)
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: r.id, to: t.id, source: sourceAt(ctx, p, t.start, r.end) },
          'theme-links:instrument',
        );
    }
  }
}
