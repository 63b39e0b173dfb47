// A group the gazetteer knows as one body of set years (the WGIG 2004–2005, the WGEC 2016–2018) is named
// with "the" or bare; after "a"/"an" its name is a kind of group, one of many: "some years ago, we had a
// special group in the German Bundestag that had a Working Group on Internet Governance" (a member of
// parliament at the IGF 2019 legislative main session) speaks of the parliament's own group, not the WGIG.
// Setting one up is still the known group: "to set up a working group on Internet governance" (Geneva Plan
// of Action ¶13(b)), "decided to establish a Working Group on Enhanced Cooperation", "announce the
// establishment of a High-Level Advisory Board on …" (an SG announcement) — the verb or noun before the
// article keeps the name (precision first: no WGIG node or edge from a parliament's group).

import type { GazetteerEntry } from '../../gazetteer/types.ts';

// "a"/"an" right before the name or before one lower-case word ("an informal Working Group on …"), with the
// few words before it (to see an establishing verb).
const INDEFINITE = /\b(?:[Aa]|[Aa]n)\s+(?:[a-z]+\s+)?$/;
const SETS_UP =
  /\b(?:establish(?:es|ed|ing|ment)?|set(?:s|ting)?\s+up|creat(?:e|es|ed|ing|ion)|conven(?:e|es|ed|ing)|form(?:s|ed|ing|ation)?|constitut(?:e|es|ed|ing|ion)|launch(?:es|ed|ing)?)\s+(?:of\s+)?(?:a|an)\s+(?:[a-z]+\s+)?$/i;

/** Whether the gazetteer `entry`, a group of set years named at `start` in `text`, is only a kind of group. */
export function indefiniteGroup(
  entry: GazetteerEntry,
  text: string,
  start: number,
  surface: string,
): boolean {
  if (entry.type !== 'WorkingGroup' || entry.endYear === undefined || surface === entry.acronym) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return INDEFINITE.test(before) && !SETS_UP.test(before);
}
