// A document that is itself an instrument (rules/document.ts): the text of a
// resolution ("A/RES/70/125", adopted by the body and on the date its masthead
// gives), or a summit outcome read in full (the Tunis Agenda), is that
// Resolution node, which the rest of the text's own paragraphs speak for.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { makeId } from '../../../cypher/model/ids.ts';
import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext } from '../context.ts';
import { firstDate } from '../parse/dates.ts';

type Passage = DocContext['passages'][number];
const NUMBER_LINE = /^\s*\**\d{2,4}\/\d{1,3}\./;

/**
 * The adopted line ("Resolution adopted by the General Assembly on 14 December 2022") says by whom and
 * when, not which resolution: quoted on to the number line below it ("77/150. Information and …") when
 * both fit in one quote; undefined when the adopted line shows the number itself or the two do not fit.
 */
function withNumber(ctx: DocContext, adoptedP: Passage, src: Passage): string | undefined {
  const n = NUMBER_LINE.exec(src.text);
  if (!n || src.start <= adoptedP.start || /\d\/\d/.test(adoptedP.text)) return undefined;
  const lineEnd = src.text.indexOf('\n');
  const text = ctx.doc.text
    .slice(adoptedP.start, src.start + (lineEnd < 0 ? src.text.length : lineEnd))
    .trim();
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  // Cut at a word boundary, keeping the number.
  const cut = text.slice(0, MAX_QUOTE_LENGTH + 1).replace(/\s+\S*$/, '');
  return cut.length >= src.start - adoptedP.start + n[0].length ? cut : undefined;
}

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
  const source = {
    document: ctx.info.id,
    locator: at.locator,
    quote: (adoptedP && src && withNumber(ctx, adoptedP, src)) || at.text.trim().slice(0, MAX_QUOTE_LENGTH),
  };
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
