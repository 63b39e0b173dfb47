// A company's legal form after a body the gazetteer knows is that body, not a unit of it: "Ms. X, Senior
// Policy Specialist, APNIC Pty Ltd" (a list of the technical community's members of the CSTD Working Group
// on Improvements to the IGF) is APNIC's staff; "APNIC Pty Ltd" is no part of APNIC.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

const LEGAL_FORM =
  /,?\s+(?:Pty\.?\s+Ltd|Ltd|Limited|Inc|Incorporated|LLC|GmbH|AG|S\.A|SA|B\.V|BV|plc|PLC)\.?$/;

/** The known organisation `raw` names with a legal form after it, or undefined. */
export function knownBeforeLegalForm(ctx: DocContext, raw: string): GazetteerEntry | undefined {
  const form = LEGAL_FORM.exec(raw);
  if (!form || form.index === 0) return undefined;
  const bare = raw.slice(0, form.index);
  return ctx.gazetteer
    .match(bare)
    .find(
      (m) =>
        m.entry.type === 'Organization' &&
        m.entry.kind !== 'member-state' &&
        m.start <= 1 &&
        m.end >= bare.length - 1,
    )?.entry;
}
