// Officers listed under a role label (issue 3, item 3: who chaired what), as
// the CSTD sets out its Bureau: "The Commission elected by acclamation the
// following officers for its twenty-sixth session:" / "Vice Chairs:" / one
// "• Name (Member State)" per line. Each listed person holds that role in the
// body that elected them (the last body named before the label) and, by the
// bracket, represents that Member State. Run from chair-titles.ts.

import type { Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addEdge,
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
import { personId } from './people.ts';
import { roleName } from './roles.ts';

const LABEL = /^\s*((?:Acting\s+|Vice[- ]|Co-)?Chair(?:s|men|man|persons?|woman)?)\s*:\s*$/i;
const WORD = "(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.(?:\\p{Lu}\\.)*)";
const PARTICLE = '(?:da|das|de|del|dos|du|van|von|der|bin|al|el|di|la|le)';
// "• Peter Major (Hungary)", "- Ms. Ana Example (Portugal)": a name, maybe an honorific, maybe a bracket.
const ITEM = new RegExp(
  `^\\s*[•*–-]\\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+|H\\.\\s?E\\.\\s+|Ambassador\\s+)?(${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){1,5})\\s*(?:\\([^()\\n]{2,60}\\))?\\s*$`,
  'u',
);
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

export function officerListsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!p.text.includes('Chair') && !p.text.includes('chair')) continue;
    const label = LABEL.exec(p.text);
    if (!label) continue;
    // The body that elected them: the last body (not a Member State) named before the label.
    const body = lastMentionBefore(
      ctx,
      p.start,
      (m) =>
        (m.type === 'Organization' || m.type === 'WorkingGroup') &&
        ctx.gazetteer.byId.get(m.id)?.kind !== 'member-state',
      Math.max(0, p.start - 400),
    );
    if (!body) continue;
    const role = roleName(label[1]!);
    const i = indexOfPassage(ctx, p);
    for (let k = i + 1; k < Math.min(ctx.passages.length, i + 1 + MAX_ITEMS); k++) {
      const q = ctx.passages[k]!;
      const item = ITEM.exec(q.text);
      if (!item) break;
      const name = item[1]!;
      const start = q.start + item.index + item[0].indexOf(name);
      const end = start + name.length;
      const known = mentionsStartingIn(ctx, start - 8, end).find((m) => m.type === 'Person');
      const id = known?.id ?? personId(name);
      const source = listSource(ctx, body, p, q, start, end);
      if (!known) {
        addNode(ctx, { id, type: 'Person', name, source }, 'officer-lists');
        addMention(ctx, { id, type: 'Person', name, start, end, surface: name, passage: q });
        affiliationClaims(ctx, q, id, end);
      }
      addEdge(
        ctx,
        { type: 'CHAIRED', from: id, to: body.id, properties: props({ role }), source },
        'officer-lists',
      );
    }
  }
}
