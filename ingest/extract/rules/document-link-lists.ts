// A page's list of documents is no masthead (rules/document-own-symbols.ts): a symbol alone on its line there
// names a document the page links to, not the page itself. UNODC's Ad Hoc Committee pages put them under a
// heading ("Useful documents" over "General Assembly Resolution 74/247" / "General Assembly Resolution
// 75/282"), or in a table of documents under its column heads ("Symbol Title" over "A/AC.291/24/Add.1" /
// "Annotated provisional agenda" / "A/AC.291/22/Rev.3" …, a session's page). Two lines in a row citing the
// same way ("General Assembly Resolution …" twice) are such a list too, heading or not.

// A list's heading: "Useful documents", "Official documents", "Documentation", "Related resources:"; a
// table's column heads "Symbol Title", "Document symbol | Title".
const LIST_HEADING =
  /^(?:(?:useful|related|key|official|other|background|meeting|reference|relevant|main|session)\s+)?(?:documents?|documentation|resources|links)\s*:?$/i;
const TABLE_HEAD = /^(?:document\s+)?symbols?\s*[|\t]?\s*title\b/i;
// A list's entry on the way up to its heading: a symbol or resolution number, or a short title line.
const SYMBOL_LIKE = /\b[A-Z]{1,6}(?:\.\d+)?\/\S|\b\d{1,4}\/\d{1,4}\b/;
const ENTRIES_UP = 12;

const isEntry = (line: string): boolean =>
  SYMBOL_LIKE.test(line) || (line.split(/\s+/).length <= 8 && !/[.;:]$/.test(line));

/** The non-blank lines before (`step` -1) or after (+1) the line starting at `lineStart`, trimmed, nearest first. */
function neighbours(text: string, lineStart: number, step: -1 | 1): string[] {
  const lines =
    step < 0 ? text.slice(0, lineStart).split('\n').reverse() : text.slice(lineStart).split('\n').slice(1);
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

/** Whether the symbol line `line`, starting at `lineStart` in `text`, is an entry of a list of documents. */
export function listedSymbolLine(text: string, lineStart: number, line: string): boolean {
  const above = neighbours(text, lineStart, -1);
  for (const l of above.slice(0, ENTRIES_UP)) {
    if (LIST_HEADING.test(l) || TABLE_HEAD.test(l)) return true;
    if (!isEntry(l)) break;
  }
  // The same citing words before the number on the next line or the one before: "General Assembly Resolution …".
  const words = /^(\D*?\p{L}\D*?)\s+\d/u.exec(line.trim())?.[1];
  if (!words) return false;
  return [above[0], neighbours(text, lineStart, 1)[0]].some(
    (l) => l?.startsWith(`${words} `) && /\d\/\d/.test(l),
  );
}
