// UN document symbols and resolution numbers (issue 3, item 3): A/RES/70/125,
// A/Res/67/195, E/RES/2019/254, E/CN.16/2018/CRP.3, A/67/66-E/2012/49,
// DTL/STICT/MISC/2016/9, "General Assembly resolution 66/184",
// "resolution 70/125 of 16 December 2015" (the grammar: symbol-grammar.ts).
// Resolutions become Resolution nodes, other symbols Document nodes; the
// citing document REFERENCES them.

import { makeId } from '../../../cypher/model/ids.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import { props } from '../claims.ts';
import { addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { adoptedClause } from './adopted-clause.ts';
import { adoptedNear } from './adopted-near.ts';
import { ownSymbolBody } from './document-self.ts';
import { adoptingOrgan, ORGAN_NAME, organOf } from './symbol-adopting.ts';
import { councilOwnSymbol } from './symbol-council-its.ts';
import { type FoundSymbol, findSymbols, jointParts } from './symbol-grammar.ts';
import { organNamedAfter } from './symbol-organ-after.ts';

export { type FoundSymbol, findSymbols, jointParts, normaliseSymbol } from './symbol-grammar.ts';

// Ids by symbol (documents and resolutions apart): a symbol is cited again and again across a batch.
const DOCUMENT_IDS = new Map<string, string>();
const RESOLUTION_IDS = new Map<string, string>();

// "Via", "Through", "By", "In" or "Under" opening a sentence (or a line) right before the resolution, or
// before its adoption: "Through the adoption of resolution 68/167, the General Assembly requested …" (OHCHR).
const OPENING_CLAUSE =
  /(?:^|[.;:]\s+|\n\s*)(?:Via|Through|By|In|Under)\s+(?:(?:[Ii]ts|the)\s+)?(?:adoption\s+of\s+(?:(?:[Ii]ts|the)\s+)?)?$/;

export function symbolNodeId(s: Pick<FoundSymbol, 'symbol' | 'kind'>): string {
  const isDocument = s.kind === 'document';
  const ids = isDocument ? DOCUMENT_IDS : RESOLUTION_IDS;
  let id = ids.get(s.symbol);
  if (id === undefined) {
    id = makeId(isDocument ? 'Document' : 'Resolution', s.symbol);
    if (ids.size >= 50_000) ids.clear();
    ids.set(s.symbol, id);
  }
  return id;
}

// Instruments by the symbol of the resolution that adopted them (seeds/gazetteer: "symbol"), per gazetteer; a
// summit outcome by its own document symbol ("WSIS-05/TUNIS/DOC/7" is the Tunis Commitment, symbol-wsis.ts).
const WSIS_REVISION = /\(Rev\.\d{1,2}\)$/;
const BY_SYMBOL = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();

export function instrumentWithSymbol(g: Gazetteer, symbol: string): GazetteerEntry | undefined {
  let m = BY_SYMBOL.get(g);
  if (!m) {
    m = new Map(g.entries.filter((e) => e.symbol).map((e) => [e.symbol!, e]));
    BY_SYMBOL.set(g, m);
  }
  // The Tunis Agenda's revised text (WSIS-05/TUNIS/DOC/6(Rev.1)) is the instrument its first issue is.
  return m.get(symbol) ?? (symbol.startsWith('WSIS') ? m.get(symbol.replace(WSIS_REVISION, '')) : undefined);
}

const LISTED_AFTER_BODY =
  /(?:General Assembly|UNGA|Economic and Social Council|ECOSOC)\s+(?:[Rr]esolutions|[Dd]ecisions)\s+(?:[A-Z]?[\w.]*\/[\w/.-]+(?:\s+\([^()]{0,40}\))?(?:,\s*|,?\s+and\s+))+$/;

// A Human Rights Council resolution cites its own earlier ones as bare "resolutions 12/16 of 2 October 2009"
// as well as the General Assembly's ("70/125"), both numbered by session (A/HRC/RES/32/13, preamble): a bare
// number there names neither for sure, so it is left out unless the Assembly is named with it.
function bareAssembly(text: string, s: FoundSymbol): boolean {
  if (!/^A\/(?:RES|DEC)\//.test(s.symbol)) return false;
  const near = text.slice(Math.max(0, s.index - 400), s.index + s.length);
  return (
    !/^(?:A\/|General Assembly|UNGA)/.test(text.slice(s.index)) &&
    organNamedAfter(text, s.index + s.length) !== 'A' &&
    !/(?:General Assembly|UNGA)\s+(?:resolutions?|decisions?)\s[^.;]*$/.test(near)
  );
}

export function symbolsRule(ctx: DocContext): void {
  // The masthead's own symbols (rules/document.ts) name this document, not one it cites: "E/CN.16/2005/5"
  // under "E/2005/31", and each half of a joint "A/66/64–E/2011/77".
  const own = new Set((ctx.state.get('ownSymbols') ?? '').split('\n').filter(Boolean).flatMap(jointParts));
  const councilsOwn = ctx.info.symbol?.startsWith('A/HRC/') === true;
  for (const p of ctx.passages) {
    for (let s of findSymbols(p.text, 'dash')) {
      const start = p.start + s.index;
      const source = sourceAt(ctx, p, start, start + s.length);
      if (s.symbol === ctx.info.symbol || own.has(s.symbol)) {
        ownSymbolBody(ctx, s.symbol, p.text.slice(s.index, s.index + s.length), source);
        continue;
      }
      const isRes = s.kind !== 'document';
      if (isRes && councilsOwn && bareAssembly(p.text, s)) {
        const symbol = councilOwnSymbol(p.text, s.index, s.symbol);
        if (symbol === undefined) continue;
        s = { ...s, symbol };
      }
      // "resolution 70/1 …, entitled … the 2030 Agenda for Sustainable Development": the instrument it adopted.
      // "(WSIS-05/TUNIS/DOC/7)" after "adopted the following document" is the Tunis Commitment (symbol-wsis.ts).
      const inst = instrumentWithSymbol(ctx.gazetteer, s.symbol);
      const asResolution = isRes || inst !== undefined;
      const id = inst?.id ?? symbolNodeId(s);
      const name = inst?.name ?? s.symbol;
      const surface = p.text.slice(s.index, s.index + s.length);
      // "The Outcome Document (A/RES/80/173) … was adopted by consensus on 17 December 2025": the sentence's
      // subject, dated by its own verb (adopted-clause.ts).
      const clause = isRes ? adoptedClause(p.text, s.index, s.length) : undefined;
      // "resolution 74/247, adopted on 27 December 2019", "by Resolution 79/243 at the 55th plenary meeting of the General Assembly".
      const beside = isRes ? adoptedNear(p.text, s.index, s.length) : undefined;
      addNode(
        ctx,
        {
          id,
          type: asResolution ? 'Resolution' : 'Document',
          name,
          // A series number after its first symbol ("SR.24, 34 and 40", symbol-series-lists.ts) is no other name.
          aliases: surface !== name && !/^\d+$/.test(surface) ? [surface] : [],
          properties: asResolution
            ? props({
                symbol: inst?.symbol ?? s.symbol,
                kind: inst ? (inst.rkind ?? 'outcome-document') : s.kind,
                adoptedOn: s.adoptedOn ?? clause?.on ?? beside?.on,
              })
            : props({ symbol: s.symbol }),
          source,
        },
        'symbols',
      );
      addMention(ctx, {
        id,
        type: asResolution ? 'Resolution' : 'Document',
        name,
        start,
        end: start + s.length,
        surface,
        passage: p,
      });
      // The adopting body when the same words name it: "General Assembly resolution 70/125", "UNGA Resolution A/Res/67/195".
      // A Human Rights Council resolution (A/HRC/RES/…) is not the General Assembly's.
      const body = organOf(s.symbol);
      // "General Assembly resolution 70/125", "In its resolution (A/RES/66/184) …, the General Assembly requested".
      const near = p.text.slice(Math.max(0, s.index - 60), s.index);
      const after = p.text.slice(s.index + s.length, s.index + s.length + 160);
      const named =
        /(General Assembly|UNGA|Economic and Social Council|ECOSOC|Security Council|UNSC)[^.;]*$/.test(
          near,
        ) ||
        // The symbol's own words may hold the body ("Economic and Social Council resolutions 2006/46").
        // A law library's "G.A. res. 48/179" names it too (symbol-grammar.ts).
        /^(?:General Assembly|UNGA|Economic and Social Council|ECOSOC)\b|^(?:G\.A\.|E\.S\.C\.)\s/.test(
          surface,
        ) ||
        // A list after the body's name: "Economic and Social Council resolutions 2006/46, 2008/3, … and
        // 2021/28" (A/RES/77/150, footnote 2): each is the body's.
        LISTED_AFTER_BODY.test(p.text.slice(Math.max(0, s.index - 400), s.index));
      // Or a clause opening the sentence with the resolution, the body its subject: "Through its resolution
      // 74/247, the General Assembly decided to establish …", "Via A/RES/80/16, the General Assembly endorsed …"
      // (UNODC's and UNODA's pages on the Ad Hoc Committee and the Global Mechanism).
      const subject = /^[^.;]*?,\s+the\s+(General Assembly|Economic and Social Council)/.test(after);
      const its = /\b[Ii]ts\s+resolution\s*\(?$/.test(near) && subject;
      // Quoted from the resolution on to the body's name, as for an adoption clause.
      const opening =
        subject &&
        ((/^resolution\b/i.test(surface) && /\b[Ii]ts\s+$/.test(near)) || OPENING_CLAUSE.test(near));
      // "Unanimously adopting resolution 2341 (2017), the Council …", "the Council today adopted resolution …".
      const adopting = isRes && body ? adoptingOrgan(p.text, s.index, s.length, body) : undefined;
      const adopted = adopting !== undefined;
      if (
        isRes &&
        body &&
        (named || its || opening || adopted || clause?.body === body || beside?.body === body)
      ) {
        ctx.state.set(`produced:${id}`, body);
        // Where the text names the body with it: the quote of PRODUCED (an earlier bare "A/RES/65/208" is not).
        if (!ctx.state.has(`producedAt:${id}`)) ctx.state.set(`producedAt:${id}`, String(start));
        // Named only in the adoption clause after it: the quote runs on to the body's name.
        const late =
          adopting !== undefined && adopting >= 0
            ? adopting
            : named || its || adopted
              ? -1
              : p.text.indexOf(ORGAN_NAME[body], s.index + s.length);
        if (late >= 0 && !ctx.state.has(`producedEnd:${id}`))
          ctx.state.set(`producedEnd:${id}`, String(p.start + late + ORGAN_NAME[body].length));
      }
    }
  }
}
