// "Plan of Action" alone names the Geneva Plan of Action in WSIS texts ("the Geneva Declaration of Principles
// and Plan of Action", "action line C7 of the Plan of Action", "the WSIS Plan of Action"), but a plan with
// another owner is that owner's: "The Plan of Action of the eLAC 2018 Digital Agenda … will be presented at
// the World Summit" (Mexico's note on ECLAC's Fifth Ministerial Conference), "the Plan of Action for Latin
// America and the Caribbean", "the Istanbul Plan of Action". No gazetteer mention is made for those.

const BARE = /^plan of action$/i;
// The owner after it: "of/for (the) <a name>" (a word with a capital: "eLAC", "Latin"), not the Summit's.
const OWNER_AFTER =
  /^\s+(?:of|for)\s+(?:the\s+)?(?!(?:World\s+Summit|WSIS|Geneva|Summit|Information\s+Society)\b)[\p{Ll}]{0,2}\p{Lu}/u;
// The owner before it: a capitalised name that is not the Summit's nor an article ("the Istanbul Plan").
const OWNER_BEFORE =
  /(?:^|[^\p{L}\d+-])(?!(?:The|A|An|This|That|Its|Their|Our|Geneva|WSIS|Summit|Tunis|Action)\s)\p{Lu}[\p{L}\d+-]*\s+$/u;

// A regional plan "for the Information Society" in a region: "the Rio de Janeiro Commitment and Plan of Action
// for the Information Society in Latin America and the Caribbean (eLAC2007)" (ECLAC's San Salvador Commitment,
// LC/R.2144): the Summit's own plan is never said to be "for the Information Society in" a region.
const REGIONAL_AFTER = /^\s+for\s+the\s+Information\s+Society\s+(?:in|of)\s+(?:the\s+)?\p{Lu}/u;

/** Whether a bare "Plan of Action" at [start, end) of `text` is another owner's plan, not Geneva's. */
export function anotherPlan(text: string, start: number, end: number, surface: string): boolean {
  if (!BARE.test(surface)) return false;
  return (
    OWNER_AFTER.test(text.slice(end, end + 60)) ||
    REGIONAL_AFTER.test(text.slice(end, end + 60)) ||
    OWNER_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}
