// A gathering named by the period it serves: "Commission on Science and Technology for Development,
// 2024-2025 Inter-sessional Panel" (UNCTAD, the Secretary-General's opening statement) is the panel of the
// Commission's 2024–2025 intersessional period. The two years are its only date in the text: the meeting
// is dated by them (start in the first, end in the second), and named by the panel with its period
// ("Inter-sessional Panel 2024–2025"), one id whatever the dash. Only two consecutive years: "2016-2018" is a
// working group's span, not one gathering's.

export interface Period {
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

const YEARS = /^((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s+(?=\p{Lu})/u;

/** The period a gathering's words open with, and its name without it, or none. */
export function periodOf(phrase: string): Period | undefined {
  const m = YEARS.exec(phrase);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return undefined;
  const rest = phrase.slice(m[0].length).trim();
  return { name: `${rest} ${m[1]}–${m[2]}`, start: m[1]!, end: m[2]! };
}
