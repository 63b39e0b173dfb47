// The organ named right after a bare resolution number, as OHCHR pages and Human Rights Council reports put
// it: "Through the adoption of resolution 68/167, the General Assembly requested …" (OHCHR page on
// A/HRC/27/37), "pursuant to resolution 34/7, in which the Human Rights Council requested …" (A/HRC/39/29,
// summary), "In its decision 25/117, adopted in March 2014, the Human Rights Council decided …" (OHCHR). The
// number is that organ's: the Council's is A/HRC/RES/34/7, never the Assembly's A/RES/34/7.
// Only after a comma, as the organ the clause goes on with; "resolution 68/167 and the General Assembly"
// names nothing.
// A regional commission's notes name it the same ways: "In its resolution 75/7, the Economic and Social Commission
// for Asia and the Pacific invited members …", or after "of": "In accordance with resolution 71/10 of the Economic
// and Social Commission for Asia and the Pacific (ESCAP), …" (ESCAP committee documents). ESCAP numbers its
// resolutions by session under the Council's symbol: E/ESCAP/RES/75/7, never the Assembly's A/RES/75/7.
// Text taken from a PDF may lose the space after the organ's name: "In its resolution 68/167, the General
// Assemblyrequested the United Nations High Commissioner …" (A/HRC/27/37, summary, as posted): a lower-case
// word glued to it (four letters or more, a verb) still ends the organ's name.

const ORGAN_AFTER =
  /^(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?(?:\s*,\s*adopted\s+(?:on|in)\s+[^,;.]{3,25})?(?:\s*,\s*(?:(?:in|by|through)\s+which\s+)?|\s+of\s+)the\s+(Human\s+Rights\s+Council|General\s+Assembly|Security\s+Council|Executive\s+Board|General\s+Conference|Governing\s+Council|Economic\s+and\s+Social\s+Commission\s+for\s+Asia\s+and\s+the\s+Pacific)(?:\b|(?=\p{Ll}{4,}))/u;

/**
 * The symbol prefix of the organ named after the number that ends at `end`: 'A/HRC' for the Human Rights
 * Council, 'A' for the General Assembly, 'E/ESCAP' for ESCAP, null for another organ (its numbers are no UN symbol), undefined
 * when none is named there.
 */
export function organNamedAfter(text: string, end: number): string | null | undefined {
  const m = ORGAN_AFTER.exec(text.slice(end, end + 80));
  if (!m) return undefined;
  const organ = m[1]!.replace(/\s+/g, ' ');
  if (organ.endsWith('Asia and the Pacific')) return 'E/ESCAP';
  return organ === 'Human Rights Council' ? 'A/HRC' : organ === 'General Assembly' ? 'A' : null;
}
