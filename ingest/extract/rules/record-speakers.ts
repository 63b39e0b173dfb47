// Who took the floor in a UN verbatim or summary record (A/74/PV.52): each statement opens a paragraph with
// its speaker, "Mr. Mulet Lind (Guatemala), Rapporteur of the Second Committee (spoke in Spanish): It is an
// honour …", "Ms. X (Brazil): …", or the presiding officer by post, "The Acting President: The General
// Assembly will now consider …". The speaker SPOKE_AT the meeting the record's masthead names
// (meetings-records.ts); a representative speaking for a Member State (its name in brackets, no post after
// it) makes the State SPOKE_AT as delegate; the presiding officer is the person the masthead has in the Chair.

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';
import { isMemberState } from './body-kinds.ts';

const MASTHEAD_PASSAGES = 10;
// A numbered meeting of a session: meeting:<body>-<session>-meeting-<n> (meetings-numbered.ts).
const RECORD_MEETING = /^meeting:.+-\d+-meeting-\d+$/;
const TURN =
  /^(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[^\n:()]{2,50}?\s*(?:\(([^()\n]{2,50})\))?(,\s*[^:\n]{2,150}?)?(?:\s*\((?:spoke|interpretation)\s+[^()\n]{2,40}\))?:\s/;
const OFFICER = /^The\s+(Acting\s+)?(?:President|Chair(?:man|person)?|Co-Chair):\s/;

/** The meeting a record's masthead names, if the document is a record. */
export function recordMeetingOf(ctx: DocContext): string | undefined {
  const end = ctx.passages[MASTHEAD_PASSAGES]?.start ?? ctx.doc.text.length;
  return ctx.mentions.find((m) => m.type === 'Meeting' && m.start < end && RECORD_MEETING.test(m.id))?.id;
}

export function recordSpeakersRule(ctx: DocContext): void {
  const meeting = recordMeetingOf(ctx);
  if (!meeting) return;
  const chairs = new Map<string, string>();
  for (const e of ctx.claims.edges)
    if (e.type === 'CHAIRED' && e.to === meeting && typeof e.properties?.role === 'string')
      chairs.set(e.properties.role, e.from);
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || p.kind === 'heading') continue;
    const officer = OFFICER.exec(p.text);
    if (officer) {
      const person = chairs.get(officer[1] ? 'Acting Chair' : 'Chair');
      if (person)
        addEdge(
          ctx,
          {
            type: 'SPOKE_AT',
            from: person,
            to: meeting,
            source: sourceAt(ctx, p, p.start, p.start + officer[0].length),
          },
          'record-speakers:officer',
        );
      continue;
    }
    const turn = TURN.exec(p.text);
    if (!turn) continue;
    const end = p.start + turn[0].length;
    const source = sourceAt(ctx, p, p.start, end - 1);
    const named = mentionsStartingIn(ctx, p.start, p.start + 6);
    const person = named.find((m) => m.type === 'Person' && m.end <= end);
    if (person) addEdge(ctx, { type: 'SPOKE_AT', from: person.id, to: meeting, source }, 'record-speakers');
    // "Ms. X (Brazil):" speaks for Brazil; "Mr. Y (Guatemala), Rapporteur of …:" speaks as the Rapporteur.
    if (!turn[1] || turn[2]) continue;
    const at = p.start + turn[0].indexOf(`(${turn[1]}`) + 1;
    const state = mentionsStartingIn(ctx, at, at).find(
      (m) => m.type === 'Organization' && isMemberState(ctx, m.id),
    );
    if (state)
      addEdge(
        ctx,
        { type: 'SPOKE_AT', from: state.id, to: meeting, properties: props({ role: 'delegate' }), source },
        'record-speakers:delegate',
      );
  }
}
