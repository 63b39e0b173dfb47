// "<Body> & <Body>" in an affiliation chain: a post held jointly in two bodies, as event pages list a
// speaker ("Markus Kummer, Senior Advisor, Geneva Internet Platform & DiploFoundation", an IGF session
// page). Read whole it made one body "Geneva Internet Platform & DiploFoundation"; split, each half is
// its own body. Only an ampersand between spaces whose right half the gazetteer knows whole as an
// Organization splits: "Bill & Melinda Gates Foundation" or "AT&T" stay one name, and "and" never splits
// here ("Ministry of Science and Technology" is one body).

import type { DocContext } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';

export function twoBodies(ctx: DocContext, raw: string, start: number): AffiliationPart[] | undefined {
  const amp = /\s+&\s+/.exec(raw);
  if (!amp || !/^\p{Lu}/u.test(raw)) return undefined;
  const right = raw.slice(amp.index + amp[0].length);
  const rightAt = start + amp.index + amp[0].length;
  const known = ctx.gazetteer
    .match(right)
    .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end === right.length);
  if (!known) return undefined;
  const left = raw.slice(0, amp.index);
  const leftKnown = ctx.gazetteer
    .match(left)
    .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end === left.length);
  const rightPart: AffiliationPart = {
    kind: 'org',
    start: rightAt,
    end: rightAt + right.length,
    text: right,
    entry: known.entry,
  };
  // A left half no gazetteer entry names would be read as part of the title ("Senior Advisor, Geneva
  // Internet Platform"): left out, the post goes to the body that is known.
  if (!leftKnown) return [rightPart];
  return [{ kind: 'org', start, end: start + left.length, text: left, entry: leftKnown.entry }, rightPart];
}
