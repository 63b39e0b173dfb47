// What a document cites (MODEL.md REFERENCES): instruments the gazetteer knows
// (Tunis Agenda, Geneva Declaration …), declarations named in the text ("the
// Havana Declaration, which was recently adopted by … the Group of 77 and
// China" → also PRODUCED), documents cited by a quoted title ("the “Mapping of
// international Internet public policy issues” document"), with the
// paragraphs when stated ("paragraphs 69–71 of the Tunis Agenda").

import { idFor, props } from '../claims.ts';
import {
  addEdge,
  addMention,
  addNode,
  type DocContext,
  mentionsCovering,
  mentionsIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { agentAt, opensLongerName } from './agents.ts';
import { citesLater } from './cites-later.ts';
import { paragraphSpan, paragraphSpanOf } from './paragraph-span.ts';
import { symbolNodeId } from './symbols.ts';

// A declaration titled by its subject keeps it: "the Universal Declaration on Cultural Diversity, adopted by
// UNESCO" (GA/EF/3008) is not a "Universal Declaration". A city's name keeps its lower-case particle: "the
// Rio de Janeiro Commitment and Plan of Action for the Information Society in Latin America and the Caribbean
// (eLAC2007)" (ECLAC's San Salvador Commitment, LC/R.2144) is no "Janeiro Commitment" (CITY_PARTICLE).
const DECLARATION =
  /\b(?:the\s+)?((?:[A-Z][\p{L}-]+\s+(?:(?:de|da|do|dos|das|del|di|du)\s+(?=[A-Z]))?){1,3}(?:Declaration|Plan\s+of\s+Action|Programme\s+of\s+Action|Action\s+Plan|Consensus|Commitment)(?:\s+of\s+Principles|\s+on\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:(?:of|and|for|the|in)\s+)*[A-Z][\p{L}-]+)*)?)\b/gu;
// Single words: a name may wrap between its words ("Programme of\nAction").
const DECLARATION_WORDS = ['Declaration', 'Plan', 'Programme', 'Consensus', 'Commitment'];
// Words that only say what stage or kind of text it is name no instrument: "the development of the Final
// Declaration" (a multistakeholder meeting's announcement of the outcome it will draft), "a Joint Declaration".
// A subject after it still names one ("the Political Declaration on …" is kept by DECLARATION's tail).
const GENERIC_DECLARATION =
  /^(?:(?:Final|Joint|Draft|Zero|Revised|Updated|New|Common|Ministerial|Political|Outcome)\s+)+(?:Declaration|Consensus|Commitment)$/;
// A recurring conference's acronym alone names the kind of text each of its editions adopts, not one
// instrument: "D.1-2: WTDC Declaration. D.1-3: WTDC Action Plan." (ITU-D's outputs in an ITU annual report;
// WTDC-17 adopted the Buenos Aires Declaration and Action Plan). A city's declaration stays one.
const SERIES_ONLY = /^(?:WTDC|WTSA|WRC|WTPF|WCIT|PP)\s+(?:Declaration|Action\s+Plan|Plan\s+of\s+Action)$/;
const QUOTED_DOC = /[“"]([A-Z][^”"]{8,150})[”"]\s+(?:document|report|paper|study|note)\b/g;
// "para 108-109 of the Tunis Agenda" (ITU's page on the WSIS action line facilitators' meeting, 2006): the
// abbreviation too. "In paragraph 3 of its resolution 64/25, the General Assembly invited …" (the opening of a
// Secretary-General's compilation of Governments' replies, A/65/154): the body's own resolution, "its".
const PARAGRAPHS =
  /\b(?:[Pp]aragraphs?|[Pp]aras?\.?)\s+(\d+(?:\s*(?:[–-]|to|and)\s*\d+)?)\s+of\s+(?:the\s+|its\s+)?$/;
const PARAGRAPHS_AFTER = /^[^.;]{0,80}?particularly\s+paragraphs?\s+(\d+(?:\s*(?:[–-]|to|and)\s*\d+)?)/;

export function paragraphsBefore(text: string): string | undefined {
  const m = PARAGRAPHS.exec(text);
  return m ? paragraphSpan(m[1]!) : undefined;
}

export function referencesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (DECLARATION_WORDS.some((w) => p.text.includes(w)))
      for (const m of matchesOf(DECLARATION, p.text)) {
        // A name wrapped over lines is one name: "the Vienna Programme of\nAction on Science and Technology for
        // Development" (A/RES/50/101, preamble, a fixed-width copy).
        const raw = m[1]!.trim();
        const name = raw.replace(/\s+/g, ' ');
        if (
          /^(?:The|This|That|A|An)\s/.test(name) ||
          GENERIC_DECLARATION.test(name) ||
          SERIES_ONLY.test(name)
        )
          continue;
        const start = p.start + m.index + m[0].indexOf(raw);
        if (mentionsCovering(ctx, start).some((x) => x.type === 'Resolution')) continue;
        // An instrument the gazetteer knows, its owner's name before it: "the WSIS Declaration of Principles"
        // (WTSA Resolution 69) is the Geneva Declaration of Principles, not a second declaration.
        const end = start + raw.length;
        if (mentionsIn(ctx, start + 1, end, 'Resolution').some((x) => x.end === end)) continue;
        const id = idFor('Resolution', name);
        const source = sourceAt(ctx, p, start, end);
        addNode(
          ctx,
          { id, type: 'Resolution', name, properties: props({ kind: 'outcome-document' }), source },
          'references:declaration',
        );
        addMention(ctx, {
          id,
          type: 'Resolution',
          name,
          start,
          end: end,
          surface: raw,
          passage: p,
        });
        const by = /^[^.;]{0,40}?\badopted\s+by\s+/.exec(ctx.doc.text.slice(end, end + 120));
        const orgs = by ? mentionsIn(ctx, end + by[0].length, end + by[0].length + 120, 'Organization') : [];
        // The longest name where the first one starts, unless it only opens a longer one ("adopted by the
        // United Nations Conference on Science and Technology for Development", GA resolution 48/179).
        const first = orgs.filter((o) => o.start === orgs[0]!.start).sort((a, b) => b.end - a.end)[0];
        let agent: { readonly id: string; readonly end: number } | undefined;
        if (first) agent = opensLongerName(ctx, first.end) ? undefined : first;
        else if (by) agent = agentAt(ctx, end + by[0].length);
        if (agent)
          addEdge(
            ctx,
            { type: 'PRODUCED', from: agent.id, to: id, source: sourceAt(ctx, p, start, agent.end) },
            'references:adopted-by',
          );
      }
    // QUOTED_DOC opens with a quotation mark: a passage without one is not searched.
    if (p.text.includes('"') || p.text.includes('“'))
      for (const m of matchesOf(QUOTED_DOC, p.text)) {
        const title = m[1]!;
        const start = p.start + m.index + 1;
        const id = idFor('Document', title);
        const source = sourceAt(ctx, p, start - 1, p.start + m.index + m[0].length);
        addNode(
          ctx,
          { id, type: 'Document', name: title, properties: props({ title }), source },
          'references:quoted-title',
        );
        addMention(ctx, {
          id,
          type: 'Document',
          name: title,
          start,
          end: start + title.length,
          surface: title,
          passage: p,
        });
      }
  }
  const own = new Set(
    (ctx.state.get('ownSymbols') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((s) => symbolNodeId({ symbol: s, kind: /\/(?:RES|DEC)\//.test(s) ? 'resolution' : 'document' })),
  );
  for (const m of ctx.mentions) {
    if (
      (m.type !== 'Resolution' && m.type !== 'Document') ||
      m.id === ctx.info.id ||
      own.has(m.id) ||
      m.id === ctx.state.get('selfResolution') ||
      // The text of a resolution does not cite a later one (cites-later.ts).
      (m.type === 'Resolution' && citesLater(ctx.info.symbol ?? '', m.name))
    )
      continue;
    const before = ctx.doc.text.slice(Math.max(m.passage.start, m.start - 40), m.start);
    const after = ctx.doc.text.slice(m.end, Math.min(m.passage.end, m.end + 200));
    const paragraphs = paragraphsBefore(before) ?? paragraphSpanOf(PARAGRAPHS_AFTER.exec(after)?.[1]);
    const source = sourceAt(ctx, m.passage, m.start, m.end);
    addEdge(
      ctx,
      { type: 'REFERENCES', from: ctx.info.id, to: m.id, properties: props({ paragraphs }), source },
      'references',
    );
    // The text of a resolution: what it cites, the resolution cites.
    const self = ctx.state.get('selfResolution');
    if (self && self !== m.id && m.type === 'Resolution')
      addEdge(
        ctx,
        { type: 'REFERENCES', from: self, to: m.id, properties: props({ paragraphs }), source },
        'references:resolution-text',
      );
  }
  void sentences;
}
