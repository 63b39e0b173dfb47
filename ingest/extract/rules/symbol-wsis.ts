// The World Summit on the Information Society numbered its documents in ITU's way, not the UN's (symbol-grammar.ts):
// the summit's phase or preparatory meeting, a series, a number, a revision in brackets and the language's letter:
//   "Document WSIS-03/GENEVA/DOC/4-E" (the Geneva Declaration of Principles' masthead, 12 December 2003),
//   "Document: WSIS-05/TUNIS/DOC/6(Rev.1)-E" (the Tunis Agenda's), "(WSIS-05/TUNIS/DOC/7)" (the Tunis
//   Commitment cited in the report of the Tunis phase), "Document WSIS-II/PC-3/DOC/5-E" (the WGIG report as
//   submitted to the third PrepCom of the Tunis phase), "Document WSIS-II/PC-3/DT/12(Rev.3)", "WSIS-II/PC-3/ADM/7",
//   "WSIS/PC-3/C/0113" (a contribution to the Geneva phase's PrepCom-3).
// The organ's letters of a UN symbol carry no digits or hyphen, so symbol-patterns.ts PART never reads these.
// The language letter ("-E", "-F", …) names one language version of the same document, and a citation may drop
// it or write the number on four digits ("WSIS-03/GENEVA/DOC/0004", the WGIG report's footnote on the
// Declaration): one symbol, written without either. A PDF copy may run the date of issue into the language
// letter ("Document: WSIS-II/PC-3/DOC/13-E15 November 2005", the report of PrepCom-3's Sub-Committee B), so
// only a letter after it ends the symbol; a word run on after a hyphen ("-Expert") is none of it.
export const WSIS =
  'WSIS(?:-(?:0[35]|II))?\\/(?:GENEVA|TUNIS|PC-?\\d|PCIP)(?:\\/[A-Z]{1,4})?\\/\\d{1,4}(?:\\((?:Rev|Add|Corr)\\.\\d{1,2}\\))?(?:-[EFSACR])?(?![A-Za-z/]|-[A-Za-z])';

const LANGUAGE = /-[EFSACR]$/;
const PADDED = /\/0+(?=\d)/g;

/** A WSIS symbol without its language letter and with its number's padding dropped; any other symbol as is. */
export function normaliseWsis(symbol: string): string {
  if (!symbol.startsWith('WSIS')) return symbol;
  return symbol.replace(LANGUAGE, '').replace(PADDED, '/');
}
