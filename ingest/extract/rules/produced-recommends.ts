// A body's own recommendation of the drafts that follow (MODEL.md PRODUCED): "1. The Commission on Science and
// Technology for Development recommends to the Economic and Social Council the adoption of the following draft
// resolution:" opens chapter I of a CSTD session report and a draft circulated on its own (the CSTD's 2008 draft
// on WSIS implementation); "The Second Committee recommends to the General Assembly the adoption of the following
// draft resolution:" closes a Main Committee's report. The body that recommends wrote the text holding the
// drafts. Only a body that is the sentence's subject ("The Commission … recommends"), not one a sentence reports
// on ("noted that the Commission recommends …"), nor a recommendation of something else ("… the adoption of
// the report").

import { addEdge, type DocContext, sentences, sourceAt } from '../context.ts';
import { agentAt } from './agents.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['recommends']);
const SUBJECT_LEAD = /^\s*(?:\d{1,3}\.\s+)?(?=The\s)/;
const RECOMMENDS =
  /^\s+recommends\s+to\s+the\s+[^.;:]{3,60}?\s+the\s+adoption\s+of\s+the\s+following\s+draft\s+(?:resolutions?|decisions?)\b/;

export function producedRecommendsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      const lead = SUBJECT_LEAD.exec(s.text);
      if (!lead) continue;
      const agent = agentAt(ctx, s.start + lead[0].length);
      if (!agent?.id.startsWith('organization:')) continue;
      // The body's name opens the sentence: only "The" before it.
      if (!/^\s*(?:\d{1,3}\.\s+)?the\s*$/i.test(ctx.doc.text.slice(s.start, agent.start))) continue;
      const verb = RECOMMENDS.exec(ctx.doc.text.slice(agent.end, s.end));
      if (!verb) continue;
      addEdge(
        ctx,
        {
          type: 'PRODUCED',
          from: agent.id,
          to: ctx.info.id,
          source: sourceAt(ctx, p, agent.start, agent.end + verb[0].length),
        },
        'produced:recommends',
      );
    }
  }
}
