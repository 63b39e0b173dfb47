// Words said somewhere other than at the meeting a page reports on (rules/speech-verbs.ts, rules/speakers.ts):
// "Ambassador David Gross … outlined what he called "the three pillars" of the US position in a briefing to
// reporters 3 December" (a WSIS news page, u77) is a press briefing held beside the Summit, not a turn at it;
// likewise a press or news conference, an interview, a statement issued or released, an op-ed. The sentence
// says where the words were said, so a verb of speaking in it is no SPOKE_AT at the page's meeting.
// Not "a statement to the Assembly" nor "a briefing to the Council": said at a meeting.

// Each a place of speaking that is not a meeting's floor.
const ELSEWHERE = new RegExp(
  [
    // "at a press conference", "a news briefing", "in a media statement" (not "a press release": a text)
    String.raw`\b(?:press|news|media)[\s-]+(?:conference|briefing|encounter|stakeout|statement|availability)s?\b`,
    // "in a briefing to reporters", "told journalists", "speaking to the press"
    String.raw`\b(?:briefing|briefed|told|telling|speaking|spoke|talking|talked|said)\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|correspondents|press|media)\b`,
    // "in an interview with …", "in an op-ed"
    String.raw`\b(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+)?(?:interview|op-ed)\b`,
    // "in a statement issued / released / published / posted …"
    String.raw`\bstatement\s+(?:issued|released|published|posted)\b`,
  ].join('|'),
  'i',
);

/** Whether the sentence says its words were said outside a meeting's floor (a press briefing, an interview …). */
export function spokenElsewhere(sentence: string): boolean {
  return ELSEWHERE.test(sentence);
}
