// A document that is itself an instrument (rules/document.ts): the text of a
// resolution ("A/RES/70/125", adopted by the body and on the date its masthead
// gives), or a summit outcome read in full (the Tunis Agenda), is that
// Resolution node, which the rest of the text's own paragraphs speak for.

import { makeId } from '../../../cypher/model/ids.ts';
import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext } from '../context.ts';
import { firstDate } from '../parse/dates.ts';

/** The text of a resolution: the Resolution itself, adopted on the date the masthead gives, by the body named. */
export function selfResolution(
  ctx: DocContext,
  symbol: string,
  src: DocContext['passages'][number] | undefined,
): void {
  const id = makeId('Resolution', symbol);
  const adoptedP = ctx.passages.find((p) =>
    /\badopted by the\s+(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council)\s+on\s+/i.test(
      p.text,
    ),
  );
  const adopted = adoptedP
    ? /adopted by the\s+([A-Z][\w ]+?)\s+on\s+(\d{1,2}\s+\w+\s+\d{4})/.exec(adoptedP.text)
    : null;
  const at = adoptedP ?? src ?? ctx.passages[0]!;
  const source = { document: ctx.info.id, locator: at.locator, quote: at.text.trim().slice(0, 300) };
  addNode(
    ctx,
    {
      id,
      type: 'Resolution',
      name: symbol,
      properties: props({
        symbol,
        kind: symbol.includes('/DEC/') ? 'decision' : 'resolution',
        adoptedOn: adopted ? firstDate(adopted[2]!)?.start : undefined,
      }),
      source,
    },
    'document:resolution',
  );
  ctx.state.set('selfResolution', id);
  const body = adopted
    ? ctx.gazetteer.match(adopted[1]!).find((m) => m.entry.type === 'Organization')?.entry
    : undefined;
  if (body) {
    addNode(
      ctx,
      {
        id: body.id,
        type: 'Organization',
        name: body.name,
        properties: props({ kind: body.kind, acronym: body.acronym }),
        source,
      },
      'document:resolution',
    );
    addEdge(ctx, { type: 'PRODUCED', from: body.id, to: id, source }, 'document:resolution');
  }
}

/** A summit outcome read in full ("Tunis Agenda for the Information Society" as the title): the instrument itself. */
export function selfInstrument(ctx: DocContext, title: string, src: DocContext['passages'][number]): void {
  const m = ctx.gazetteer
    .matchType(title, 'Resolution')
    .find((x) => x.start <= 1 && x.end >= title.length - 1);
  if (!m) return;
  const e = m.entry;
  const source = { document: ctx.info.id, locator: src.locator, quote: src.text.trim().slice(0, 300) };
  addNode(
    ctx,
    {
      id: e.id,
      type: 'Resolution',
      name: e.name,
      properties: props({ kind: e.rkind ?? 'outcome-document' }),
      source,
    },
    'document:instrument',
  );
  ctx.state.set('selfResolution', e.id);
}
