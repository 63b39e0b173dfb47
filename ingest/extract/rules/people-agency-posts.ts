// A specialized agency's post beside a name in prose: "Mr. Moez Chakchouk, Assistant Director-General for
// Communication and Information, addressed the session", "the Assistant Director-General for CI, Mr. Frank La
// Rue" (UNESCO's news of its intergovernmental councils). The agencies headed by a Director-General (UNESCO,
// FAO, WHO, ILO, WIPO, …) have Assistant and Deputy Directors-General for their sectors; the post is the
// agency's when the text names exactly one such agency (UNESCO's page names UNESCO, and no FAO). AFFILIATED_WITH
// the agency, titled by the post. The post must touch the name (a comma between, "the" at most), as in
// people-department-posts.ts for the UN Secretariat's Under-Secretaries-General.

import { props } from '../claims.ts';
import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { postHolder } from './people-department-posts.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Agencies whose executive head is a Director-General (their constitutions), by gazetteer id.
const DG_AGENCIES = new Set([
  'organization:unesco',
  'organization:fao',
  'organization:who',
  'organization:ilo',
  'organization:wipo',
  'organization:iaea',
  'organization:unido',
  'organization:wto',
  'organization:iom',
  'organization:upu',
]);
// "Assistant Director-General for Communication and Information", "Deputy Director-General for CI".
const POST =
  /\b(?:Assistant|Deputy)\s+Director-General\s+for\s+(\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|the|&)\s+)*\p{Lu}[\p{L}-]*)*)/gu;
// Name, post: "Mr Moez Chakchouk, Assistant Director-General …", "Ms. X, the UNESCO Assistant Director-General …".
const NAME_THEN_POST = /^,\s*(?:the\s+)?(?:\p{Lu}{2,8}(?:['’]s)?\s+)?$/u;

/** The one agency headed by a Director-General that the text names, if only one. */
function soleAgency(ctx: DocContext): string | undefined {
  const ids = new Set(ctx.mentions.filter((m) => DG_AGENCIES.has(m.id)).map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

// The words of the test below, in any case (trigger-words.ts): a bit test before a read of the passage.
const WORDS = triggerWords(['director-general for']);

export function peopleAgencyPostsRule(ctx: DocContext): void {
  let agency: string | null | undefined = null;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || !p.text.includes('Director-General for')) continue;
    if (agency === null) agency = soleAgency(ctx);
    if (!agency) return;
    for (const m of matchesOf(POST, p.text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      const who = postHolder(ctx, p, start, end, NAME_THEN_POST);
      if (!who) continue;
      const source = sourceAt(ctx, p, Math.min(who.start, start), Math.max(who.end, end));
      const title = m[0].replace(/\s+/g, ' ');
      addEdge(
        ctx,
        { type: 'AFFILIATED_WITH', from: who.id, to: agency, properties: props({ title }), source },
        'people-agency-posts',
      );
    }
  }
}
