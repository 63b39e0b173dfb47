// The First Committee's groups of governmental experts on ICTs in the context of international security: one
// name for five groups (2004–2005, 2009–2010, 2012–2013, 2014–2015, 2016–2017; the sixth, 2019–2021, "on
// Advancing responsible State behaviour …"), so texts tell them apart by ordinal or years: "The fifth UN GGE –
// United Nations Group of Governmental Experts on Developments … – held its first session" (dig.watch, 2016),
// "the 2014-2015 (the fourth) GGE", "a Group of Governmental Experts (GGE) for 2016-2017" (Lawfare), "The 2015
// Group of Governmental Experts on …" (the summary of A/70/174: the group named by its report's year). The
// series and its order are the gazetteer's (seeds/gazetteer/un-system.json); each reference here becomes a
// mention of the one group, which working-groups.ts then takes as the known group.

import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addMention, addNode, type DocContext, mentionsCovering, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { acronymMentions } from './group-mentions.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const SERIES = /^Group of Governmental Experts on .*Context of International Security \(\d{4}–\d{4}\)$/;

const bySeries = new WeakMap<Gazetteer, readonly GazetteerEntry[]>();

/** The series in the order the groups met (the gazetteer's years). */
export function ggeSeries(g: Gazetteer): readonly GazetteerEntry[] {
  let s = bySeries.get(g);
  if (!s) {
    s = g.entries
      .filter((e) => e.type === 'WorkingGroup' && e.startYear && e.endYear && SERIES.test(e.name))
      .sort((a, b) => a.startYear! - b.startYear!);
    bySeries.set(g, s);
  }
  return s;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return ORDINALS[w] ?? (/^[1-6](?:st|nd|rd|th)$/.test(w) ? Number(w[0]) : undefined);
}

const HEAD = String.raw`(?:(?:UN|U\.N\.|United Nations)\s+)?(?:GGE|UNGGE|Group of Governmental Experts)\b`;
// "the fifth GGE", "The 5th UN GGE": not "the first GGE session" (a session of the group the text is about), nor
// "the first GGE report" (the first report any group agreed: the 2010 one, not the first group's).
const ORDINAL = new RegExp(
  String.raw`\b((?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[1-6](?:st|nd|rd|th)))\s+${HEAD}(?!\s+(?:session|meeting|report)s?\b)`,
  'g',
);
// "the 2014-2015 GGE", "the 2014–2015 (the fourth) GGE", "the 2016/17 Group", "the 2015 Group of Governmental
// Experts": a bare "Group" only after a range ("in July 2015 Group members …" names no group).
const YEARS = new RegExp(
  String.raw`(?<![\d/–-])\b((?:19|20)\d{2})(?:\s*[-–/]\s*(\d{4}|\d{2})\s+(?:\(the\s+\w+\)\s+)?(?:${HEAD}|Group\b(?!\s+of\s+(?!Governmental)))|\s+${HEAD})`,
  'g',
);
// "a Group of Governmental Experts (GGE) for 2016-2017".
const FOR_YEARS = new RegExp(
  String.raw`\b${HEAD}(?:\s*\(GGE\))?\s+for\s+(?:the\s+period\s+)?((?:19|20)\d{2})\s*[-–/]\s*(\d{4}|\d{2})\b`,
  'g',
);
// The series' shared name, read across line breaks.
const LONG_NAME = new RegExp(
  String.raw`\b${'Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security'.replaceAll(' ', String.raw`\s+`)}\b`,
  'gi',
);
// A group of another series by its topic: "the 2017 Group of Governmental Experts on lethal autonomous …"; its
// own topic is ICTs ("… on Developments in the Field of …", "the 2012/13 Group of Governmental Experts on ICTs").
const TOPIC = /^\s+(?:on|related to|of the High)\s+/i;
const OWN_TOPIC = /^(?:Developments|Advancing)\b|information|\bICTs?\b|cyber|telecommunication/i;

function otherTopic(after: string): boolean {
  const t = TOPIC.exec(after);
  return t !== null && !OWN_TOPIC.test(after.slice(t[0].length, t[0].length + 60));
}

// The document is on ICTs and international security: a GGE of another field (disarmament verification,
// autonomous weapons) numbered or dated the same way is not one of these.
const CUE = /information security|cyber|\bICTs?\b|[Ii]nformation and [Tt]elecommunications/;
// What the expressions need, in lower case: a passage without any is skipped. Only YEARS reads a bare
// "Group" (after a range); the others need the head's own words, "GGE" or "Governmental" (a UN report's
// paragraphs name many a "Working Group" and no GGE: 1 % of the synthetic bench went on them).
const TRIGGER = triggerWords(['gge', 'governmental', 'group']);
const HEAD_WORDS = triggerWords(['gge', 'governmental']);

function byYears(series: readonly GazetteerEntry[], from: number, to?: number): GazetteerEntry | undefined {
  // A range names a group by its span; one year by its report (2015: the group of 2014–2015) or its start.
  if (to !== undefined) return series.find((e) => e.startYear === from && e.endYear === to);
  return series.find((e) => e.startYear! <= from && from <= e.endYear!);
}

function fullYear(from: number, to: string): number {
  return to.length === 2 ? Math.floor(from / 100) * 100 + Number(to) : Number(to);
}

interface Ref {
  readonly entry: GazetteerEntry;
  readonly p: Passage;
  readonly start: number;
  readonly end: number;
}

/** Every reference to a group of the series, with the group it names. */
function references(ctx: DocContext, series: readonly GazetteerEntry[]): Ref[] {
  const refs: Ref[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    const push = (entry: GazetteerEntry | undefined, index: number, length: number): void => {
      if (!entry || otherTopic(p.text.slice(index + length, index + length + 100))) return;
      refs.push({ entry, p, start: p.start + index, end: p.start + index + length });
    };
    const head = hasTrigger(p, HEAD_WORDS);
    if (head)
      for (const m of matchesOf(ORDINAL, p.text)) push(series[ordinalOf(m[1]!)! - 1], m.index, m[0].length);
    for (const m of matchesOf(YEARS, p.text)) {
      const from = Number(m[1]);
      push(byYears(series, from, m[2] ? fullYear(from, m[2]) : undefined), m.index, m[0].length);
    }
    if (head)
      for (const m of matchesOf(FOR_YEARS, p.text))
        push(byYears(series, Number(m[1]), fullYear(Number(m[1]), m[2]!)), m.index, m[0].length);
  }
  return refs;
}

// A name in apposition to a numbered or dated reference right before it: "The fifth UN GGE – United Nations
// Group of Governmental Experts on …".
const APPOSITION = /^\s*(?:[–—-]|\(|,)\s*(?:the\s+)?(?:(?:United Nations|UN)\s+)?$/;

/** The long names: the group of the reference they follow, of their own years, or the document's one group. */
function longNames(ctx: DocContext, series: readonly GazetteerEntry[], refs: Ref[]): Ref[] {
  const out: Ref[] = [];
  const one = new Set(refs.map((r) => r.entry.id)).size === 1 ? refs[0]!.entry : undefined;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, HEAD_WORDS)) continue;
    for (const m of matchesOf(LONG_NAME, p.text)) {
      const start = p.start + m.index;
      if (refs.some((r) => r.start <= start && start < r.end)) continue;
      const own = /^\s*\((\d{4})\s*[-–]\s*(\d{4})\)/.exec(p.text.slice(m.index + m[0].length));
      const before = refs.filter((r) => r.p === p && r.end <= start).at(-1);
      const entry = own
        ? byYears(series, Number(own[1]), Number(own[2]))
        : before && APPOSITION.test(ctx.doc.text.slice(before.end, start))
          ? before.entry
          : one;
      if (entry) out.push({ entry, p, start, end: start + m[0].length + (own?.[0].length ?? 0) });
    }
  }
  return out;
}

export function ggeSeriesRule(ctx: DocContext): void {
  if (!CUE.test(ctx.doc.text)) return;
  const series = ggeSeries(ctx.gazetteer);
  if (series.length === 0) return;
  const refs = references(ctx, series);
  const all = [...refs, ...longNames(ctx, series, refs)].sort((a, b) => a.start - b.start);
  for (const r of all) {
    if (mentionsCovering(ctx, r.start).some((x) => x.type === 'WorkingGroup')) continue;
    const e = r.entry;
    const surface = ctx.doc.text.slice(r.start, r.end);
    addNode(
      ctx,
      {
        id: e.id,
        type: 'WorkingGroup',
        name: e.name,
        aliases: [surface.replace(/\s+/g, ' '), `GGE ${e.startYear}–${e.endYear}`],
        // "GGE", the UN's own short form of each of them.
        properties: props({ acronym: 'GGE', startYear: e.startYear, endYear: e.endYear }),
        source: sourceAt(ctx, r.p, r.start, r.end),
      },
      'gge-series',
    );
    addMention(ctx, {
      id: e.id,
      type: 'WorkingGroup',
      name: e.name,
      start: r.start,
      end: r.end,
      surface,
      passage: r.p,
    });
  }
  // A document on one group of the series calls it "the GGE" too ("The following Member States participated in
  // the GGE", UNODA's page on the 2012–2013 group); naming several, a bare "GGE" is any of them.
  const ids = new Set(all.map((r) => r.entry.id));
  if (ids.size === 1) acronymMentions(ctx, 'GGE', all[0]!.entry.id, '(?!)');
}
