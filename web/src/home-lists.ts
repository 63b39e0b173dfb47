// What the start page lists, as plain data: the documents the atlas was built
// from (ingested) apart from the ones they only cite, and the starting points
// of mandate lineage (resolutions, working groups, processes) in an order a
// reader expects.

import { formatIsoDate } from './property-text.ts';

export interface ListedEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Ingested documents carry the hash of the file they were read from (the
 * re-ingest check); a Document node without one is only cited by them.
 */
export function splitDocuments<T extends ListedEntity>(
  docs: readonly T[],
): { readonly ingested: T[]; readonly cited: T[] } {
  const ingested = docs.filter((d) => text(d.properties.sha256));
  const cited = docs.filter((d) => !text(d.properties.sha256));
  return { ingested, cited };
}

/** The link text of a document: its symbol when it has one, else its name. */
export const documentLabel = (d: ListedEntity): string => text(d.properties.symbol) ?? d.name;

/** What follows the link: the title when it adds something, and the date. */
export function documentCaption(d: ListedEntity): string {
  const label = documentLabel(d);
  const title = [text(d.properties.title), d.name].find((t) => t !== undefined && t !== label);
  const date = text(d.properties.date);
  return [title, date && formatIsoDate(date)].filter(Boolean).join(' · ');
}

const byName = (a: ListedEntity, b: ListedEntity) => a.name.localeCompare(b.name);

/** The date that orders a starting point in time, if the graph has one. */
function when(e: ListedEntity): string | undefined {
  const p = e.properties;
  return (
    text(p.adoptedOn) ??
    text(p.startDate) ??
    (typeof p.startYear === 'number' ? String(p.startYear) : text(p.startYear))
  );
}

/**
 * Oldest first when every item is dated (lineage runs forward in time), else by
 * name: a few dated items ahead of many undated ones would read as a timeline
 * that puts a 2015 resolution before the 2005 Tunis Agenda.
 */
export function startingOrder<T extends ListedEntity>(items: readonly T[]): T[] {
  if (!items.every((e) => when(e))) return [...items].sort(byName);
  return [...items].sort((a, b) => (when(a)! < when(b)! ? -1 : when(a)! > when(b)! ? 1 : byName(a, b)));
}
