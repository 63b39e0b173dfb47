// A commission's priority themes are for its next session (MODEL.md
// ADDRESSES): "At its twenty-sixth session in March 2023, the Commission …
// selected the following substantive themes for its 2023–2024 intersessional
// period: (a) …; (b) …" (CSTD intersessional panel report ¶1): the work of the
// intersessional period goes to the following session, which takes the themes
// up (the 27th). "… themes for its twenty-seventh session:" names that session.
// The listed themes themselves are found by themes.ts (list items).

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { meetingAfter } from './current-meeting.ts';

const FOR_NEXT =
  /\bthemes?\b[^.:]*?\bfor\s+(?:its|the)\s+(?:(?:\d{4}\s*[–-]\s*\d{4}\s+)?intersessional\s+period|next\s+(?:annual\s+)?session|(\S+\s+session))[^.:]*:\s*$/i;

export function themeSessionsRule(ctx: DocContext): void {
  const ps = ctx.passages;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const text = p.text.trimEnd();
    // The introduction ends with a colon: most passages are skipped without a regex pass.
    if (text.charCodeAt(text.length - 1) !== 58) continue;
    const intro = FOR_NEXT.exec(text);
    if (!intro) continue;
    const at = p.start + intro.index;
    const sessions = mentionsIn(ctx, p.start, p.end, 'Meeting');
    const target = intro[1]
      ? // "for its twenty-seventh session": the session named after "for its".
        sessions.find((m) => m.start >= at)?.id
      : // "At its twenty-sixth session, … for its intersessional period / next session": the one after it.
        meetingAfter(ctx, sessions.filter((m) => m.end <= at).pop()?.id);
    if (!target) continue;
    for (let j = i + 1; j < ps.length; j++) {
      const q = ps[j]!;
      if (q.kind !== 'item' && q.kind !== 'bullet') break;
      // The item's own theme (themes.ts names it by the whole item), not a theme named inside it.
      for (const t of mentionsIn(ctx, q.start, q.end, 'Theme').filter((m) => m.start === q.start))
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: target, to: t.id, source: sourceAt(ctx, q, q.start, q.end) },
          'theme-sessions',
        );
    }
  }
}
