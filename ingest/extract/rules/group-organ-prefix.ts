// A working group named after a principal organ, "Security Council Working Group on Children and Armed Conflict",
// "General Assembly Working Group on …" (the Journal of the United Nations' programme of meetings), is a standing
// subsidiary body of that organ: it is PART_OF the organ, and the date of the document that lists its meeting is
// no span of its years (working-groups.ts takes no years from the document's date or a date in its sentence for
// it; years the text gives stay). Only the organ's name right before the group's, on the same line.

import type { DocContext } from '../context.ts';
import type { WgMention } from './working-group-names.ts';

const ORGAN_BEFORE =
  /\b(Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)[^\S\n]+$/;

/** The principal organ named right before the group's name ("Security Council"), else undefined. */
export function organBefore(ctx: DocContext, m: WgMention): string | undefined {
  return ORGAN_BEFORE.exec(ctx.doc.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
}
