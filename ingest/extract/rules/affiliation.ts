// "Name, Title, Organisation, Country" (issue 3, item 3: "Ms. Shamika N.
// Sirimanne, Director, Division on Technology and Logistics, UNCTAD"): the
// comma-separated words after a name, read as titles, organisations and a
// country. The last organisation of the chain is the one the person holds a
// post in; a country after an organisation is where that organisation is; a
// country alone is the Member State the person represents.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

export interface AffiliationPart {
  readonly kind: 'title' | 'org' | 'country' | 'chair';
  /** Document offsets of the words. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry?: GazetteerEntry;
  /** Chair-type role for kind 'chair'. */
  readonly role?: string;
}

const TITLE_WORDS =
  /\b(Director|Member|Officer|President|CEO|Professor|Head|Economist|Associate|Manager|Chair|Chairman|Chairperson|Secretary|Minister|Ambassador|Advis[eo]r|Counsel+or|Fellow|Researcher|Coordinator|Specialist|Analyst|Representative|Deputy|Chief|Lead|Executive|Founder|Partner|Emeritus|Consultant|Expert|Lecturer|Scientist|Editor|Commissioner|Envoy|Delegate|Rapporteur|Vice|Acting|Assistant|Senior|Principal|Under-Secretary)\b/;
const CHAIR =
  /^(?:as\s+)?(?:the\s+)?(Acting Chair|Vice[- ]Chair|Co-Chair|Chair(?:man|person)?)\b(?:\s+of\s+(?:the\s+)?(.+))?$/i;
const CHAIR_ROLE: Record<string, string> = {
  'acting chair': 'Acting Chair',
  'vice-chair': 'Vice-Chair',
  'vice chair': 'Vice-Chair',
  'co-chair': 'Co-Chair',
};

function chairRole(word: string): string {
  return CHAIR_ROLE[word.toLowerCase()] ?? 'Chair';
}

/** Parses the chain starting at document offset `from` (just after the name). */
export function parseAffiliation(ctx: DocContext, from: number, limit: number): AffiliationPart[] {
  const text = ctx.doc.text;
  const out: AffiliationPart[] = [];
  let pos = from;
  const m = /^\s*,\s*/.exec(text.slice(pos, limit));
  if (!m) return out;
  pos += m[0].length;
  while (pos < limit) {
    const rest = text.slice(pos, limit);
    const seg = /^([^,;()\n]*?)(?=,\s|;|\.\s|\.$|\.\n|$|\n|\()/.exec(rest);
    if (!seg?.[1]) break;
    let raw = seg[1];
    let start = pos;
    const lead = /^(?:and\s+|from\s+|the\s+)+/i.exec(raw);
    if (lead) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    const end = start + raw.length;
    const part = classify(ctx, raw.trim(), start, end);
    if (!part) break;
    out.push(part);
    pos = pos + seg[0].length;
    const sep = /^,\s*/.exec(text.slice(pos, limit));
    if (!sep) break;
    pos += sep[0].length;
  }
  return out;
}

function classify(ctx: DocContext, raw: string, start: number, end: number): AffiliationPart | undefined {
  if (!raw) return undefined;
  const chair = CHAIR.exec(raw);
  if (chair) return { kind: 'chair', start, end, text: raw, role: chairRole(chair[1]!) };
  if (/^[a-z]/.test(raw) && !/^as\b/.test(raw)) return undefined;
  const matches = ctx.gazetteer.match(raw).filter((m) => m.entry.type === 'Organization');
  const whole = matches.find((m) => m.start <= 1 && m.end >= raw.length - 1);
  if (whole) {
    const kind = whole.entry.kind === 'member-state' ? 'country' : 'org';
    return { kind, start, end, text: raw, entry: whole.entry };
  }
  // "Head of the Commission on Science and Technology for Development secretariat"
  const of = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(raw);
  if (of && TITLE_WORDS.test(of[1]!)) {
    const inner = matches.find((m) => m.end >= raw.length - 1);
    if (inner) return { kind: 'title', start, end, text: raw, entry: inner.entry };
  }
  if (TITLE_WORDS.test(raw) || /^as\b/.test(raw)) return { kind: 'title', start, end, text: raw };
  if (/^[A-Z0-9]/.test(raw) && raw.length <= 90) return { kind: 'org', start, end, text: raw };
  return undefined;
}
