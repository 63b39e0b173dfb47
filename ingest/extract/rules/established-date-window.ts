// How far after a group's name a date still dates its establishment (rules/established.ts). A clause of
// its own that follows says what the group did later, and its date is that later act's: "the Ad Hoc
// Committee to Elaborate a Comprehensive International Convention on …, established by the General
// Assembly in its resolution 74/247, will hold its reconvened concluding session from 29 July to 9 August
// 2024" (UNODC's session page) and "The General Assembly established the Ad Hoc Committee …, which approved
// a draft convention in August 2024" (UNODC's Convention page) date a session and an approval, not the
// establishment. The window ends at a comma before a relative pronoun or a finite verb of the main clause.
// A date fronted before an active verb's agent dates the act too: "In July 2018, the Secretary-General
// convened a High-level Panel on Digital Cooperation" (the Roadmap for Digital Cooperation, A/74/821 ¶1; an
// SG report's background paragraph). Only a bare "In <month year>," or "On <day month year>," opening the
// sentence right before the agent: "In its resolution 73/27 of 5 December 2018, the Assembly …" or "In 2019
// and 2020, …" is no such adverbial.

import { firstDate } from '../parse/dates.ts';

const NEXT_CLAUSE =
  /,\s*(?:which|who|whose|that|where|and\s+(?:will|shall|would|is|was|has|had|held|met|adopted|approved)|(?:will|shall|would|is|was|are|were|has|had|have)\b|(?:held|holds|met|meets|convened|approved|adopted|submitted|concluded)\b)/i;

/** The part of `text` (what follows a group's name up to the sentence's end) that can date its setting up. */
export function establishmentWindow(text: string): string {
  const m = NEXT_CLAUSE.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const FRONTED =
  /^\W*(?:In|On)\s+((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}),\s*(?:the\s+)?$/;

/** The date of a bare date adverbial that is all of `text` (a sentence's start up to its agent), if any. */
export function frontedDate(text: string): string | undefined {
  const m = FRONTED.exec(text);
  return m ? firstDate(m[1]!)?.start : undefined;
}
