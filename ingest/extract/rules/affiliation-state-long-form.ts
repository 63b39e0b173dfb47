// A State named in its long form alone in a post's chain: "His Excellency X, Prime Minister, Republic of
// Uganda" and "…, Prime Minister, Kingdom of Bhutan" (the Journal of the United Nations' list of the general
// debate's speakers, "Addresses by: …") hold the post for that Member State, not for a body named "Kingdom of
// Bhutan". Only when the words after the form are a Member State's whole name the gazetteer knows: "Republic
// of Example Institute" stays a body.

import type { DocContext } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';
import { STATE_LONG_FORM } from './body-kinds.ts';

/** The Member State `raw` names in its long form ("Republic of Madagascar"), as a chain's country part. */
export function stateLongForm(
  ctx: DocContext,
  raw: string,
  start: number,
  end: number,
): AffiliationPart | undefined {
  const long = STATE_LONG_FORM.exec(raw);
  if (!long) return undefined;
  const rest = raw.slice(long[0].length);
  const m = ctx.gazetteer.match(rest)[0];
  if (m?.start !== 0 || m.end !== rest.length || m.entry.kind !== 'member-state') return undefined;
  return { kind: 'country', start, end, text: raw, entry: m.entry };
}
