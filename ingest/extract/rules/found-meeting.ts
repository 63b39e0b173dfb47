// A meeting a finder read in the text (meetings.ts and its meetings-*.ts finders),
// before emitMeetings (meetings-emit.ts) makes its node, PART_OF and SUCCEEDS.

import type { Passage } from '../../types.ts';

export interface FoundMeeting {
  readonly id: string;
  readonly name: string;
  readonly parent?: string;
  readonly ordinal?: number;
  readonly p: Passage;
  readonly start: number;
  readonly end: number;
  date?: { start: string; end?: string };
  /** Where, when the finder read it itself (a list of editions with their cities). */
  readonly place?: { readonly city?: string; readonly country?: string };
  /** The words found are a place and a date, not a name of the meeting: no alias from them. */
  readonly unnamed?: boolean;
  /**
   * One of several meetings named together ("the first, second and third substantive sessions of …"): a
   * date or place after the list is no date or place of each, so none is read after it.
   */
  readonly listed?: boolean;
  /**
   * Where its quote begins when that is before `start`: the head of a list of editions ("The Forum's
   * past ten meetings took place in …"), without which an item ("Rio de Janeiro, Brazil, in November
   * 2007;") does not say what it is the place of.
   */
  readonly quoteFrom?: number;
  /** Where the parent is named when not in `p` (a press release's body line): PART_OF quotes it too. */
  readonly parentAt?: { readonly p: Passage; readonly start: number; readonly end: number };
}
