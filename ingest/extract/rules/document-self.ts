// A document that is itself an instrument (rules/document.ts): the text of a
// resolution ("A/RES/70/125", adopted by the body and on the date its masthead
// gives), or a summit outcome read in full (the Tunis Agenda), is that
// Resolution node, which the rest of the text's own paragraphs speak for.

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
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

// The masthead: symbol, adopted line, number line and title come before the text's own paragraphs.
const HEAD_PASSAGES = 14;

// "A/RES/70/125" or "E/RES/2006/46" is shown by its number: "resolution 70/125", "70/125. Outcome …".
const showsNumber = (quote: string, symbol: string): boolean =>
  quote.includes(symbol) || quote.includes(symbol.replace(/^[A-Z]+\/(?:RES|DEC)\//, ''));

/**
 * A node's quote shows the node. A resolution's text whose "adopted by" line is not there (an excerpt
 * under its masthead: "A/RES/70/125" over "Outcome document of the high-level meeting …") was quoted by
 * its title alone, which does not say which resolution it is. Quoted instead from its symbol line on to
 * the end of the title's first line when both fit in one quote (else the symbol line alone), or, with no
 * symbol line, by its number line ("86/212. Digital cooperation …").
 */
function numberSource(ctx: DocContext, symbol: string, title: Passage | undefined): Source | undefined {
  const p = ctx.passages
    .slice(0, HEAD_PASSAGES)
    .find((x) => x.text.split('\n').some((l) => l.trim() === symbol));
  const firstLineEnd = (q: Passage): number => q.start + (q.text.indexOf('\n') + 1 || q.text.length + 1) - 1;
  if (!p) {
    if (!title || !NUMBER_LINE.test(title.text)) return undefined;
    const quote = ctx.doc.text.slice(title.start, firstLineEnd(title)).trim().slice(0, MAX_QUOTE_LENGTH);
    return { document: ctx.info.id, locator: title.locator, quote };
  }
  const from = p.start + p.text.indexOf(symbol);
  const titleEnd = title && title.start > from ? firstLineEnd(title) : -1;
  const to = titleEnd > 0 && titleEnd - from <= MAX_QUOTE_LENGTH ? titleEnd : from + symbol.length;
  return { document: ctx.info.id, locator: p.locator, quote: ctx.doc.text.slice(from, to).trim() };
}

const ADOPTED_ON =
  /\badopted by the\s+(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council)\s+on\s+/i;
// The title block without a date ("Resolution adopted by the General Assembly" over "[on the report of the
// Second Committee (A/59/480)]", A/RES/59/220): it still names the adopting body. Only the line that opens
// with it: "Recalling its resolution …, adopted by the General Assembly" in the text is another instrument.
// A 1990s masthead sets it in capitals: "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" (A/RES/50/101).
const ADOPTED_LINE =
  /^[ \t]*(?:Resolution|Decision) adopted by the\s+(General Assembly|Economic and Social Council|Security Council|Human Rights Council)\b/im;
// The body's name as the gazetteer writes it, whatever the line's capitals.
const titleCase = (name: string): string =>
  name.toLowerCase().replace(/\b(?!and\b)\p{Ll}/gu, (c) => c.toUpperCase());

/** The first lines' "Resolution adopted by the <body>" without a date. */
function adoptedLine(ctx: DocContext): Passage | undefined {
  return ctx.passages.slice(0, 20).find((p) => ADOPTED_LINE.test(p.text));
}

/** The gazetteer instrument the resolution `symbol` adopted (its entry's `symbol`), if any. */
function instrumentOwning(ctx: DocContext, symbol: string): GazetteerEntry | undefined {
  return ctx.gazetteer.entries.find((e) => e.type === 'Resolution' && e.symbol === symbol);
}

/** The text of a resolution: the Resolution itself, adopted on the date the masthead gives, by the body named. */
export function selfResolution(
  ctx: DocContext,
  symbol: string,
  src: DocContext['passages'][number] | undefined,
): void {
  // The text of the resolution that adopted a gazetteer instrument ("79/1. The Pact for the Future" under
  // A/RES/79/1; "70/1. Transforming our world: the 2030 Agenda …") is that instrument's node, as "resolution
  // 79/1" is where another text cites it (symbols.ts): one node, not the symbol's and the instrument's.
  const inst = instrumentOwning(ctx, symbol);
  const id = inst?.id ?? makeId('Resolution', symbol);
  // The adopted line heads the text: a paragraph that recalls another resolution "adopted by the General
  // Assembly on …" is not this one's.
  const adoptedP =
    ctx.passages.slice(0, HEAD_PASSAGES).find((p) => ADOPTED_ON.test(p.text)) ?? adoptedLine(ctx);
  const adopted = adoptedP
    ? (/adopted by the\s+([A-Z][\w ]+?)\s+on\s+(\d{1,2}\s+\w+\s+\d{4})/.exec(adoptedP.text) ??
      ADOPTED_LINE.exec(adoptedP.text))
    : null;
  const at = adoptedP ?? src ?? ctx.passages[0]!;
  const quote =
    (adoptedP && src && withNumber(ctx, adoptedP, src)) || at.text.trim().slice(0, MAX_QUOTE_LENGTH);
  // The adopted line says by whom and when (PRODUCED); the node's quote must also say which resolution.
  const source = { document: ctx.info.id, locator: at.locator, quote };
  const own = showsNumber(quote, symbol) ? source : (numberSource(ctx, symbol, src) ?? source);
  addNode(
    ctx,
    {
      id,
      type: 'Resolution',
      name: inst?.name ?? symbol,
      properties: props({
        symbol,
        kind: inst
          ? (inst.rkind ?? 'outcome-document')
          : symbol.includes('/DEC/')
            ? 'decision'
            : 'resolution',
        adoptedOn: adopted?.[2] ? firstDate(adopted[2])?.start : undefined,
      }),
      source: own,
    },
    'document:resolution',
  );
  ctx.state.set('selfResolution', id);
  const body = adopted
    ? ctx.gazetteer.match(titleCase(adopted[1]!)).find((m) => m.entry.type === 'Organization')?.entry
    : undefined;
  if (body) producedBy(ctx, body, id, source, 'document:resolution');
}

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
  if (!m || self !== (instrumentOwning(ctx, symbol)?.id ?? makeId('Resolution', symbol))) return;
  const body = ctx.gazetteer.match(m[0]).find((x) => x.entry.type === 'Organization')?.entry;
  if (body) producedBy(ctx, body, self, source, 'document:resolution-title');
}
