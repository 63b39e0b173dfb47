// Numbered reviews of a process (MODEL.md Process): the gazetteer knows a review as its process's key with
// "+N" after it ("process:wsis+10", "process:wsis+20"), N the years since the process (a WSIS+10 review ended
// in 2015, ten years after the Tunis phase). Extraction finds them by number or by year (review-names.ts), a
// meeting on one is held within it (meeting-holders.ts), and resolution joins a review's meetings
// (review-meeting-merges.ts): one reading of the id for all three.

import type { Gazetteer, GazetteerEntry } from './types.ts';

/** Whether `id` is a numbered review's: "process:wsis+20". */
export const isNumberedReview = (id: string): boolean => /^process:.+\+\d+$/.test(id);

/** The "+N" steps a review is numbered by. */
const STEPS = [5, 10, 15, 20, 25, 30];

/** The numbered reviews of the process `processId` that the gazetteer knows. */
export function reviewsOf(gazetteer: Gazetteer, processId: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const n of STEPS) {
    const e = gazetteer.byId.get(`${processId}+${n}`);
    if (e) out.push(e);
  }
  return out;
}
