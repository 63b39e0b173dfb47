// A Secretariat post beside a name in prose: "Closing Remarks by Mr. Sha Zukang, Under-Secretary-General for
// Economic and Social Affairs" (DESA's pages on the 2010 consultations on enhanced cooperation), "the
// Under-Secretary-General for Economic and Social Affairs, Mr. Li Junhua". The Secretariat's Under- and
// Assistant Secretaries-General for <X> head its Department of <X> (ST/SGB/2019/2 ff., each department's
// bulletin), as people-capital-posts.ts reads the same post in capitals: AFFILIATED_WITH that department,
// titled by the post. Only a department the gazetteer knows by that whole name counts; the post must touch
// the name (a comma between, "the" at most): a post named elsewhere in the sentence is someone else's.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { wholeBody } from './people-capital-posts.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "Under-Secretary-General for Economic and Social Affairs": capitalised words, "and" and "of" between.
const POST =
  /\b(?:Under|Assistant)-Secretary-General\s+for\s+(\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|the)\s+)*\p{Lu}[\p{L}-]*)*)/gu;
// Name, post: "Mr. Sha Zukang, Under-Secretary-General …", "Mr Liu Zhenmin, the Under-Secretary-General …".
const NAME_THEN_POST = /^,\s*(?:the\s+)?(?:United Nations\s+|UN\s+)?$/;
// Post, name: "… for Economic and Social Affairs, Mr. Li Junhua".
const POST_THEN_NAME = /^,\s*$/;

/**
 * The person a post at `start`–`end` belongs to: the name right before it ("Mr. X, the Under-Secretary-General
 * for …", `nameThenPost` saying what may stand between) or right after it ("… for Economic and Social Affairs,
 * Mr. Li Junhua").
 */
export function postHolder(
  ctx: DocContext,
  p: Passage,
  start: number,
  end: number,
  nameThenPost: RegExp,
): Mention | undefined {
  const text = ctx.doc.text;
  const people = mentionsIn(ctx, Math.max(p.start, start - 80), Math.min(p.end, end + 80), 'Person');
  const before = people.findLast((x) => x.end <= start && nameThenPost.test(text.slice(x.end, start)));
  return before ?? people.find((x) => x.start >= end && POST_THEN_NAME.test(text.slice(end, x.start)));
}

// The words of the test below, in any case (trigger-words.ts): a bit test before a read of the passage.
const WORDS = triggerWords(['secretary-general for']);

export function peopleDepartmentPostsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || !p.text.includes('Secretary-General for')) continue;
    for (const m of matchesOf(POST, p.text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      const dept = wholeBody(ctx, `Department of ${m[1]}`);
      if (!dept) continue;
      const who = postHolder(ctx, p, start, end, NAME_THEN_POST);
      if (!who) continue;
      const source = sourceAt(ctx, p, Math.min(who.start, start), Math.max(who.end, end));
      addNode(ctx, entryNode(dept.entry, source), 'people-department-posts');
      const title = m[0].replace(/\s+/g, ' ');
      addEdge(
        ctx,
        { type: 'AFFILIATED_WITH', from: who.id, to: dept.entry.id, properties: props({ title }), source },
        'people-department-posts',
      );
    }
  }
}
