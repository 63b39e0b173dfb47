// Speakers listed under a label, as meeting pages and programmes set them out
// (issue 3, item 3: who took the floor, with the role the words give):
// "Moderator: Ms. X, Director, …", "Keynote: Professor Y, University of …",
// or a label line ("Speakers:", "Panellists:") over one person per line.
// They spoke at the meeting the page is about (current-meeting.ts). The
// turns of a verbatim transcript (">> NAME:") are read by transcript-speakers.ts.

import { props } from '../claims.ts';
import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { currentMeeting } from './current-meeting.ts';

const LABEL =
  /(?:^|\n)[^\S\n]*(?:[-•*][^\S\n]*)?(Moderators?|Keynote(?: speakers?| address(?:es)?)?|Speakers?|Panell?ists?|Presenters?|Opening(?: remarks| statements?)?|Welcoming remarks|Discussants?|Introductory remarks)[^\S\n]*:[^\S\n]*$/i;

/** MODEL.md SPOKE_AT roles for a label; "Speakers" gives none. */
function roleOf(label: string): string | undefined {
  const l = label.toLowerCase();
  if (l.startsWith('moderator')) return 'moderator';
  if (l.startsWith('keynote')) return 'keynote';
  if (l.startsWith('panel')) return 'panellist';
  if (l.startsWith('presenter') || l.startsWith('discussant')) return 'presenter';
  if (l.startsWith('opening') || l.startsWith('welcoming') || l.startsWith('introductory')) return 'opening';
  return undefined;
}

export function speakerListsRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const m of ctx.mentions) {
    if (m.type !== 'Person' || m.passage.kind === 'footnote') continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    // The label on the person's own line, or alone on the line above a list of one person per line.
    let label = LABEL.exec(text.slice(lineStart, m.start));
    let labelAt = lineStart;
    if (!label && /^[^\S\n]*(?:[-•*][^\S\n]*)?$/.test(text.slice(lineStart, m.start))) {
      // Walk up over the lines of the same list (each starting with a person) to the label line.
      let at = lineStart;
      for (let k = 0; k < 12 && at > 0 && !label; k++) {
        const prevStart = text.lastIndexOf('\n', at - 2) + 1;
        const line = text.slice(prevStart, at - 1);
        if (line.trim() === '') {
          at = prevStart;
          continue;
        }
        label = LABEL.exec(`\n${line}`);
        labelAt = prevStart;
        if (
          !label &&
          !/^\s*(?:[-•*]\s*)?(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Prof\.|Professor|Ambassador)\s/.test(line)
        )
          break;
        at = prevStart;
      }
    }
    if (!label) continue;
    const meeting = currentMeeting(ctx, m.passage);
    if (!meeting) continue;
    addEdge(
      ctx,
      {
        type: 'SPOKE_AT',
        from: m.id,
        to: meeting,
        properties: props({ role: roleOf(label[1]!) }),
        source: sourceAt(ctx, m.passage, Math.max(m.passage.start, labelAt), m.end),
      },
      'speaker-lists',
    );
  }
}
