// Groups a working group sets up inside itself (MODEL.md WorkingGroup): "Created
// correspondence group & agreed on Terms of Reference", "the drafting group
// met twice". In a document about a working group, such a group is that
// group's own: "Correspondence Group of the Working Group on Enhanced
// Cooperation (2013–2014)". The model has no relationship from a group to the
// group it belongs to, so only the node (and its mentions) is recorded.

import { idFor } from '../claims.ts';
import { addMention, addNode, claimsFor, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const KINDS = [
  'correspondence group',
  'drafting group',
  'contact group',
  'sub-group',
  'subgroup',
  'expert group',
];
const WORDS = triggerWords(KINDS);
const KIND = new RegExp(`\\b(?:${KINDS.join('|').replace(/-/g, '\\-')})\\b`, 'gi');

const titleCase = (s: string): string =>
  s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

export function subGroupsRule(ctx: DocContext): void {
  const wg = ctx.state.get('workingGroup');
  if (!wg) return;
  const parent = claimsFor(ctx, wg)[0];
  if (!parent) return;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(KIND, p.text)) {
      const kind = titleCase(m[0].toLowerCase());
      const name = `${kind} of the ${parent.name}`;
      const id = idFor('WorkingGroup', name);
      const start = p.start + m.index;
      const end = start + m[0].length;
      addNode(
        ctx,
        {
          id,
          type: 'WorkingGroup',
          name,
          aliases: [m[0]],
          source: sourceAt(ctx, p, start, end),
        },
        'sub-groups',
      );
      addMention(ctx, { id, type: 'WorkingGroup', name, start, end, surface: m[0], passage: p });
    }
  }
}
