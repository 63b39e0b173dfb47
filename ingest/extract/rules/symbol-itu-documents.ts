// ITU's own bodies number their documents neither in the UN's way (symbol-grammar.ts) nor the World Summit's
// (symbol-wsis.ts): the Council's session year and a number, "Document C09/105-E" (the masthead of Council
// Resolution 1305, Council 2009); a Council working group's name, its meeting and a number, "Document
// WG-Internet 10/9" (the report of CWG-Internet's tenth meeting), "CWG-Internet 12/3", "CWG-WSIS-36/3"; a
// forum's, "WTPF-13/16(Rev.1)-E" (the Chairman's report of WTPF-13). A bracketed revision stays; the language
// letter ("-E") names one language version of the same document and is dropped, as the Summit's.
// Read only on a masthead's "Document <symbol>" line (document-itu-masthead.ts): in running text "C09/105"
// or "Internet 10/9" could be anything, and a UN symbol found there first wins.

const ITU_DOCUMENT =
  /^((?:C\d{2}|WTPF-\d{2}|C?WG-[A-Z][A-Za-z]{1,14}[- ]\d{1,2})\/\d{1,3}(?:\((?:Rev|Add|Corr)\.\d{1,2}\))?)(?:-[EFSACR])?$/;

/** The ITU document symbol `field` is, without its language letter, when it is one and nothing more. */
export function ituDocumentSymbol(field: string): string | undefined {
  return ITU_DOCUMENT.exec(field)?.[1];
}
