// A document that is itself an instrument (rules/document.ts): the text of a
// resolution ("A/RES/70/125", adopted by the body and on the date its masthead
// gives), or a summit outcome read in full (the Tunis Agenda), is that
// Resolution node, which the rest of the text's own paragraphs speak for.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { makeId } from '../../../cypher/model/ids.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
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
  // The adopted line may cite the committee's report ("[on the report of the Second Committee (A/59/480)]"):
  // only its own number makes the number line needless.
  if (!n || src.start <= adoptedP.start || adoptedP.text.includes(n[0].replace(/[\s*.]/g, '')))
    return undefined;
  const lineEnd = src.text.indexOf('\n');
  const text = ctx.doc.text
    .slice(adoptedP.start, src.start + (lineEnd < 0 ? src.text.length : lineEnd))
    .trim();
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  // Cut at a word boundary, keeping the number.
  const cut = text.slice(0, MAX_QUOTE_LENGTH + 1).replace(/\s+\S*$/, '');
  return cut.length >= src.start - adoptedP.start + n[0].length ? cut : undefined;
}

const ADOPTED_ON =
  /\badopted by the\s+(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council)\s+on\s+/i;
// The title block without a date ("Resolution adopted by the General Assembly" over "[on the report of the
// Second Committee (A/59/480)]", A/RES/59/220): it still names the adopting body. Only the line that opens
// with it: "Recalling its resolution …, adopted by the General Assembly" in the text is another instrument.
const ADOPTED_LINE =
  /^[ \t]*(?:Resolution|Decision) adopted by the\s+(General Assembly|Economic and Social Council|Security Council|Human Rights Council)\b/m;

/** The first lines' "Resolution adopted by the <body>" without a date. */
function adoptedLine(ctx: DocContext): Passage | undefined {
  return ctx.passages.slice(0, 20).find((p) => ADOPTED_LINE.test(p.text));
}

/** The text of a resolution: the Resolution itself, adopted on the date the masthead gives, by the body named. */
export function selfResolution(
  ctx: DocContext,
  symbol: string,
  src: DocContext['passages'][number] | undefined,
): void {
  const id = makeId('Resolution', symbol);
  const adoptedP = ctx.passages.find((p) => ADOPTED_ON.test(p.text)) ?? adoptedLine(ctx);
  const adopted = adoptedP
    ? (/adopted by the\s+([A-Z][\w ]+?)\s+on\s+(\d{1,2}\s+\w+\s+\d{4})/.exec(adoptedP.text) ??
      ADOPTED_LINE.exec(adoptedP.text))
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
        adoptedOn: adopted?.[2] ? firstDate(adopted[2])?.start : undefined,
      }),
      source,
    },
    'document:resolution',
  );
  ctx.state.set('selfResolution', id);
  const body = adopted
    ? ctx.gazetteer.match(adopted[1]!).find((m) => m.entry.type === 'Organization')?.entry
    : undefined;
  if (body) producedBy(ctx, body, id, source, 'document:resolution');
}

type Source = Parameters<typeof addEdge>[1]['source'];

/** The adopting body PRODUCED the resolution whose text this is, quoted where the text names both. */
function producedBy(ctx: DocContext, body: GazetteerEntry, id: string, source: Source, rule: string): void {
  addNode(
    ctx,
    {
      id: body.id,
      type: 'Organization',
      name: body.name,
      properties: props({ kind: body.kind, acronym: body.acronym }),
      source,
    },
    rule,
  );
  addEdge(ctx, { type: 'PRODUCED', from: body.id, to: id, source }, rule);
}

// The title line naming the body with the number: "ECOSOC Resolution 2006/46", "General Assembly
// resolution 98/1" over the text of that resolution (a copy without the "adopted by" line).
const BODY_FIRST = /^(?:General Assembly|UNGA|Economic and Social Council|ECOSOC)\b/;

/** The document's own symbol found at `start` with its body's name in the same words (rules/symbols.ts). */
export function ownSymbolBody(ctx: DocContext, symbol: string, surface: string, source: Source): void {
  const self = ctx.state.get('selfResolution');
  const m = BODY_FIRST.exec(surface);
  if (!m || self !== makeId('Resolution', symbol)) return;
  const body = ctx.gazetteer.match(m[0]).find((x) => x.entry.type === 'Organization')?.entry;
  if (body) producedBy(ctx, body, self, source, 'document:resolution-title');
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
