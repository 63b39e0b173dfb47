// A report's title and its summary on one line: a PDF copied as flat text joins the title, the heading
// "Executive summary" and the summary's prose ("Report of the Working Group on Improvements to the Internet
// Governance Forum Executive summary This report has been prepared by the Chair …", a document-sharing
// site's copy of A/67/65–E/2012/48). The title ends before the heading; the prose titles nothing.
// Only a heading followed by a sentence: "Summary of the Chair" or "A Summary Report" stay whole.

const RUN_ON =
  /^(.{12,}?)\s+(?:Executive\s+[Ss]ummary|Summary|SUMMARY|Abstract)\s+(?:[A-Z][a-z]+\s+){1}[a-z][^.]{10,}\./;

export function titleBeforeSummary(title: string): string {
  const m = RUN_ON.exec(title);
  return m ? m[1]! : title;
}
