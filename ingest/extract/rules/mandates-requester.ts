// Which resolution requests, when no resolution is named before the request in its sentence
// (mandates.ts): the one quoted "in the following terms", the one named in the heading above, or the
// document's own text; and the symbol a requesting resolution goes by.

import { type DocContext, indexOfPassage, lastMentionBefore, type Mention, mentionsIn } from '../context.ts';

/** A resolution quoted "in the following terms": its operative "We … request" paragraphs. */
export function quotedResolution(ctx: DocContext, p: Mention['passage']): Mention | undefined {
  const intro = lastMentionBefore(
    ctx,
    p.start,
    (m) => m.type === 'Resolution' && /following terms:?\s*$/.test(m.passage.text.trimEnd()),
  );
  return intro;
}

/** In the text of a resolution or outcome, a request in a numbered paragraph is the document's own ("We … request …"). */
export function selfAt(ctx: DocContext, p: Mention['passage'], at: number): Mention | undefined {
  const self = ctx.state.get('selfResolution');
  if (!self || p.kind !== 'paragraph') return undefined;
  return { id: self, type: 'Resolution', name: self, start: at, end: at, surface: '', passage: p };
}

/** A quoted request under a heading naming the resolution ("Mandate: UNGA Resolution A/Res/67/195"). */
export function headedResolution(ctx: DocContext, p: Mention['passage']): Mention | undefined {
  const i = indexOfPassage(ctx, p);
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const q = ctx.passages[j]!;
    const r = mentionsIn(ctx, q.start, q.end, 'Resolution').pop();
    if (r) return r;
  }
  return undefined;
}

/** A resolution's symbol: its mention's name, or the document's own when it is the text of it (selfAt). */
export function symbolOf(ctx: DocContext, res: Mention): string {
  return res.id === ctx.state.get('selfResolution') ? (ctx.info.symbol ?? res.name) : res.name;
}
