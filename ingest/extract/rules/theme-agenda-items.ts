// The agenda item a statement or a report is made under: "I have the honor to speak on behalf of the Group of
// 77 and China on agenda item 17 entitled "Information and communication technologies for development"", or a
// statement's headline "… ON AGENDA ITEM 16: INFORMATION AND COMMUNICATIONS TECHNOLOGIES FOR DEVELOPMENT, AT THE
// SECOND COMMITTEE …" (the Group's statements in the Second Committee, 2010-2014). The document ADDRESSES the
// item's theme, a theme the gazetteer knows, named right after the item's number (its own title, not a word of
// a later clause). Free words after "agenda item" make no theme here: precision first.

import { addEdge, addNode, type DocContext, sourceAt } from '../context.ts';
import { entryNode } from './gazetteer-mentions.ts';

// "agenda item 17 entitled "", "AGENDA ITEM 16: ", "agenda item 19 (b), ": the words right before the title.
const ITEM_BEFORE =
  /\bagenda\s+item\s+\d{1,3}(?:\s*\([a-z]\))?\s*(?::\s*|,?\s+(?:entitled|on)\s+)["“'‘]?\s*$/i;

export function themeAgendaItemsRule(ctx: DocContext): void {
  for (const m of ctx.mentions) {
    if (m.type !== 'Theme') continue;
    const before = ctx.doc.text.slice(Math.max(m.passage.start, m.start - 48), m.start);
    if (!ITEM_BEFORE.test(before)) continue;
    const entry = ctx.gazetteer.byId.get(m.id);
    if (!entry) continue;
    const source = sourceAt(ctx, m.passage, m.start - (before.length - before.search(/agenda/i)), m.end);
    addNode(ctx, entryNode(entry, source), 'theme-agenda-items');
    addEdge(ctx, { type: 'ADDRESSES', from: ctx.info.id, to: m.id, source }, 'theme-agenda-items');
  }
}
