// A resolution cannot cite one adopted after it. Its symbol dates it: the General Assembly numbers by
// session (A/RES/60/252: the sixtieth session, September 2005 to September 2006), the Economic and Social
// Council by year (E/RES/1992/62, E/DEC/2005/308). "Bearing in mind … resolution 1992/62 of 31 July 1992,
// by which the Council established the Commission …, as well as the Council's decision 2005/308 on methods
// of work" (a CSTD page) names decision 2005/308 beside 1992/62, not in it.

import { assemblySessionYear } from '../parse/assembly-session.ts';

const GA_SESSION = /^A\/(?:RES|DEC)\/(\d{1,3})\//;

/** The years a resolution or decision with this symbol can have been adopted in; none when the symbol does not say. */
function yearsOf(symbol: string): { from: number; to: number } | undefined {
  const ga = GA_SESSION.exec(symbol);
  if (ga) {
    const from = assemblySessionYear(Number(ga[1]));
    return { from, to: from + 1 };
  }
  const council = /^E\/(?:RES|DEC)\/(\d{4})\//.exec(symbol);
  if (council) return { from: Number(council[1]), to: Number(council[1]) };
  return undefined;
}

/** Whether `cited` was surely adopted after `citing` (both symbols date them). */
export function citesLater(citing: string, cited: string): boolean {
  // Two of the Assembly's: a later session's (A/RES/79/194 is not cited by A/RES/78/132).
  const sa = GA_SESSION.exec(citing);
  const sb = GA_SESSION.exec(cited);
  if (sa && sb) return Number(sb[1]) > Number(sa[1]);
  const a = yearsOf(citing);
  const b = yearsOf(cited);
  return a !== undefined && b !== undefined && b.from > a.to;
}
