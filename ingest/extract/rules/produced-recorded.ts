// Authors other rules noted while reading (produced.ts runs this last): the signatory of a text (people.ts,
// people-known.ts: "(signed)", the e-mail closing a presentation: state "signedBy") PRODUCED the document; the
// body named with a resolution's symbol (symbols.ts: "General Assembly resolution 70/125", state
// "produced:<id>" at "producedAt:<id>", past the symbol to "producedEnd:<id>") PRODUCED that resolution.

import { addEdge, type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';

export function recordedProducers(ctx: DocContext): void {
  const doc = ctx.info.id;
  const signer = ctx.state.get('signedBy');
  if (signer) {
    const m = ctx.mentions.find((x) => x.id === signer);
    if (m)
      addEdge(
        ctx,
        { type: 'PRODUCED', from: signer, to: doc, source: sourceAt(ctx, m.passage, m.start, m.end) },
        'produced:signature',
      );
  }
  for (const [k, body] of ctx.state) {
    if (!k.startsWith('produced:')) continue;
    const res = k.slice('produced:'.length);
    // The mention where the body is named with it, by the index (a scan of all mentions per resolution
    // cost a tenth of a second on a resolution-heavy corpus).
    const at = Number(ctx.state.get(`producedAt:${res}`));
    const m = mentionsStartingIn(ctx, at, at).find((x) => x.id === res);
    // Past the symbol when the body is named after it ("… was adopted by the General Assembly").
    const late = Number(ctx.state.get(`producedEnd:${res}`) ?? 0);
    if (m)
      addEdge(
        ctx,
        {
          type: 'PRODUCED',
          from: body,
          to: res,
          source: sourceAt(
            ctx,
            m.passage,
            late ? m.start : Math.max(m.passage.start, m.start - 40),
            Math.max(m.end, late),
          ),
        },
        'produced:resolution',
      );
  }
}
