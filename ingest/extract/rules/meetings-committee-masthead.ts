// The masthead of a Main Committee's report (meetings-committee.ts): the committee whose report it is
// ("Report of the Second Committee") and the Assembly's session ("Sixty-sixth session"), on their own lines
// or run into one.

import type { DocContext } from '../context.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import { bodyFilling } from './meetings-numbered.ts';

const MASTHEAD_PASSAGES = 12;
const SESSION_LINE = new RegExp(`^\\s*(${ORDINAL_SOURCE})\\s+session\\s*$`, 'i');
const REPORT_OF = /^\s*Report of the\s+/;

export interface Masthead {
  readonly committee: string;
  readonly session: number;
}

const mastheads = new WeakMap<DocContext, Masthead | null>();

/** The committee whose report the document is ("Report of the Second Committee") and the Assembly's session. */
export function masthead(ctx: DocContext): Masthead | undefined {
  const known = mastheads.get(ctx);
  if (known !== undefined) return known ?? undefined;
  let session: number | undefined;
  let committee: string | undefined;
  for (const p of ctx.passages.slice(0, MASTHEAD_PASSAGES))
    for (const line of p.text.split('\n')) {
      const s = SESSION_LINE.exec(line);
      if (s && session === undefined) session = parseOrdinal(s[1]!);
      const r = REPORT_OF.exec(line);
      if (r && committee === undefined) {
        const at = p.start + p.text.indexOf(line) + r[0].length;
        const body = bodyFilling(
          ctx,
          at,
          p.start + p.text.indexOf(line) + line.replace(/\s*\*+\s*$/, '').length,
        );
        if (body && /Committee$/.test(body.name)) committee = body.id;
      }
    }
  if (committee === undefined || session === undefined) {
    const flat = flatMasthead(ctx);
    committee ??= flat?.committee;
    session ??= flat?.session;
  }
  const found = committee && session ? { committee, session } : undefined;
  mastheads.set(ctx, found ?? null);
  return found;
}

// The same masthead run into one line by a document-sharing site's copy: "… Original: English Sixty-sixth session
// Agenda item 16 Information and communications technologies for development Report of the Second Committee
// Rapporteur: Mr. Raymond Landveld (Suriname) I. Introduction …" (the Second Committee's report of 2011). The
// session stands before "Agenda item", the committee between "Report of the" and "Rapporteur:".
const FLAT_SESSION = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+session\\s+Agenda\\s+items?\\b`, 'i');
const FLAT_REPORT = /\bReport of the\s+([^:]{3,60}?)\s+Rapporteur\s*:/;

function flatMasthead(ctx: DocContext): Partial<Masthead> | undefined {
  for (const p of ctx.passages.slice(0, MASTHEAD_PASSAGES)) {
    if (!p.text.includes('Rapporteur')) continue;
    const r = FLAT_REPORT.exec(p.text);
    const s = FLAT_SESSION.exec(p.text);
    if (!r || !s || s.index > r.index) continue;
    const at = p.start + r.index + r[0].indexOf(r[1]!);
    const body = bodyFilling(ctx, at, at + r[1]!.length);
    if (!body || !/Committee$/.test(body.name)) continue;
    return { committee: body.id, session: parseOrdinal(s[1]!) };
  }
  return undefined;
}
