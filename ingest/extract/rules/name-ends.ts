// Where a name taken after an honorific really ends (people.ts): at the break of
// a short line (a list of participants, one per line) and before a body the
// gazetteer knows (a table whose columns lost their commas).

import { type DocContext, mentionsStartingIn } from '../context.ts';

/** A line this long or longer, broken inside a name, is a paragraph wrapped at its width. */
const WRAPPED_LINE = 50;

/**
 * The length of `name` (at `nameAt` in `text`) before its first line break when that break ends a short
 * line: "Ms. Lina Sample\nMinistry of …" in a list is Lina Sample; a paragraph's long line wrapped in the
 * middle of "Mr. Peter\nMajor" keeps the whole name. Undefined: nothing to cut.
 */
export function shortLineBreak(text: string, nameAt: number, name: string): number | undefined {
  const i = name.indexOf('\n');
  if (i < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', nameAt - 1) + 1;
  return nameAt + i - lineStart < WRAPPED_LINE ? name.slice(0, i).trimEnd().length || undefined : undefined;
}

/**
 * Where a body the gazetteer knows starts inside the words taken for a name, after its first word: "Ms.
 * Eva Sample UNESCO" (a list of speakers whose columns lost their commas) is Eva Sample. The name's
 * length before it, or undefined.
 */
export function bodyInName(ctx: DocContext, nameAt: number, end: number): number | undefined {
  const body = mentionsStartingIn(ctx, nameAt + 1, end).find(
    (x) =>
      x.start > nameAt && (x.type === 'Organization' || x.type === 'Process' || x.type === 'WorkingGroup'),
  );
  if (!body) return undefined;
  const kept = ctx.doc.text.slice(nameAt, body.start).trimEnd();
  return kept.length > 0 ? kept.length : undefined;
}
