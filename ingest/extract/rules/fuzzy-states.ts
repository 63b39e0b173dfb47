// Typing errors in lists of delegations ("Representatives from …, Cuba, South
// Africa, Camerron."): a capitalised item the gazetteer does not know is read
// as the Member State whose name is within two letters of it.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { editDistance } from '../../resolve/names.ts';
import { props } from '../claims.ts';
import { addMention, addNode, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const ITEM = /[^,]+/g;
// LIST needs one of these words: a passage without any is not searched.
const LIST_WORDS = triggerWords(['representative', 'delegat']);
const LIST = /\b(?:[Rr]epresentatives?|[Dd]elegat(?:es|ions?)|[Dd]elegates)\s+(?:from|of)\s+([^.;]+)/g;

function closest(states: readonly GazetteerEntry[], word: string): GazetteerEntry | undefined {
  let best: GazetteerEntry | undefined;
  let bestD = 3;
  for (const e of states)
    for (const name of [e.name, ...e.aliases]) {
      if (Math.abs(name.length - word.length) > 2) continue;
      const d = editDistance(name.toLowerCase(), word.toLowerCase(), 2);
      if (d < bestD) {
        bestD = d;
        best = e;
      }
    }
  return bestD <= 2 ? best : undefined;
}

export function fuzzyStatesRule(ctx: DocContext): void {
  const states = ctx.gazetteer.entries.filter((e) => e.kind === 'member-state');
  for (const p of ctx.passages) {
    if (!hasTrigger(p, LIST_WORDS)) continue;
    for (const l of matchesOf(LIST, p.text)) {
      const listStart = p.start + l.index + l[0].length - l[1]!.length;
      for (const item of matchesOf(ITEM, l[1]!)) {
        const word = item[0].replace(/^\s*(?:and\s+)?(?:the\s+)?/i, '').trim();
        const start = listStart + item.index + item[0].indexOf(word);
        const end = start + word.length;
        if (word.length < 5 || !/^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$/.test(word)) continue;
        if (mentionsIn(ctx, start, end).length > 0) continue;
        const e = closest(states, word);
        if (!e) continue;
        const source = sourceAt(ctx, p, start, end);
        addNode(
          ctx,
          {
            id: e.id,
            type: 'Organization',
            name: e.name,
            aliases: [word],
            properties: props({ kind: e.kind }),
            source,
          },
          'fuzzy-states',
        );
        addMention(ctx, {
          id: e.id,
          type: 'Organization',
          name: e.name,
          start,
          end,
          surface: word,
          passage: p,
        });
      }
    }
  }
}
