// The rules, in order, over one document. Later rules read what earlier ones
// found (mentions, the meetings and working groups of the document).

import type { Gazetteer } from '../gazetteer/types.ts';
import { segment } from '../segment/segment.ts';
import type { SourceDocument } from '../types.ts';
import { type DocContext, type KnownPerson, makeContext } from './context.ts';
import { documentRule } from './rules/document.ts';
import { gazetteerRule } from './rules/gazetteer-mentions.ts';
import { meetingsRule } from './rules/meetings.ts';
import { peopleRule } from './rules/people.ts';
import { symbolsRule } from './rules/symbols.ts';
import { workingGroupsRule } from './rules/working-groups.ts';

export type Rule = (ctx: DocContext) => void;

export const RULES: readonly { name: string; run: Rule }[] = [
  { name: 'document', run: documentRule },
  { name: 'gazetteer', run: gazetteerRule },
  { name: 'symbols', run: symbolsRule },
  { name: 'working-groups', run: workingGroupsRule },
  { name: 'meetings', run: meetingsRule },
  { name: 'people', run: peopleRule },
];

export function extractDocument(doc: SourceDocument, gazetteer: Gazetteer, known: readonly KnownPerson[]): DocContext {
  const passages = segment(doc);
  const ctx = makeContext(doc, passages, gazetteer, known, 'document:pending');
  for (const r of RULES) r.run(ctx);
  return ctx;
}
