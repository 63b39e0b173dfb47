// UN document symbols and resolution numbers (issue 3, item 3): A/RES/70/125,
// A/Res/67/195, E/RES/2019/254, E/CN.16/2018/CRP.3, A/67/66-E/2012/49,
// DTL/STICT/MISC/2016/9, "General Assembly resolution 66/184",
// "resolution 70/125 of 16 December 2015". Resolutions become Resolution
// nodes, other symbols Document nodes; the citing document REFERENCES them.

import { makeId } from '../../../cypher/model/ids.ts';
import { props } from '../claims.ts';
import { addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { firstDate } from '../parse/dates.ts';

export interface FoundSymbol {
  readonly symbol: string;
  readonly kind: 'resolution' | 'decision' | 'document';
  readonly index: number;
  readonly length: number;
  readonly adoptedOn?: string;
}

// A number part is "125" or "16.2" but never ends with a full stop: "… A/RES/70/125." ends the
// sentence, not the symbol. Two symbols joined by a hyphen or an en/em dash are one joint symbol,
// a report to two organs ("A/66/64–E/2011/77", the masthead of the Secretary-General's report).
const PART = '[A-Z]{1,6}(?:\\.\\d+)?(?:\\/(?:[A-Z][A-Za-z]*|\\d+(?:\\.\\d+)*)(?:\\.\\d+)?){2,7}';
const JOINED = '[A-Z](?:\\/(?:[A-Z][A-Za-z]*|\\d+)(?:\\.\\d+)?)+';
const SYMBOL = new RegExp(`(?<![\\w/.:-])(${PART}(?:[-–—]${JOINED})?)`, 'g');
// The masthead (document-masthead.ts) still reads a dash-joined masthead as two symbols and joins them
// itself, keeping each half as the document's alias; it asks for hyphen joints only.
const SYMBOL_HYPHEN = new RegExp(`(?<![\\w/.:-])(${PART}(?:-${JOINED})?)`, 'g');
const LIST_NEXT =
  /^(?:,\s*|\s+and\s+|,\s+and\s+)(\d{2,4}\/\d{1,3}[A-Z]?)(?:\s+of\s+(\d{1,2}\s+\w+\s+\d{4}))?/;
const NUMBERED =
  /\b(?:(General Assembly|Economic and Social Council|ECOSOC|Council)\s+)?(resolution|decision)s?\s+(\d{2,4}\/\d{1,3}[A-Z]?)(?:\s+of\s+(\d{1,2}\s+\w+\s+\d{4}))?/gi;

// Organs that number their own resolutions "session/number" or "year/number" too: "The Human Rights
// Council, in its resolution 32/13 of 1 July 2016" is A/HRC/RES/32/13, not the General Assembly's
// A/RES/32/13 of 1977 (a Secretary-General's report citing several organs). Another organ's number is
// not read as a General Assembly or Council symbol at all.
const OTHER_ORGAN =
  /\b(Human Rights Council|Commission on Human Rights|Security Council|World Health Assembly|General Conference|Plenipotentiary Conference|Conference of the Parties|Executive Board|Governing Council|Commission on the Status of Women|Statistical Commission|Council of Europe)(?:\s*,\s*(?:in|by)\s+its|['’]s)?\s*$/;

/** The symbol prefix of the organ named just before a numbered resolution: 'A/HRC', null for another organ. */
function otherOrgan(text: string, index: number, body: string): string | null | undefined {
  const o = OTHER_ORGAN.exec(text.slice(Math.max(0, index - 60), index) + body);
  if (!o) return undefined;
  return o[1] === 'Human Rights Council' ? 'A/HRC' : null;
}

export function normaliseSymbol(raw: string): string {
  return raw
    .replace(/\/Res\//i, '/RES/')
    .replace(/\/Dec\//i, '/DEC/')
    .replace(/[–—]/g, '-')
    .replace(/[.,;]+$/, '');
}

/** The symbols a joint symbol is made of: "A/66/64-E/2011/77" is also "A/66/64" and "E/2011/77". */
export function jointParts(symbol: string): string[] {
  const parts = normaliseSymbol(symbol).split(/-(?=[A-Z]{1,6}(?:\.\d+)?\/)/);
  return parts.length > 1 ? [symbol, ...parts] : [symbol];
}

export function findSymbols(text: string, joints: 'dash' | 'hyphen' = 'hyphen'): FoundSymbol[] {
  // A symbol has two slashes, a resolution number one: a text without any (most passages) is not searched.
  if (!text.includes('/')) return [];
  const out: FoundSymbol[] = [];
  for (const m of matchesOf(joints === 'dash' ? SYMBOL : SYMBOL_HYPHEN, text)) {
    const raw = m[1]!;
    if (!/\d/.test(raw) || /https?:/.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const symbol = normaliseSymbol(raw);
    const kind = /\/RES\//.test(symbol) ? 'resolution' : /\/DEC\//.test(symbol) ? 'decision' : 'document';
    const after = text.slice(m.index + raw.length, m.index + raw.length + 40);
    const adopted = /^\)?\s+of\s+(\d{1,2}\s+\w+\s+\d{4})/.exec(after);
    out.push({
      symbol,
      kind,
      index: m.index,
      length: raw.length,
      adoptedOn: adopted ? firstDate(adopted[1]!)?.start : undefined,
    });
  }
  for (const m of matchesOf(NUMBERED, text)) {
    if (out.some((s) => s.index >= m.index && s.index < m.index + m[0].length)) continue;
    const body = (m[1] ?? '').toLowerCase();
    const num = m[3]!;
    const organ = otherOrgan(text, m.index, m[1] ?? '');
    if (organ === null) continue;
    const economic = body.includes('economic') || body === 'ecosoc' || /^\d{4}\//.test(num);
    const kindWord = m[2]!.toLowerCase() === 'decision' ? 'DEC' : 'RES';
    const prefix = organ ?? (economic ? 'E' : 'A');
    const symbol = `${prefix}/${kindWord}/${num}`;
    out.push({
      symbol,
      kind: kindWord === 'DEC' ? 'decision' : 'resolution',
      index: m.index,
      length: m[0].length,
      adoptedOn: m[4] ? firstDate(m[4])?.start : undefined,
    });
    // "its resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002 and 70/125 …": the rest of the list.
    let at = m.index + m[0].length;
    for (;;) {
      const next = LIST_NEXT.exec(text.slice(at));
      if (!next) break;
      const n = next[1]!;
      out.push({
        symbol: `${organ ?? (economic || /^\d{4}\//.test(n) ? 'E' : 'A')}/${kindWord}/${n}`,
        kind: kindWord === 'DEC' ? 'decision' : 'resolution',
        index: at + next.index + next[0].indexOf(n),
        length: next[0].length - next[0].indexOf(n),
        adoptedOn: next[2] ? firstDate(next[2])?.start : undefined,
      });
      at += next[0].length;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// Ids by symbol (documents and resolutions apart): a symbol is cited again and again across a batch.
const DOCUMENT_IDS = new Map<string, string>();
const RESOLUTION_IDS = new Map<string, string>();

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

const LISTED_AFTER_BODY =
  /(?:General Assembly|UNGA|Economic and Social Council|ECOSOC)\s+(?:[Rr]esolutions|[Dd]ecisions)\s+(?:[A-Z]?[\w.]*\/[\w/.-]+(?:\s+\([^()]{0,40}\))?(?:,\s*|,?\s+and\s+))+$/;

export function symbolsRule(ctx: DocContext): void {
  // The masthead's own symbols (rules/document.ts) name this document, not one it cites: "E/CN.16/2005/5"
  // under "E/2005/31", and each half of a joint "A/66/64–E/2011/77".
  const own = new Set((ctx.state.get('ownSymbols') ?? '').split('\n').filter(Boolean).flatMap(jointParts));
  for (const p of ctx.passages) {
    for (const s of findSymbols(p.text, 'dash')) {
      if (s.symbol === ctx.info.symbol || own.has(s.symbol)) continue;
      const id = symbolNodeId(s);
      const start = p.start + s.index;
      const source = sourceAt(ctx, p, start, start + s.length);
      const isRes = s.kind !== 'document';
      const surface = p.text.slice(s.index, s.index + s.length);
      addNode(
        ctx,
        {
          id,
          type: isRes ? 'Resolution' : 'Document',
          name: s.symbol,
          aliases: surface !== s.symbol ? [surface] : [],
          properties: isRes
            ? props({ symbol: s.symbol, kind: s.kind, adoptedOn: s.adoptedOn })
            : props({ symbol: s.symbol }),
          source,
        },
        'symbols',
      );
      addMention(ctx, {
        id,
        type: isRes ? 'Resolution' : 'Document',
        name: s.symbol,
        start,
        end: start + s.length,
        surface,
        passage: p,
      });
      // The adopting body when the same words name it: "General Assembly resolution 70/125", "UNGA Resolution A/Res/67/195".
      // A Human Rights Council resolution (A/HRC/RES/…) is not the General Assembly's.
      const body =
        s.symbol.startsWith('A/') && !s.symbol.startsWith('A/HRC/')
          ? 'organization:general-assembly'
          : s.symbol.startsWith('E/RES')
            ? 'organization:ecosoc'
            : undefined;
      // "General Assembly resolution 70/125", "In its resolution (A/RES/66/184) …, the General Assembly requested".
      const near = p.text.slice(Math.max(0, s.index - 60), s.index);
      const after = p.text.slice(s.index + s.length, s.index + s.length + 160);
      const named =
        /(General Assembly|UNGA|Economic and Social Council|ECOSOC)[^.;]*$/.test(near) ||
        // The symbol's own words may hold the body ("Economic and Social Council resolutions 2006/46").
        /^(?:General Assembly|UNGA|Economic and Social Council|ECOSOC)\b/.test(surface) ||
        // A list after the body's name: "Economic and Social Council resolutions 2006/46, 2008/3, … and
        // 2021/28" (A/RES/77/150, footnote 2): each is the body's.
        LISTED_AFTER_BODY.test(p.text.slice(Math.max(0, s.index - 400), s.index));
      const its =
        /\b[Ii]ts\s+resolution\s*\(?$/.test(near) &&
        /^[^.;]*?,\s+the\s+(General Assembly|Economic and Social Council)/.test(after);
      if (isRes && body && (named || its)) {
        ctx.state.set(`produced:${id}`, body);
        // Where the text names the body with it: the quote of PRODUCED (an earlier bare "A/RES/65/208" is not).
        if (!ctx.state.has(`producedAt:${id}`)) ctx.state.set(`producedAt:${id}`, String(start));
      }
    }
  }
}
