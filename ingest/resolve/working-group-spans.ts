// Working groups are identified by name and years (MODEL.md: the WGEC
// 2013–2014 and the WGEC 2016–2018 are two groups). A document that names a
// group without its years gets the years of its own date (a notice of
// 3 March 2016 about "the Working Group on Enhanced Cooperation"), which
// splits one group into a "2016–2016" and a "2018–2018" next to the
// "2016–2018" that another document states. Within a batch, a group dated by
// one year only is the group of the same acronym whose stated span covers
// that year, when exactly one does.

import type { GraphNode } from '../../cypher/model/graph.ts';

import { DATED_BY_DOCUMENT } from '../extract/rules/group-years.ts';

export { DATED_BY_DOCUMENT };

export interface SpanMerge {
  readonly kept: string;
  readonly merged: string;
  readonly reason: string;
}

const years = (n: GraphNode): [number, number] | undefined => {
  const a = n.properties.startYear;
  const b = n.properties.endYear;
  return typeof a === 'number' && typeof b === 'number' ? [a, b] : undefined;
};

export function workingGroupSpanMerges(
  nodes: Iterable<GraphNode>,
  byDocument: ReadonlySet<string> = new Set(),
): SpanMerge[] {
  const ranges = new Map<string, GraphNode[]>();
  const single: GraphNode[] = [];
  const undated: GraphNode[] = [];
  for (const n of nodes) {
    if (n.type !== 'WorkingGroup' || typeof n.properties.acronym !== 'string') continue;
    const y = years(n);
    if (!y) {
      // No years at all; a standing group with only the year it started (CWG-Internet, 2011) is not one.
      if (n.properties.startYear === undefined && n.properties.endYear === undefined) undated.push(n);
      continue;
    }
    if (y[0] === y[1]) single.push(n);
    else if (y[0] < y[1]) {
      const list = ranges.get(n.properties.acronym) ?? [];
      list.push(n);
      ranges.set(n.properties.acronym, list);
    }
  }
  const out: SpanMerge[] = [];
  for (const n of single) {
    const year = years(n)![0];
    const covering = (ranges.get(n.properties.acronym as string) ?? []).filter((r) => {
      const [a, b] = years(r)!;
      return a <= year && year <= b;
    });
    if (covering.length !== 1) continue;
    const kept = covering[0]!;
    const [a, b] = years(kept)!;
    out.push({
      kept: kept.id,
      merged: n.id,
      reason: `a working group dated by one year only (${year}) is the group of the same name whose span (${a}–${b}) covers it: "${n.name}" = "${kept.name}"`,
    });
  }
  // A year only a document's date gave is no group's year for an undated group to take.
  const stated = single.filter((n) => !byDocument.has(n.id));
  return [...out, ...undatedMerges(undated, ranges, stated)];
}

/**
 * A group kept without years (named only beside its mandate's Summit, rules/working-groups.ts) is the one
 * group of the same name and acronym the batch dates: its span if one, else its one year if one.
 */
function undatedMerges(
  undated: GraphNode[],
  ranges: Map<string, GraphNode[]>,
  single: GraphNode[],
): SpanMerge[] {
  const out: SpanMerge[] = [];
  for (const n of undated) {
    const same = (r: GraphNode) =>
      r.properties.acronym === n.properties.acronym && r.name.replace(SPAN_SUFFIX, '') === n.name;
    const spans = new Map(
      (ranges.get(n.properties.acronym as string) ?? []).filter(same).map((r) => [r.id, r]),
    );
    const years1 = new Map(single.filter(same).map((r) => [r.id, r]));
    const pool = spans.size > 0 ? spans : years1;
    const kept = pool.size === 1 ? [...pool.values()][0] : undefined;
    if (!kept) continue;
    out.push({
      kept: kept.id,
      merged: n.id,
      reason: `a working group the text gives no years of is the one group of that name the batch dates: "${n.name}" = "${kept.name}"`,
    });
  }
  return out;
}

const SPAN_SUFFIX = /\s*\(\d{4}[–-]\d{4}\)$/;

/** A merged group takes the kept group's years; names carrying its own one-year span are dropped. */
export function asKeptGroup(n: GraphNode, kept: GraphNode): GraphNode {
  const span = /\b(\d{4})[–-](\d{4})\b/;
  const stale = (a: string) =>
    span.test(a) && !a.includes(`${kept.properties.startYear}–${kept.properties.endYear}`);
  const properties = { ...n.properties };
  for (const k of ['startYear', 'endYear']) {
    const v = kept.properties[k];
    if (v === undefined) delete properties[k];
    else properties[k] = v;
  }
  return {
    ...n,
    id: kept.id,
    name: kept.name,
    aliases: [...n.aliases, n.name].filter((a) => !stale(a)),
    properties,
  };
}

const SPAN = /\b(\d{4})[–-](\d{4})\b/;

/**
 * A merged node's names without those carrying a span other than the kept node's: "Fifth meeting of the
 * Working Group on Enhanced Cooperation (2018–2018)" is no name of the fifth meeting of the 2016–2018 group.
 */
export function withoutStaleSpans(names: readonly string[], keptName: string): string[] {
  const kept = SPAN.exec(keptName);
  if (!kept) return [...names];
  return names.filter((a) => {
    const own = SPAN.exec(a);
    return !own || (own[1] === kept[1] && own[2] === kept[2]);
  });
}

/**
 * The numbered meetings of a group merged into another are that group's: "Fifth meeting of the Working Group
 * on Enhanced Cooperation (2018–2018)", from a notice dating the group by its one year, is the fifth meeting
 * of the 2016–2018 group (meeting:wgec-2018-2018-5 → meeting:wgec-2016-2018-5). A kept meeting the batch does
 * not hold is made from the merged one, with the kept group's years in its name.
 */
export function groupMeetingMerges(
  nodes: readonly GraphNode[],
  spans: readonly SpanMerge[],
  all: Map<string, GraphNode>,
): SpanMerge[] {
  const out: SpanMerge[] = [];
  for (const s of spans) {
    const from = `meeting:${s.merged.slice(s.merged.indexOf(':') + 1)}-`;
    const to = `meeting:${s.kept.slice(s.kept.indexOf(':') + 1)}-`;
    const kept = all.get(s.kept);
    const merged = all.get(s.merged);
    if (!kept || !merged) continue;
    for (const n of nodes) {
      if (n.type !== 'Meeting' || !n.id.startsWith(from) || !/^\d+$/.test(n.id.slice(from.length))) continue;
      const id = to + n.id.slice(from.length);
      if (!all.has(id))
        all.set(id, { ...n, id, name: n.name.split(merged.name).join(kept.name), aliases: [], sources: [] });
      out.push({
        kept: id,
        merged: n.id,
        reason: `a meeting of a working group merged into another is that group's: "${n.name}" = "${all.get(id)!.name}"`,
      });
    }
  }
  return out;
}
