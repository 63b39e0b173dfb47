// Resolutions of the ITU's own bodies (the Internet-related mandates of CWG-Internet and of ITU's WSIS work
// rest on them): "Resolution 102 (Rev. Busan, 2014)" of the Plenipotentiary Conference, "WTSA Resolution 75
// (Johannesburg, 2008)", "Council Resolution 1336", "Resolution 1344 (Mod. 2015)", and lists ("Resolutions 102
// and 140 of the 2010 Plenipotentiary Conference", "PP Resolutions 101, 102, 133, and 180"). A UN resolution
// has a slash in its number (symbols.ts); these have none. Council resolutions are numbered from 1000, a
// conference's below. One node per resolution, whatever its revision, spelt out or without its comma as the
// CWG-Internet's reports to the Council write it ("(Modified 2019)", "(Rev. Dubai 2018)"). The conferences'
// decisions likewise ("Decision 8 (Marrakesh, 2002) of the Plenipotentiary Conference", "PP Decision 11 (Rev.
// Dubai 2018)"): kind decision, numbered apart. Runs just before the references rule (rule-order.ts RULES).

import { props } from '../claims.ts';
import { addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { ITU_BODY_NAME as BODY_NAME } from './itu-bodies.ts';
import { selfItuResolution } from './itu-self-resolution.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Body, then the number or list; the revision in brackets after a number.
// A conference's acronym may carry its edition, as the Council working groups' reports cite the texts:
// "PP-14 Resolution 140 (Busan, 2014)", "WTSA-16 Resolution 75 (Rev. Hammamet, 2016)", "WTDC 2017 Resolution 30
// (REV. Buenos Aires, 2017)" (WG-WSIS meeting summaries): the assembly's text, not a Plenipotentiary one.
const ITU_RES =
  /\b(?:(PP|WTSA|WTDC|WCIT|ITU Council|Council|Plenipotentiary(?: Conference)?)(?:-\d{2}|\s+(?:19|20)\d{2})?\s+)?(Resolutions?|Decisions?)\s+(\d{1,4}(?:\s*\([^()\n]{4,40}\))?(?:\s*(?:,|,?\s+and)\s+\d{1,4}(?:\s*\([^()\n]{4,40}\))?)*)(?!\s*\/|\d|\/)/g;
const NUMBER = /(\d{1,4})(?:\s*\(([^()\n]{4,40})\))?/g;
// "(Rev. Busan, 2014)", "(Antalya, 2006)", "(Mod. 2015)", "(Rev. Dubai, 2018)".
// A revision's mark may be in capitals ("(REV. Buenos Aires, 2017)").
const REVISION =
  /^(?:(?:Rev|REV|Mod|MOD)\.\s*|(?:Revised|Modified|Amended)\s+)?(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s*)?\d{4}$/u;

// The body named after the number: the preambles of conference resolutions cite each other's texts as
// "Resolution 69 (Johannesburg, 2008) of the World Telecommunication Standardization Assembly (WTSA)",
// "Resolution 23 (Rev. Hyderabad, 2010) of the World Telecommunication Development Conference", "Resolution
// 64 (Rev. Dubai, 2012) of WTSA": a WTSA or WTDC text, however many conference resolutions sit around it.
const OF_BODY: [RegExp, string][] = [
  [/^\s*of\s+(?:the\s+)?(?:World Telecommunication Standardization Assembly|WTSA)\b/, 'wtsa'],
  [/^\s*of\s+(?:the\s+)?(?:World Telecommunication Development Conference|WTDC)\b/, 'wtdc'],
  [/^\s*of\s+(?:the\s+)?(?:World Conference on International Telecommunications|WCIT)\b/, 'wcit'],
];
const ofBody = (after: string): string | undefined => OF_BODY.find(([re]) => re.test(after))?.[1];

// The Council's own decisions are numbered below 1000 like a conference's, and say whose they are in the
// brackets: "Resolution 101 (Rev. Guadalajara, 2010), as reaffirmed by Decision 562 (Council 2011)" (the
// Chairman's report of WTPF-13), "By Decision 611 (Rev. Council 2020), the 2019 Session of ITU Council
// decided" (the WTPF-21 page): the Council's, not the Plenipotentiary Conference's.
const COUNCIL_REVISION = /^(?:(?:Rev|REV|Mod|MOD)\.\s*|(?:Revised|Modified|Amended)\s+)?Council\b/;

function bodyKey(prefix: string | undefined, n: number, after: string, revision: string): string {
  // "Resolution 75 (WTSA, 2008)": the assembly named in the brackets.
  if (COUNCIL_REVISION.test(revision)) return 'council';
  const p = (/^(WTSA|WTDC|WCIT|PP)\b/.exec(revision)?.[1] ?? prefix ?? ofBody(after) ?? '').toLowerCase();
  if (p === 'wtsa' || p === 'wtdc' || p === 'wcit') return p;
  if (p.includes('council') || n >= 1000) return 'council';
  // "Resolutions 102 and 140 of the 2010 Plenipotentiary Conference".
  if (
    p === 'pp' ||
    p.startsWith('plenipotentiary') ||
    /^\s*of\s+the\s+(?:\d{4}\s+)?Plenipotentiary\b/.test(after)
  )
    return 'pp';
  return 'pp';
}

// The words ITU_RES needs, in any case (trigger-words.ts), before they are searched as written.
const RESOLUTION_WORDS = triggerWords(['esolution', 'ecision']);

export function ituResolutions(ctx: DocContext): void {
  // Only a text about the ITU: elsewhere "Resolution 12" is too often something else.
  if (
    !ctx.mentions.some(
      (m) =>
        m.id === 'organization:itu' ||
        m.id === 'organization:itu-council' ||
        m.id === 'workinggroup:cwg-internet',
    )
  )
    return;
  selfItuResolution(ctx);
  for (const p of ctx.passages) {
    if (!hasTrigger(p, RESOLUTION_WORDS) || (!p.text.includes('esolution') && !p.text.includes('ecision')))
      continue;
    for (const m of matchesOf(ITU_RES, p.text)) {
      const list = m[3]!;
      const decision = /^D/i.test(m[2]!);
      const listAt = m.index + m[0].indexOf(list);
      const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const numbers = matchesOf(NUMBER, list);
      // A number alone must say it is the ITU's: a body before it, a revision after it, or a list.
      const marked =
        m[1] !== undefined ||
        numbers.some((x) => x[2] && REVISION.test(x[2].trim())) ||
        /^\s*of\s+the\s+(?:\d{4}\s+)?Plenipotentiary\b/.test(after) ||
        ofBody(after) !== undefined;
      if (!marked) continue;
      for (const x of numbers) {
        if (x[2] && !REVISION.test(x[2].trim())) continue;
        const n = Number(x[1]);
        const key = bodyKey(m[1], n, after, x[2]?.trim() ?? '');
        const id = `resolution:itu-${key}-${decision ? 'decision-' : ''}${n}`;
        const name = `${BODY_NAME[key]} ${decision ? 'Decision' : 'Resolution'} ${n}`;
        const start = p.start + (x === numbers[0] ? m.index : listAt + x.index!);
        const end = p.start + listAt + x.index! + x[0].length;
        const surface = ctx.doc.text.slice(start, end);
        addNode(
          ctx,
          {
            id,
            type: 'Resolution',
            name,
            // A number further down a list ("102, 133 and 180") is no name of it.
            aliases: surface !== name && /\D/.test(surface) ? [surface] : [],
            properties: props({ kind: decision ? 'decision' : 'resolution' }),
            source: sourceAt(ctx, p, start, end),
          },
          'itu-resolutions',
        );
        addMention(ctx, { id, type: 'Resolution', name, start, end, surface, passage: p });
      }
    }
  }
}
