// A report saying which group wrote it: "This report has been produced by the Working Group on Internet
// Governance (WGIG), which was set up by the Secretary-General …" (the WGIG report's first paragraph, June 2005,
// issued to the Tunis phase's PrepCom-3 as WSIS-II/PC-3/DOC/5). agents.ts leaves groups out as agents (elsewhere a
// group acts through its chair), but here the report is the document itself and the group its author: PRODUCED
// from the group to this document. Only with the report as the sentence's subject (produced.ts SELF_SUBJECT) and
// the group's name right after "by"; "… prepared by the Chair of the Working Group" is the chair's (agents.ts).

import { type DocContext, type Mention, mentionsCovering } from '../context.ts';

const LEAD = /^\s*(?:the\s+)?/i;

/** The working group named right after "by" at `at`, when nothing else there acts. */
export function selfReportGroup(ctx: DocContext, at: number): Mention | undefined {
  const lead = LEAD.exec(ctx.doc.text.slice(at, at + 8))![0].length;
  const m = mentionsCovering(ctx, at + lead + 1).find((x) => x.start <= at + lead + 1);
  return m?.type === 'WorkingGroup' && m.start >= at ? m : undefined;
}
