// A theme a rule of themes.ts found in the text, as claims: the Theme node (its gazetteer entry's id and
// name when it has one), its mention, and ADDRESSES from the document. An item that only names a process,
// body or instrument the gazetteer knows is not a theme (MODEL.md "Theme").

import type { Gazetteer } from '../../gazetteer/types.ts';
import type { Passage } from '../../types.ts';
import { addEdge, addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { memoByString } from '../memo.ts';
import { cleanThemeText, themeIdFor } from './theme-names.ts';

export function addTheme(
  ctx: DocContext,
  p: Passage,
  start: number,
  end: number,
  raw: string,
  rule: string,
  ofDocument = true,
  as?: { readonly id: string; readonly name: string },
): string | undefined {
  const name = cleanThemeText(raw);
  if (!name || (!as && namesOther(ctx, name))) return undefined;
  const t = as ?? themeIdFor(ctx.gazetteer, name);
  const source = sourceAt(ctx, p, start, end);
  addNode(
    ctx,
    { id: t.id, type: 'Theme', name: t.name, aliases: name !== t.name ? [name] : [], source },
    rule,
  );
  addMention(ctx, { id: t.id, type: 'Theme', name: t.name, start, end, surface: raw, passage: p });
  if (ofDocument) addEdge(ctx, { type: 'ADDRESSES', from: ctx.info.id, to: t.id, source }, rule);
  return t.id;
}

// The answer depends on the gazetteer and the name only, and the same items recur across a batch.
const namesOtherOf = new WeakMap<Gazetteer, (name: string) => boolean>();

/**
 * A title or item that is only the name of a process, body or instrument the gazetteer knows ("59/220.
 * World Summit on the Information Society") is about that thing, which is not a Theme (MODEL.md).
 */
function namesOther(ctx: DocContext, name: string): boolean {
  let test = namesOtherOf.get(ctx.gazetteer);
  if (!test) {
    const g = ctx.gazetteer;
    test = memoByString((n: string) => {
      const m = g.match(n)[0];
      return m !== undefined && m.entry.type !== 'Theme' && m.start === 0 && m.end >= n.length - 1;
    });
    namesOtherOf.set(g, test);
  }
  return test(name);
}
