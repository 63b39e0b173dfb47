// A summit outcome read in full (rules/document.ts): the instrument's own Resolution node, which the rest of
// the text's own paragraphs speak for, as the text of a resolution is (document-self.ts).

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { props } from '../claims.ts';
import { addNode, type DocContext } from '../context.ts';

/**
 * A summit outcome read in full ("Tunis Agenda for the Information Society" as the title, or the outcome's own
 * symbol as the masthead's, "Document WSIS-03/GENEVA/DOC/4-E" over the Geneva Declaration): the instrument itself.
 */
export function selfInstrument(
  ctx: DocContext,
  title: string | undefined,
  src: DocContext['passages'][number],
  bySymbol?: GazetteerEntry,
): void {
  const e =
    bySymbol ??
    (title
      ? ctx.gazetteer.matchType(title, 'Resolution').find((x) => x.start <= 1 && x.end >= title.length - 1)
          ?.entry
      : undefined);
  if (!e) return;
  // Known by its symbol: quoted from the masthead line that shows it.
  const line = bySymbol?.symbol ? symbolLine(ctx, bySymbol.symbol) : undefined;
  const source = line ?? {
    document: ctx.info.id,
    locator: src.locator,
    quote: src.text.trim().slice(0, 300),
  };
  addNode(
    ctx,
    {
      id: e.id,
      type: 'Resolution',
      name: e.name,
      properties: props({ kind: e.rkind ?? 'outcome-document', symbol: bySymbol?.symbol }),
      source,
    },
    'document:instrument',
  );
  ctx.state.set('selfResolution', e.id);
}

/** The first line of the first passages that shows `symbol`, as a source. */
function symbolLine(ctx: DocContext, symbol: string): Source | undefined {
  for (const p of ctx.passages) {
    const line = p.text.split('\n').find((l) => l.includes(symbol));
    if (line)
      return { document: ctx.info.id, locator: p.locator, quote: line.trim().slice(0, MAX_QUOTE_LENGTH) };
  }
  return undefined;
}
