// The rules (rule-order.ts), in order, over one document, each failing alone.

import type { Gazetteer } from '../gazetteer/types.ts';
import { segment } from '../segment/segment.ts';
import type { SourceDocument } from '../types.ts';
import { type DocContext, type KnownPerson, makeContext } from './context.ts';
import { FIRST_PASS_END, RULES } from './rule-order.ts';

export function runRules(ctx: DocContext, phase: 'first' | 'second' | 'all'): void {
  const cut = RULES.findIndex((r) => r.name === FIRST_PASS_END) + 1;
  const rules = phase === 'first' ? RULES.slice(0, cut) : phase === 'second' ? RULES.slice(cut) : RULES;
  for (const r of rules) {
    // One rule failing on an unexpected text loses that rule's facts for this document, not the batch.
    try {
      r.run(ctx);
    } catch (e) {
      ctx.warnings.push({
        level: 'warning',
        file: ctx.doc.file,
        rule: r.name,
        message: `rule ${r.name} failed: ${(e as Error).message}`,
      });
    }
  }
}

/** All rules over one document (the batch's people given in `known`). */
export function extractDocument(doc: SourceDocument, gazetteer: Gazetteer, known: KnownPerson[]): DocContext {
  const ctx = makeContext(doc, segment(doc), gazetteer, known, 'document:pending');
  runRules(ctx, 'all');
  return ctx;
}
