// The year of a day or month a text writes without one, from its document's date (rules/meeting-dates.ts,
// meetings-committee.ts, meetings-arria.ts).

/**
 * The year of a day or month written without one ("was held on June 1", "at its 24th meeting, on 26
 * October"), from the ISO date of the document that writes it: the last such date on or before the
 * document's for what was, the next on or after it for what will be. Compared by day when `day` is given
 * (the document's date must then have a day), else by month. Undefined without a document date.
 */
export function yearOfUndated(
  documentDate: string | undefined,
  month: number,
  day: number | undefined,
  tense: 'past' | 'future',
): number | undefined {
  const d = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(documentDate ?? '');
  if (!d || (day !== undefined && d[3] === undefined)) return undefined;
  const year = Number(d[1]);
  const at = month * 100 + (day ?? 0);
  const today = Number(d[2]) * 100 + (day === undefined ? 0 : Number(d[3]));
  if (tense === 'past') return at > today ? year - 1 : year;
  return at < today ? year + 1 : year;
}
