// Officers listed under a role label (issue 3, item 3: who chaired what), as
// the CSTD sets out its Bureau: "The Commission elected by acclamation the
// following officers for its twenty-sixth session:" / "Vice Chairs:" / one
// "• Name (Member State)" per line. Each listed person holds that role in the
// body that elected them (the last body named before the label) and, by the
// bracket, represents that Member State. Runs after chair-titles (rule-order.ts RULES).

import type { Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import {
  addMention,
  addNode,
  type DocContext,
  indexOfPassage,
  lastMentionBefore,
  type Mention,
  mentionsStartingIn,
  sentenceAt,
  sourceAt,
} from '../context.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { isMemberState } from './body-kinds.ts';
import { emitOfficers, type Officer } from './officer-lists-emit.ts';
import { SECRETARY_GENERAL } from './own-secretary-general.ts';
import { personId } from './people.ts';
import { roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "Vice Chairs:", or a label alone on its line without the colon ("Co-chairs" over a panel's roster);
// "Members" and "Rapporteur:" once a list of officers has begun.
const LABEL =
  /^\s*((?:Acting\s+|Vice[- ]|Co-)?Chair(?:s|men|man|persons?|woman)?|Members|Rapporteurs?)\s*:?\s*$/i;
// Labels that do not open a list of officers: they go on one a chair's label began.
const LATER_LABEL = /^(?:members|rapporteurs?)$/i;
// "Panel Members" over the labels: the body is the one that noun names.
const ROSTER_HEADING = /(?:^|\n)\s*(?:The\s+)?([A-Z][a-z]+)\s+Members\s*:?\s*$/;
const WORD = "(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.(?:\\p{Lu}\\.)*)";
const PARTICLE = '(?:da|das|de|del|dos|du|van|von|der|bin|al|el|di|la|le)';
// "• Peter Major (Hungary)", "- Ms. Ana Example (Portugal)": a name, maybe an honorific, maybe a bracket.
const ITEM = new RegExp(
  `^\\s*[•*–-]\\s*(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\\.?\\s+|H\\.\\s?E\\.\\s+|Ambassador\\s+)?(${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){1,5})\\s*(?:\\([^()\\n]{2,60}\\))?\\s*$`,
  'u',
);
// "Sherif Example (Egypt)" alone on its line, no bullet: the bracket (a Member State) marks the item.
const BRACKETED = new RegExp(
  `^\\s*(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\\.?\\s+|H\\.\\s?E\\.\\s+|Ambassador\\s+)?(${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){1,5})\\s*\\([^()\\n]{2,60}\\)(?:\\s*,\\s*[^\\n]{2,200})?\\s*$`,
  'u',
);
const LABEL_LINE = new RegExp(LABEL.source, 'im');
const MAX_ITEMS = 12;

const MAX_QUOTE = 300;

/**
 * The words that support the role: from the sentence naming the electing body, through the label, to
 * the person's line, when they fit in a quote; else from the label; else the line alone.
 */
function listSource(
  ctx: DocContext,
  body: Mention,
  label: Passage,
  item: Passage,
  start: number,
  end: number,
): Source {
  const sentence = sentenceAt(body.passage, body.start);
  for (const [from, p] of [
    [sentence?.start ?? body.start, body.passage],
    [label.start, label],
  ] as const) {
    const quote = ctx.doc.text.slice(from, end).trim();
    if (quote.length <= MAX_QUOTE) return { document: ctx.info.id, locator: p.locator, quote };
  }
  return sourceAt(ctx, item, start, end);
}

interface Line {
  readonly text: string;
  readonly start: number;
  readonly p: Passage;
}

/** The lines from passage `i` on (a PDF's list may be one passage, a web page's one passage a line). */
function* linesFrom(ctx: DocContext, i: number): Generator<Line> {
  for (let k = i; k < ctx.passages.length; k++) {
    const p = ctx.passages[k]!;
    let at = 0;
    for (const text of p.text.split('\n')) {
      yield { text, start: p.start + at, p };
      at += text.length + 1;
    }
  }
}

// The Secretary-General's office has no officers: "Co-Chairs" over a board's roster after "… in close
// coordination with the Executive Office of the Secretary-General" (SG/A/2108) are the board's.
function lastBody(ctx: DocContext, at: number): Mention | undefined {
  return lastMentionBefore(
    ctx,
    at,
    (m) =>
      (m.type === 'Organization' || m.type === 'WorkingGroup') &&
      m.id !== SECRETARY_GENERAL &&
      !isMemberState(ctx, m.id),
    Math.max(0, at - 400),
  );
}

/** "Panel Members" on the line above the first label: the last body named whose name holds "Panel". */
function headingBody(ctx: DocContext, at: number): Mention | undefined {
  const h = ROSTER_HEADING.exec(ctx.doc.text.slice(Math.max(0, at - 80), at).trimEnd());
  if (!h) return undefined;
  const head = new RegExp(`\\b${h[1]}\\b`);
  return lastMentionBefore(
    ctx,
    at,
    (m) => (m.type === 'Organization' || m.type === 'WorkingGroup') && head.test(m.name),
  );
}

/** "Members" lists members, "Rapporteur:" the Rapporteur; the rest are chairs ("Vice Chairs:" Vice-Chair). */
function labelRole(label: string): string {
  if (/^members$/i.test(label)) return 'member';
  return /^rapporteurs?$/i.test(label) ? 'Rapporteur' : roleName(label);
}

// The word of the test below, in any case (trigger-words.ts): a bit test before two reads of the passage.
const CHAIR_WORDS = triggerWords(['chair']);

export function officerListsRule(ctx: DocContext): void {
  let after = -1;
  for (const p of ctx.passages) {
    if (p.start < after) continue;
    if (!hasTrigger(p, CHAIR_WORDS) || (!p.text.includes('Chair') && !p.text.includes('chair'))) continue;
    if (!LABEL_LINE.test(p.text)) continue;
    let role: string | undefined;
    let body: Mention | undefined;
    let labelLine: Passage | undefined;
    let items = 0;
    let underHeading = false;
    let officers: Officer[] = [];
    const flush = () => {
      if (role && body && officers.length) emitOfficers(ctx, body, role, officers, underHeading);
      officers = [];
    };
    for (const line of linesFrom(ctx, indexOfPassage(ctx, p))) {
      // One line as a passage of its own: its quote is the line, not the lines around it.
      const lp: Passage = {
        locator: line.p.locator,
        kind: line.p.kind,
        start: line.start,
        end: line.start + line.text.length,
        text: line.text,
      };
      const label = LABEL.exec(line.text);
      if (label && (!LATER_LABEL.test(label[1]!) || role)) {
        // The body that elected them: the one a heading above names ("Panel Members"), else the last body
        // (not a Member State) named before the label.
        flush();
        if (!role) {
          const heading = headingBody(ctx, line.start);
          underHeading = heading !== undefined;
          body = heading ?? lastBody(ctx, line.start);
        }
        role = labelRole(label[1]!);
        labelLine = lp;
        items = 0;
        continue;
      }
      if (!role || !body) {
        if (line.text.trim() && line.p !== p) break;
        continue;
      }
      const item = ITEM.exec(line.text) ?? BRACKETED.exec(line.text);
      if (!item || ++items > MAX_ITEMS) {
        // Another label ("Rapporteur:") or other words end the list.
        after = line.start;
        break;
      }
      const name = item[1]!;
      const start = line.start + item.index + item[0].indexOf(name);
      const end = start + name.length;
      const known = mentionsStartingIn(ctx, start - 8, end).find((m) => m.type === 'Person');
      const id = known?.id ?? personId(name);
      const source = listSource(ctx, body, labelLine ?? lp, lp, start, end);
      if (!known) {
        addNode(ctx, { id, type: 'Person', name, source }, 'officer-lists');
        addMention(ctx, { id, type: 'Person', name, start, end, surface: name, passage: lp });
        affiliationClaims(ctx, lp, id, end);
      }
      officers.push({ id, source });
    }
    flush();
  }
}
