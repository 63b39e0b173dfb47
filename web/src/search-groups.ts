// Typeahead results grouped by type (issue 5, point 1). Groups are ordered by
// their best hit; within a group, hits keep the API's score order. The flat
// order (used for arrow-key navigation) follows the groups as displayed.

import type { SearchHit } from './types.ts';

export interface HitGroup {
  readonly type: string;
  readonly hits: readonly SearchHit[];
}

export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const sorted = [...hits].sort((a, b) => b.score - a.score);
  const groups = new Map<string, SearchHit[]>();
  for (const h of sorted) {
    const g = groups.get(h.entity.type);
    if (g) g.push(h);
    else groups.set(h.entity.type, [h]);
  }
  return [...groups].map(([type, hs]) => ({ type, hits: hs }));
}

export function flatten(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.hits);
}

/** Next active index for a key press; -1 means none. Wraps around. */
export function moveActive(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current < 0 ? 0 : (current + 1) % count;
  if (key === 'ArrowUp') return current <= 0 ? count - 1 : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return current;
}

/** Why a hit matched, for display: "alias: WGEC" when the match is not the name itself. */
export function matchNote(h: SearchHit): string | undefined {
  if (h.match === 'exact' || h.matched === h.entity.name) return undefined;
  return `${h.match}: ${h.matched}`;
}

const TYPE_NAMES: Record<string, string> = {
  WorkingGroup: 'Working groups',
  Person: 'People',
  Organization: 'Organisations',
  Process: 'Processes',
};

export function typeHeading(type: string): string {
  return TYPE_NAMES[type] ?? `${type}s`;
}
