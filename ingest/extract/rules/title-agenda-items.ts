// The lines under a masthead's "Agenda item 3" / "Agenda items 2 and 3" name the items the document was
// taken up under, not the document: a Human Rights Council report's masthead reads "Human Rights Council /
// Fiftieth session / Agenda items 2 and 3 / Annual report of the United Nations High Commissioner for Human
// Rights and reports of the Office of the / High Commissioner and the Secretary-General / Promotion and
// protection of all human rights, …" (A/HRC/50/55, a copy keeping the masthead as one block), and the report's
// own title comes after them or elsewhere. A line opening with the document's kind ("Report of the Special
// Rapporteur …", "Draft resolution", TITLE_START) ends the items' names: the title may follow in the same block.

import { TITLE_START } from './document-masthead.ts';

const AGENDA_LINE = /^\s*Agenda\s+items?\s+\d/i;

/** Whether line `k` of `lines` (one masthead block) names an agenda item given on an "Agenda item(s)" line above it. */
export function agendaItemName(lines: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (AGENDA_LINE.test(l)) return !TITLE_START.test(lines[k]!.trim());
    if (TITLE_START.test(l.trim())) return false;
  }
  return false;
}
