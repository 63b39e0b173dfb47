// The General Assembly numbers its regular sessions from 1946 and each opens in September: session n runs
// from September of 1945 + n to September of the next year (the sixtieth, September 2005 to September 2006;
// the first, alone, opened in January 1946). Read by the rules that date a session or a resolution by its
// number (assembly-session-date.ts, cites-later.ts).

/** The year the Assembly's regular session `n` opened. */
export function assemblySessionYear(n: number): number {
  return 1945 + n;
}
