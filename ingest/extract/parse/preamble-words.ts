// The words a resolution's preambular paragraph opens with, capitalised: "Recalling …", "Bearing in mind …",
// "Mindful of …". Shared by the paragraph splitter (rules/preamble-clauses.ts) and the quote's bounds
// (quote.ts), which both end a paragraph at a comma closing its line before one of them.
export const PREAMBLE_OPENERS =
  'Recalling|Reaffirming|Recogni[sz]ing|Noting|Taking note|Bearing in mind|Welcoming|Emphasi[sz]ing|Stressing|Acknowledging|Mindful|Convinced|Aware|Concerned|Expressing|Underlining|Underscoring|Affirming|Considering|Guided|Reiterating|Having|Deeply|Alarmed|Encouraged|Believing|Desiring|Determined|Observing|Appreciating|Highlighting|Taking into account';
