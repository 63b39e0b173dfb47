// A page's list of documents to download is no masthead (rules/document.ts): a "Report of …" line there names a
// document the page links to, not the page. Two layouts seen on pages about the cybercrime Ad Hoc Committee:
//   - a table of documents copied one cell a line, each cell closed by its bar, a lone "|" between rows:
//     "Annotated provisional agenda |" / "|" / "Report of the Ad Hoc Committee … on its fifth session |" (UNODC's
//     session pages), which titled the session's page as that report;
//   - a file's download box, its name over the file's kind and size: "Report of the Ad Hoc Committee" / ".pdf"
//     / "Download PDF • 263KB", its caption under it ("Report of the Ad Hoc Committee on 24 February 2022", a
//     stakeholder's post announcing a consultation).
// A heading in the page's own words keeps its title: only a line closed by a bar, or one within two lines of a
// download box's line.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

const TABLE_CELL = /\S[ \t]+\|[ \t]*$/;

/** Whether `line` is a table's cell closed by its bar ("Annotated provisional agenda |"): no title anywhere. */
export const tableCellLine = (line: string): boolean => TABLE_CELL.test(line);
// ".pdf", "Download PDF • 263KB", "Download file (1.2 MB)": a file's kind and size under its name.
const DOWNLOAD = /^(?:\.(?:pdf|docx?)|Download\s+(?:PDF|file|document)\b.{0,30})$/i;
const NEAR = 2;

/** The non-blank lines of `text` around the line starting at `at`, `n` on each side, trimmed. */
function around(text: string, at: number, end: number, n: number): string[] {
  const before = text
    .slice(Math.max(0, at - 400), at)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const after = text
    .slice(end, end + 400)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [...before.slice(-n), ...after.slice(0, n)];
}

/** Whether passage `p`'s first line is a cell of a table of documents or a file's name in a download box. */
export function linkCell(ctx: DocContext, p: Passage): boolean {
  const text = ctx.doc.text;
  const nl = text.indexOf('\n', p.start);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(p.start, end);
  if (TABLE_CELL.test(line)) return true;
  return around(text, p.start, end, NEAR).some((l) => DOWNLOAD.test(l));
}
