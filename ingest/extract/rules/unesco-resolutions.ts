// Resolutions of UNESCO's General Conference and decisions of its Executive Board, cited by UNESCO's own
// symbols or in words (UNESCO pages on its Internet study and the CONNECTing the Dots conference, IFAP
// meeting notices): "37 C/Resolution 52" (the Conference's 37th session, resolution 52), "40 C/Resolution
// 53", "196 EX/Decision 8" (the Board's 196th session); "its 37th General Conference Resolution 52 (2013)",
// "Resolution 52, adopted in 2013 at the 37th session of UNESCO's General Conference" are 37 C/Resolution 52.
// These have no UN symbol (symbols.ts reads none of them). One node per resolution, named by its symbol;
// PRODUCED by the organ when the same words name it. Runs just before the references rule, only in a text
// that names UNESCO or one of its organs: elsewhere "Resolution 52" is too often something else. UNESCO's
// own symbols ("40 C/Resolution 58", "196 EX/Decision 8") are read too in a text naming its organs only as
// "the General Conference" or "the Executive Board": a Director-General's report to the Conference ("Source:
// 39 C/Resolution 42, 40 C/Resolution 58. … By 40 C/Resolution 58, the General Conference requested …").

import { makeId } from '../../../cypher/model/ids.ts';
import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const CONFERENCE = 'organization:unesco-general-conference';
const BOARD = 'organization:unesco-executive-board';
const UNESCO_IDS = new Set(['organization:unesco', CONFERENCE, BOARD]);

// Group 1 the session, 2 C or EX, 3 Resolution or Decision (or their abbreviations), 4 its number. The
// General Conference's pages on its subsidiary bodies cite them short: "(30 C/Res. 36, 1999)", "(160
// EX/Dec.3.6.1)" (the origin of the Information for All Programme): the same 30 C/Resolution 36 and 160
// EX/Decision 3.6.1, a decision numbered by its agenda item down to three levels.
const SYMBOL =
  /\b(\d{1,3})\s?(C|EX)\/(Resolution|Decision|Res\.|Dec\.)\s*(?<=\.|\s)(\d{1,3}(?:\.\d{1,2}){0,3})\b(?!\.\d)/g;
const FULL_WORD: Readonly<Record<string, string>> = { 'Res.': 'Resolution', 'Dec.': 'Decision' };
// Group 1 the session, 2 the number: "37th General Conference Resolution 52", "37th session of the General
// Conference, Resolution 52".
const ORDINAL_FIRST =
  /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:session\s+of\s+(?:the\s+)?)?(?:UNESCO(?:['’]s)?\s+)?General\s+Conference,?\s+[Rr]esolution\s+(\d{1,3})\b/g;
// Group 1 the number, 2 the session: "Resolution 52, adopted in 2013 at the 37th session of UNESCO's General
// Conference".
const NUMBER_FIRST =
  /\b[Rr]esolution\s+(\d{1,3}),?\s+adopted\s+(?:in\s+\d{4}\s+)?(?:at|by)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+session\s+of\s+(?:the\s+)?(?:UNESCO(?:['’]s)?\s+)?General\s+Conference\b/g;

// UNESCO's organs named without "UNESCO" (only its own symbols are then read).
const ORGANS = /\b(?:General\s+Conference|Executive\s+Board)\b/;

function addResolution(
  ctx: DocContext,
  p: Passage,
  at: { start: number; end: number; nameEnd: number },
  symbol: string,
  kind: 'resolution' | 'decision',
  by: string | undefined,
): void {
  const id = makeId('Resolution', `unesco ${symbol}`);
  // Named by the words up to its number ("Resolution 52"), quoted on to the organ's name after them.
  const surface = ctx.doc.text.slice(at.start, at.nameEnd);
  const source = sourceAt(ctx, p, at.start, at.end);
  addNode(
    ctx,
    {
      id,
      type: 'Resolution',
      name: symbol,
      aliases: surface !== symbol ? [surface] : [],
      properties: props({ symbol, kind }),
      source,
    },
    'unesco-resolutions',
  );
  addMention(ctx, {
    id,
    type: 'Resolution',
    name: symbol,
    start: at.start,
    end: at.nameEnd,
    surface,
    passage: p,
  });
  if (by) addEdge(ctx, { type: 'PRODUCED', from: by, to: id, source }, 'unesco-resolutions');
}

/** Adds the resolution matched by `m` unless it overlaps one taken before in the passage. */
function found(
  ctx: DocContext,
  p: Passage,
  taken: [number, number][],
  m: RegExpExecArray,
  symbol: string,
  kind: 'resolution' | 'decision',
  by?: string,
  nameLength = m[0].length,
): void {
  const start = p.start + m.index;
  const end = start + m[0].length;
  if (taken.some(([s, e]) => start < e && end > s)) return;
  taken.push([start, end]);
  addResolution(ctx, p, { start, end, nameEnd: start + nameLength }, symbol, kind, by);
}

// The words the expressions need, in any case (trigger-words.ts), before they are searched as written.
const RESOLUTION_WORDS = triggerWords(['esolution', 'ecision', 'c/res.', 'ex/dec.']);

// `found` is a module function, not a closure per passage: tsx (esbuild's keepNames) names every closure
// as it is made, a property defined on each new function (0.1 % of the time on the synthetic corpus).
export function unescoResolutions(ctx: DocContext): void {
  const named = ctx.mentions.some((m) => UNESCO_IDS.has(m.id));
  if (!named && !ORGANS.test(ctx.doc.text)) return;
  for (const p of ctx.passages) {
    if (
      !hasTrigger(p, RESOLUTION_WORDS) ||
      (!p.text.includes('esolution') &&
        !p.text.includes('ecision') &&
        !p.text.includes('C/Res.') &&
        !p.text.includes('EX/Dec.'))
    )
      continue;
    const taken: [number, number][] = [];
    for (const m of matchesOf(SYMBOL, p.text)) {
      const word = FULL_WORD[m[3]!] ?? m[3]!;
      found(
        ctx,
        p,
        taken,
        m,
        `${m[1]} ${m[2]}/${word} ${m[4]}`,
        word === 'Decision' ? 'decision' : 'resolution',
      );
    }
    if (!named) continue;
    for (const m of matchesOf(ORDINAL_FIRST, p.text))
      found(ctx, p, taken, m, `${m[1]} C/Resolution ${m[2]}`, 'resolution', CONFERENCE);
    for (const m of matchesOf(NUMBER_FIRST, p.text)) {
      const nameLength = /^\S+\s+\d+/.exec(m[0])![0].length;
      found(ctx, p, taken, m, `${m[2]} C/Resolution ${m[1]}`, 'resolution', CONFERENCE, nameLength);
    }
  }
}
