// A web copy that writes each paragraph on one line, with no blank line between them (a press release copied
// from press.un.org: "… for all women and girls.”" | "Mathu Joyini (South Africa), Chair of the sixty-seventh
// session, …"), made the whole page one passage, cited as "line 1" however far down the quote stood: a reader
// looking for it on line 1 finds the headline. A line that long is not a wrapped line (text wrapped by hand or
// out of a PDF stays under ~120 characters), so when it also ends a sentence, the next line opens a passage of
// its own with its own line number.

/** Lines at least this long were never wrapped: the copy keeps a paragraph to a line. */
const PARAGRAPH_LINE = 150;

/** A sentence's end, before any closing quote or bracket. */
const ENDS_SENTENCE = /[.!?:;]["”’)\]]*\s*$/;

/** Whether `text`, a line of running text, is a whole paragraph of a copy that writes one to a line. */
export function wholeParagraphLine(text: string): boolean {
  return text.length >= PARAGRAPH_LINE && ENDS_SENTENCE.test(text);
}
