// An ITU resolution's own text (itu-resolutions.ts): the document is that resolution, adopted by the Council
// or a conference of the Union.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { props } from '../claims.ts';
import { addEdge, addMention, addNode, type DocContext, passageAt, sourceAt } from '../context.ts';
import { adoptingConference } from './itu-adopting-conference.ts';
import { ITU_BODY_NAME as BODY_NAME } from './itu-bodies.ts';
import { adoptingSession } from './meetings-council-masthead.ts';

// The text of an ITU resolution, titled as the Final Acts print it: "RESOLUTION 102 (Minneapolis, 1998)" over
// "The Plenipotentiary Conference of the International Telecommunication Union (…)," or "RESOLUTION 1305"
// over "The Council,", or with the assembly before it ("WTSA RESOLUTION 48 (Rev. Dubai, 2012)" over "The
// World Telecommunication Standardization Assembly (Dubai, 2012),"). The document is that resolution: what
// it cites, the resolution cites.
const SELF_TITLE = /^[ \t#*]*(?:(PP|WTSA|WTDC)[ \t]+)?RESOLUTION\s+(\d{1,4})\b/im;
const ADOPTED_BY: [RegExp, string][] = [
  [/^The Plenipotentiary Conference of the International Telecommunication Union\b/m, 'pp'],
  [/^The World Telecommunication Standardization Assembly\b/m, 'wtsa'],
  [/^The World Telecommunication Development Conference\b/m, 'wtdc'],
  [/^The Council,/m, 'council'],
];

export function selfItuResolution(ctx: DocContext): void {
  if (ctx.state.get('selfResolution')) return;
  const head = ctx.doc.text.slice(0, 2000);
  const t = SELF_TITLE.exec(head);
  if (!t) return;
  const n = Number(t[2]);
  const by = ADOPTED_BY.map(([re, key]) => ({ m: re.exec(head), key })).find((x) => x.m);
  if (!by?.m || (by.key === 'council') !== n >= 1000) return;
  if (t[1] && t[1].toLowerCase() !== by.key) return;
  const id = `resolution:itu-${by.key}-${n}`;
  const name = `${BODY_NAME[by.key]} Resolution ${n}`;
  const start = t.index + t[0].length - t[0].trimStart().length;
  const end = t.index + t[0].length;
  const titleP = passageAt(ctx, start);
  const byP = passageAt(ctx, by.m.index);
  if (!titleP || !byP) return;
  addNode(
    ctx,
    {
      id,
      type: 'Resolution',
      name,
      properties: props({ kind: 'resolution' }),
      source: sourceAt(ctx, titleP, start, end),
    },
    'itu-resolutions:self',
  );
  addMention(ctx, {
    id,
    type: 'Resolution',
    name,
    start,
    end,
    surface: ctx.doc.text.slice(start, end),
    passage: titleP,
  });
  ctx.state.set('selfResolution', id);
  // Adopted by the Council, or by a conference of the Union: quoted from the title to the line naming it
  // ("RESOLUTION 102 (Minneapolis, 1998) … The Plenipotentiary Conference of the …") when both fit in
  // one quote, else the line alone ("The Council," does not say which resolution).
  const org = by.key === 'council' ? 'organization:itu-council' : 'organization:itu';
  const byEnd = by.m.index + by.m[0].length;
  const span = ctx.doc.text.slice(start, byEnd).trim();
  if (ctx.mentions.some((m) => m.id === org))
    addEdge(
      ctx,
      {
        type: 'PRODUCED',
        from: org,
        to: id,
        source:
          start < by.m.index && span.length <= MAX_QUOTE_LENGTH
            ? { document: ctx.info.id, locator: titleP.locator, quote: span }
            : sourceAt(ctx, byP, by.m.index, byEnd),
      },
      'itu-resolutions:self',
    );
  // The Council session whose masthead the text is under, "(adopted at the seventh Plenary Meeting)".
  const session = by.key === 'council' ? adoptingSession(ctx) : undefined;
  if (session)
    addEdge(
      ctx,
      { type: 'PRODUCED', from: session.id, to: id, source: session.source },
      'itu-resolutions:self',
    );
  // The edition that adopted it ("… (Guadalajara, 2010),"), quoted from the title to the end of that line.
  const lineEnd = ctx.doc.text.indexOf('\n', by.m.index);
  const confEnd = lineEnd < 0 ? ctx.doc.text.length : lineEnd;
  const conference = adoptingConference(ctx, by.m.index, confEnd);
  const confSpan = ctx.doc.text.slice(start, confEnd).trim();
  if (conference && start < by.m.index && confSpan.length <= MAX_QUOTE_LENGTH)
    addEdge(
      ctx,
      {
        type: 'PRODUCED',
        from: conference,
        to: id,
        source: { document: ctx.info.id, locator: titleP.locator, quote: confSpan },
      },
      'itu-resolutions:self',
    );
}
