// Working groups (MODEL.md "WorkingGroup"): "Working Group on Enhanced
// Cooperation (2016–2018)", "2013-2014 WGEC", "CSTD WG on Enhanced
// Cooperation". A group is identified by its name and its years; when the
// text gives no years, they come from the dates of the group's meetings in the
// document, or from a stated span that covers them. "The first/previous
// Working Group" is the earlier group of the same name; "the Working Group",
// "the group" and the acronym mean the group the document is about.

import { makeId } from '../../../cypher/model/ids.ts';
import { props } from '../claims.ts';
import { addEdge, addMention, addNode, type DocContext, mentionsCovering, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import { statedSpans } from './group-follow-up.ts';
import { acronymMentions, genericNames, standingGroup } from './group-mentions.ts';
import { organBefore } from './group-organ-prefix.ts';
import { DATED_BY_DOCUMENT, meetingSpan } from './group-years.ts';
import { findMentions, type WgMention } from './working-group-names.ts';
import { type Dated, succession } from './working-group-succession.ts';

const SPAN_ACRONYM = /\b(\d{4})\s*[-–]\s*(\d{4})\s+([A-Z]{3,8})\b/g;

export function wgId(acronym: string, span: [number, number]): string {
  return makeId('WorkingGroup', `${acronym} ${span[0]}-${span[1]}`);
}

export function workingGroupsRule(ctx: DocContext): void {
  // A standing group the gazetteer knows (the ITU Council's CWG-Internet, set up in 2011) keeps its one
  // id: the years of one meeting report are not the group's span.
  const known = ctx.mentions.find((m) => m.type === 'WorkingGroup' && ctx.gazetteer.byId.has(m.id));
  const mentions = findMentions(ctx).filter(
    (m) => !known || !mentionsCovering(ctx, m.start + 1).some((x) => x.type === 'WorkingGroup'),
  );
  if (mentions.length === 0) {
    if (known) standingGroup(ctx, known);
    return;
  }
  const main = mentions[0]!;
  // A known group named before any other is the one the document is about: "the Working Group" and its
  // meetings are that group's, a group named later in passing is only that (a report of the Working Group
  // on Improvements to the IGF that cites the Working Group on Enhanced Cooperation).
  const knownFirst = known !== undefined && known.start < main.start;
  const explicit = mentions.filter((m) => m.span && !m.earlier).map((m) => m.span!);
  // A principal organ's standing group takes no years from dates the text gives of other things, its meetings'
  // or the document's (group-organ-prefix.ts); years written with its name stay.
  const standing = mentions.every((m) => organBefore(ctx, m) !== undefined);
  // A group named only in passing (after a known group the document is about) takes no years from the
  // meetings the text dates: they are the other group's, or the document's own ("Working Group on Education
  // (2016–2018)" in a GA resolution on ICT for development, from the dates of the resolutions it recalls).
  const fromMeetings = standing || knownFirst ? undefined : meetingSpan(ctx, main.acronym);
  let current =
    explicit.find((s) => !fromMeetings || (s[0] <= fromMeetings[0] && s[1] >= fromMeetings[1])) ??
    fromMeetings;
  if (!current && explicit[0]) current = explicit[0];
  // Else the year the passage naming the group gives ("on July 12, 2018 constituted a High-level Panel on …"),
  // said of the group, not of a summit in a later clause ("… during the first phase of the World Summit …,
  // held in Geneva from 10 to 12 December 2003", WGIG report ¶1: the WGIG met in 2004–2005).
  // Only the sentence naming it: "On 27 December 2013, the General Assembly adopted resolution 68/243 …. In
  // paragraph 3 …, the report of the Group of Governmental Experts on … (A/68/98)" (a page of A/69/112, all
  // one passage) dates the resolution; that gave the group of 2012–2013 the years "2013–2013".
  // Only a sentence naming this group (not another group named in the document) and saying it was set up or
  // met (q93): "Recalling the convening of the Working Group on …, as requested in resolution 70/125 of
  // 16 December 2015" and a masthead "Geneva, 15-25 May 2017 … Report of the Council Working Group on …"
  // date other things.
  // Or a later sentence referring to it as "the Working Group" that dates its meetings (group-follow-up.ts, q98).
  const stated = statedSpans(ctx, mentions);
  const near = current || standing ? undefined : stated(main.acronym);
  if (!current && near) current = near;
  // Else the document's own date; it dates only the group the document is about (the resolve step,
  // ingest/resolve/working-group-spans.ts,
  // finds the stated span it falls in); a group named in passing after a known group gets none (q93):
  // "Working Group on Education (2023–2023)", one node per year of the GA resolutions naming it.
  const year = Number(ctx.info.date?.slice(0, 4));
  const byDate = !current && year > 0 && !standing && !knownFirst;
  if (byDate) current = [year, year];
  // A group named only beside another event's date (the Summit that gave its mandate) is kept, without
  // years; a group named with no date near it at all is left out, as before (its name may be cut short:
  // "Council Working Group on World Summit on the Information Society" read as "Working Group on World Summit").
  const otherDate = !current && mentions.some((m) => findDates(m.p.text).length > 0);
  const spans = new Map<string, Dated>();
  const make = (m: WgMention, span: [number, number] | undefined, rule: string): string => {
    const id = span ? wgId(m.acronym, span) : makeId('WorkingGroup', m.acronym);
    if (span) spans.set(id, { span, acronym: m.acronym });
    const surface = ctx.doc.text.slice(m.start, m.end);
    const years = span ? ` ${span[0]}–${span[1]}` : '';
    addNode(
      ctx,
      {
        id,
        type: 'WorkingGroup',
        name: span ? `${m.name} (${span[0]}–${span[1]})` : m.name,
        aliases: [surface, m.name, `${m.acronym}${years}`],
        // Years only the document's date gives: the resolve step keeps them only inside a stated span (q98).
        properties: props({
          acronym: m.acronym,
          startYear: span?.[0],
          endYear: span?.[1],
          [DATED_BY_DOCUMENT]: byDate && span === current ? 'yes' : undefined,
        }),
        source: sourceAt(ctx, m.p, m.start, m.end),
      },
      rule,
    );
    addMention(ctx, {
      id,
      type: 'WorkingGroup',
      name: m.name,
      start: m.start,
      end: m.end,
      surface,
      passage: m.p,
    });
    return id;
  };
  const place = (m: WgMention, id: string): void => {
    if (m.orgAcronym) partOfOrg(ctx, m, id, m.orgAcronym);
    const organ = organBefore(ctx, m);
    if (organ) partOfOrg(ctx, m, id, organ);
    const of = /^\s+of\s+(?:the\s+)?/.exec(ctx.doc.text.slice(m.end, m.end + 10));
    if (of) {
      const org = ctx.gazetteer.match(ctx.doc.text.slice(m.end + of[0].length, m.end + 120))[0];
      if (org && org.start === 0 && org.entry.type === 'Organization') partOfOrg(ctx, m, id, org.surface);
    }
  };
  if (!current && (knownFirst || (!otherDate && !standing))) {
    // Another group the text states years for is kept (q98): "the Working Group held five meetings between
    // September 2016 and January 2018", after a GA resolution named the Working Group on Education first.
    if (!standing)
      for (const m of mentions) {
        if (m.earlier || m.acronym === main.acronym) continue;
        const span = stated(m.acronym);
        if (span) place(m, make(m, span, 'working-groups'));
      }
    if (knownFirst) standingGroup(ctx, known);
    return;
  }
  const currentId = current ? wgId(main.acronym, current) : makeId('WorkingGroup', main.acronym);
  if (!knownFirst) {
    ctx.state.set('workingGroup', currentId);
    ctx.state.set('workingGroupAcronym', main.acronym);
  }
  for (const m of mentions) {
    // Another group named in the text has its own years or none, never this group's (q93).
    let span = m.span ?? (m.earlier ? undefined : m.acronym !== main.acronym ? stated(m.acronym) : current);
    if (!span && m.earlier)
      span =
        (current && explicit.find((s) => s[1] < current[0])) ??
        mentions.find((x) => x.earlier && x.span)?.span;
    if (!span && m.earlier) continue;
    place(m, make(m, span, 'working-groups'));
  }
  // "2013-2014 WGEC"
  for (const p of ctx.passages) {
    // Only the group's own acronym counts: a passage without it is not searched.
    if (!p.text.includes(main.acronym)) continue;
    for (const a of matchesOf(SPAN_ACRONYM, p.text)) {
      if (a[3] !== main.acronym) continue;
      const start = p.start + a.index;
      make(
        { ...main, p, start, end: start + a[0].length, span: [Number(a[1]), Number(a[2])] },
        [Number(a[1]), Number(a[2])],
        'working-groups:acronym',
      );
    }
  }
  acronymMentions(ctx, main.acronym, currentId, knownFirst ? '(?!)' : genericNames(main.name));
  if (knownFirst) standingGroup(ctx, known);
  succession(ctx, spans);
}

function partOfOrg(ctx: DocContext, m: WgMention, wg: string, orgText: string): void {
  const org = ctx.gazetteer.match(orgText)[0]?.entry;
  if (org?.type !== 'Organization') return;
  const source = sourceAt(ctx, m.p, m.start, m.end);
  addNode(
    ctx,
    {
      id: org.id,
      type: 'Organization',
      name: org.name,
      properties: props({ kind: org.kind, acronym: org.acronym }),
      source,
    },
    'working-groups',
  );
  addEdge(ctx, { type: 'PART_OF', from: wg, to: org.id, source }, 'working-groups');
}
