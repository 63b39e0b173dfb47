// A news distributor's copy of a release (pubt.io's copies of UN press releases): the issuer's line, then
// the stamp "09/25/2025 | Press release | Distributed by Public on 09/25/2025 17:37", then the release's
// headline ("Global Dialogue on Artificial Intelligence Offers Platform to Build Safe Systems, …"). The
// issuer's line and the stamp title nothing (title-furniture.ts), the line under the stamp is the headline
// (document.ts), and the stamp's date, month first as "09/25/2025" shows, dates the copy.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

const STAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\|\s*[^|\n]{1,40}\|\s*Distributed\s+by\b/i;

/** The line is a distributor's stamp, or the issuer's line right above one. */
export function distributorLine(ctx: DocContext, line: string): boolean {
  const l = line.trim();
  if (STAMP.test(l)) return true;
  const text = ctx.doc.text;
  const at = text.indexOf(l);
  if (at < 0 || l.length > 80) return false;
  const below = text
    .slice(at + l.length)
    .split('\n')
    .map((x) => x.trim())
    .find((x) => x !== '');
  return below !== undefined && STAMP.test(below);
}

/** The passage right under a distributor's stamp, when its line reads as a headline: the copied release's. */
export function headlineUnderStamp(
  ctx: DocContext,
  headline: (line: string) => boolean,
): Passage | undefined {
  const i = ctx.passages.slice(0, 4).findIndex((p) => STAMP.test(p.text.trim()));
  const next = i < 0 ? undefined : ctx.passages[i + 1];
  return next && headline(next.text.trim()) ? next : undefined;
}

/** The date of a distributor's stamp line, month first. */
export function stampDate(line: string): string | undefined {
  const m = STAMP.exec(line.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
