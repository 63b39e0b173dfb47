// The rules, in order (extract-document.ts runs them over one document). Later rules read what earlier ones
// found (mentions, the meetings and working groups of the document); a rule's comment says which it follows.

import type { DocContext } from './context.ts';
import { FIRST_PASS_RULES } from './first-pass-rules.ts';
import { SECOND_PASS_RULES } from './second-pass-rules.ts';

export type Rule = (ctx: DocContext) => void;

export const RULES: readonly { name: string; run: Rule }[] = [...FIRST_PASS_RULES, ...SECOND_PASS_RULES];

/** Rules up to this one need nothing from other documents; the rest run once the batch's people are known. */
export const FIRST_PASS_END = 'fuzzy-states';
