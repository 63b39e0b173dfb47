// People listed by name and Member State without an honorific, as news items copy an appointment notice:
// "Others members of the panel are Vint Cerf from the United States, Hatem Dowidar from Egypt, Lise Fuhr
// from Denmark, … and Lan Xue from China." (a news item on the IGF Leadership Panel, August 2022). One
// "<Name> from <State>" is no proof of a person (places and bodies come "from" States too), so only a run
// of three or more, one after another (", ", "and", a second State: "from the Philippines and the USA"),
// is read; each name must pass the bare-name guards (bare-name-guards.ts). Each person is AFFILIATED_WITH
// the State written after the name; which body the list is a roster of is left to member-rosters.ts.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, type Mention, sentences, sourceAt } from '../context.ts';
import { anchoredMatches } from './anchored-matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { stateMentionAt } from './body-kinds.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRIGGER = triggerWords(['from']);
const MIN_RUN = 3;
// Sticky, tried only in the five words before each "from" (anchored-matches.ts; a name is at most three
// words and two particles): from every capital of every sentence with "from" it found nothing in most.
const ITEM = new RegExp(`(${BARE_NAME})[ \\u00A0]+from[ \\u00A0]+(?:the[ \\u00A0]+)?`, 'uy');
const FROM = /from/g;
const NAME_WORDS = 5;
/** A start the name may take: an ASCII capital or another character (\p{Lu} has no other ASCII letter). */
const nameStart = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 128 || (c >= 65 && c <= 90);
};
// What may stand between one item's State and the next name: a comma, "and", or a second State.
const GAP = /^(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?\s*,?\s*(?:and\s+)?$/u;

interface Item {
  readonly name: string;
  readonly start: number;
  readonly state: Mention;
}

/** The items of a sentence in runs: each run's items follow one another with only a GAP between. */
function runs(ctx: DocContext, s: { readonly start: number; readonly text: string }): Item[][] {
  const out: Item[][] = [];
  let run: Item[] = [];
  for (const m of anchoredMatches(ITEM, FROM, s.text, NAME_WORDS, nameStart)) {
    const start = s.start + m.index;
    const state = stateMentionAt(ctx, start + m[0].length);
    const prev = run[run.length - 1];
    const joined = prev !== undefined && state && GAP.test(ctx.doc.text.slice(prev.state.end, start));
    if (!joined) {
      if (run.length > 0) out.push(run);
      run = [];
    }
    if (state) run.push({ name: m[1]!, start, state });
  }
  if (run.length > 0) out.push(run);
  return out.filter((r) => r.length >= MIN_RUN);
}

function read(ctx: DocContext, p: Passage, item: Item): void {
  if (!strongBareName(ctx, item.name, item.start)) return;
  const person = addBarePerson(ctx, p, item.name, item.start, 'people-from-states');
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: person.id,
      to: item.state.id,
      source: sourceAt(ctx, p, item.start, item.state.end),
    },
    'people-from-states',
  );
}

export function peopleFromStatesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    for (const s of sentences(p)) for (const run of runs(ctx, s)) for (const item of run) read(ctx, p, item);
  }
}
