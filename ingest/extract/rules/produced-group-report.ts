// A working group's report named with its symbol: "taking into account … the report of the Group of
// Governmental Experts on … (A/68/98)" (a Secretary-General's compilation of Governments' replies,
// A/69/112), "The report of the 2012/13 Group of Governmental Experts was issued as document A/68/98" (UNODA's
// page on information security): the group PRODUCED that document. agents.ts leaves groups out as agents
// (elsewhere a group acts through its chair); here the report is the group's own. The symbol must come
// right after the group's name, in brackets, as the document the report "was issued as" or is "contained
// in", so a symbol later in the sentence (another report the group took into account) is not taken for it.

import type { Passage } from '../../types.ts';
import {
  addEdge,
  type DocContext,
  type Mention,
  mentionsCovering,
  mentionsStartingIn,
  sourceAt,
} from '../context.ts';

// "… (A/68/98)", "… was issued as document A/68/98", "… as contained in A/80/257" (UNODA's page on the Global
// Mechanism: "the General Assembly endorsed the final report of the open-ended working group on … as contained in
// A/80/257").
// Or the symbol as the text of a footnote whose number a web copy ran into it, right after the name: "the
// consensus report of the 2021 OEWG on developments in the field of ICTs in the context of international
// security 2A/75/816 and …" (dig.watch's copy of the OEWG 2021–2025's first progress report; symbol-grammar.ts
// START). The group may be named with its year before it ("the 2021 OEWG").
const SYMBOL_AFTER =
  /^\s*(?:\(\s*|(?:was|has been|had been)\s+(?:issued|published|circulated)\s+as\s+(?:document\s+)?|,?\s*as\s+contained\s+in\s+(?:document\s+)?|[1-9]\d?)$/;
const REACH = 60;

/** PRODUCED from the group named at `at` (after "report of") to the symbol right after its name. */
export function groupReport(ctx: DocContext, p: Passage, reportAt: number, at: number): void {
  const text = ctx.doc.text;
  const lead = /^\s*(?:the\s+)?(?:(?:19|20)\d{2}\s+)?/i.exec(text.slice(at, at + 16))![0].length;
  // The whole name, not "the Group" read inside it as the group the document is about.
  const group = mentionsCovering(ctx, at + lead + 1)
    .filter((m) => m.type === 'WorkingGroup' && m.start >= at)
    .reduce<Mention | undefined>((a, m) => (a && a.end >= m.end ? a : m), undefined);
  if (!group) return;
  const doc = mentionsStartingIn(ctx, group.end, group.end + REACH).find((m) => m.type === 'Document');
  if (!doc || !SYMBOL_AFTER.test(text.slice(group.end, doc.start))) return;
  addEdge(
    ctx,
    { type: 'PRODUCED', from: group.id, to: doc.id, source: sourceAt(ctx, p, reportAt, doc.end) },
    'produced:group-report',
  );
}
