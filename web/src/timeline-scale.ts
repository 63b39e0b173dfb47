// The roles timeline's geometry (issue 5, point 5): each role becomes a bar
// (from–to) or a point (a single date) on a shared time axis. Dates come from
// the role itself, else from its target (a meeting's dates, a group's years).

import { entityDates } from './graph/filters.ts';
import type { Role, Source } from './types.ts';

export interface Placed {
  readonly role: Role;
  readonly start: number;
  readonly end: number;
  readonly point: boolean;
}

/** ISO date (possibly partial) → fractional year, e.g. 2017-07-01 → 2017.5. */
export function toYear(iso: string): number {
  const [y, m = '1', d = '1'] = iso.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

export function roleSpan(role: Role): { start: string; end: string } | undefined {
  const from = role.from ?? undefined;
  const to = role.to ?? undefined;
  if (from || to) return { start: (from ?? to)!, end: (to ?? from)! };
  const d = entityDates(role.target);
  return d ? { start: d.start, end: d.end } : undefined;
}

/** A span for display at the precision the text gave: years stay years. */
export function spanText(s: { start: string; end: string } | undefined): string {
  if (!s) return 'undated';
  const start = s.start.endsWith('-01-01') ? s.start.slice(0, 4) : s.start;
  const end = s.end.endsWith('-12-31') ? s.end.slice(0, 4) : s.end;
  return start === end ? start : `${start} – ${end}`;
}

/**
 * For a role the text dates nowhere: the years of the documents that state it ("2020", "2020–2024"), so a
 * reader knows when it was said to hold (not when it began or ended). Undefined when no document is dated.
 */
export function statedIn(sources: readonly Source[]): string | undefined {
  const years = sources
    .map((s) => /^\d{4}/.exec(s.documentDate ?? '')?.[0])
    .filter((y): y is string => y !== undefined)
    .sort();
  if (years.length === 0) return undefined;
  const [first, last] = [years[0]!, years[years.length - 1]!];
  return first === last ? first : `${first}–${last}`;
}

/** A role as one line, naming only the other side when the view is about one of its ends. */
export function roleLine(r: Role, viewId?: string): string {
  const what = r.role ?? r.type.toLowerCase().replace('_', ' ');
  if (r.holder.id === viewId) return `${what} — ${r.target.name}`;
  if (r.target.id === viewId) return `${r.holder.name} — ${what}`;
  return `${r.holder.name} — ${what} — ${r.target.name}`;
}

export function placeRoles(roles: readonly Role[]): {
  placed: Placed[];
  undated: Role[];
  min: number;
  max: number;
} {
  const placed: Placed[] = [];
  const undated: Role[] = [];
  for (const role of roles) {
    const s = roleSpan(role);
    if (!s) {
      undated.push(role);
      continue;
    }
    const start = toYear(s.start);
    const end = Math.max(start, toYear(s.end) + (s.end.length === 4 ? 1 : 0));
    placed.push({ role, start, end, point: end - start < 0.02 });
  }
  placed.sort((a, b) => a.start - b.start);
  const min = placed.length ? Math.floor(Math.min(...placed.map((p) => p.start))) : 0;
  const max = placed.length ? Math.ceil(Math.max(...placed.map((p) => p.end)) + 0.001) : 1;
  return { placed, undated, min, max: Math.max(max, min + 1) };
}

/** Whole years between min and max, thinned so labels stay readable. */
export function yearTicks(min: number, max: number, maxTicks = 12): number[] {
  const step = Math.max(1, Math.ceil((max - min) / maxTicks));
  const out: number[] = [];
  for (let y = Math.ceil(min); y <= max; y += step) out.push(y);
  return out;
}

export function matchesWho(role: Role, who: string | undefined): boolean {
  if (!who?.trim()) return true;
  const q = who.trim().toLowerCase();
  return [role.holder, role.target].some(
    (e) => e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q)),
  );
}
