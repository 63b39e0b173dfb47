// The signatories of a letter circulated as a UN document: "(Signed) Jane Example" then her post, "Permanent
// Representative of Examplia to the United Nations", on the same line or the next (letters "from the Permanent
// Representative(s) of … to the United Nations addressed to the Secretary-General", e.g. the 2011 letter
// transmitting a code of conduct for information security). Each name is a Person who PRODUCED the letter and,
// with the post, is AFFILIATED_WITH the State named after "of" (titled by the post). A post without its State
// ("(Signed) Jane Example Permanent Representative", a flattened PDF) takes the State the letter's own title
// names, when it names one representative of one State. Signatures set side by side in columns ("(Signed) A.
// EXAMPLE      (Signed) B. OTHER") give the names only: the post lines under them are split between columns.
// A plain-text copy of a mail keeps emphasis as stars: "(*Signed*) *Li *Example" is "Li Example".
// people.ts reads "(signed)" alone on its line with the name under it; this rule only a name on its line.

import { addEdge, addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { nameFromCapitals } from '../parse/name-case.ts';
import { personId } from './people.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['signed']);

// A name word: "Jane", "FEDOTOV", "Yu." (an initial of one or two letters), "Al-Example"; stars around it.
const WORD = "\\*?(?:\\p{Lu}\\p{Ll}?\\.|\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?)\\*?";
const SIGNED = new RegExp(
  `\\(\\*?(?:Signed|signed|SIGNED)\\*?\\)[^\\S\\n]+(${WORD}(?:[^\\S\\n]${WORD}){1,3})(?=[^\\S\\n]*\\*?(?:\\n|$)|[^\\S\\n]{2,}|[^\\S\\n]+\\*?(?:Acting|Deputy|Permanent|Chargé|Ambassador)\\b)`,
  'gu',
);
// Two signatures on one line: columns.
const COLUMNS = /\((?:\*?)(?:Signed|signed|SIGNED)\*?\)[^\n]*\((?:\*?)(?:Signed|signed|SIGNED)\*?\)/u;
// The post after the name, and its State up to "to the United Nations" (line breaks inside).
const POST =
  /^[^\S\n]*\*?[^\S\n]*\n?[^\S\n]*((?:(?:Acting|Deputy)\s+)?Permanent\s+(?:Representative|Observer)|Chargé\s+d['’]affaires(?:\s+a\.\s?i\.)?|Ambassador)(?:\s+of\s+(?:the\s+)?([^()\n]{2,60}?(?:\n[^()\n]{1,40}?)?)\s+to\s+the\s+United\s+Nations)?/u;
// The letter's own title: "Letter dated … from the Permanent Representative of <State> to the United Nations".
const TITLE_STATE =
  /\bLetter\s+dated\s+[^\n]{0,40}?\s+from\s+the\s+(?:Permanent\s+Representative|Chargé\s+d['’]affaires\s+a\.\s?i\.)\s+of\s+(?:the\s+)?([^()\n]{2,60}?)\s+to\s+the\s+United\s+Nations/u;
// Words a post or a closing line starts with: no part of a name.
const NOT_NAME = /^(?:Permanent|Acting|Deputy|Representative|Ambassador|Annex|The|United|Nations|Minister)$/i;

/** The Member State named by the whole of `text` (line breaks and stars ignored), as its gazetteer id. */
function stateNamed(ctx: DocContext, text: string): string | undefined {
  const clean = text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  const m = ctx.gazetteer.match(clean)[0];
  return m && m.start === 0 && m.end === clean.length && m.entry.kind === 'member-state'
    ? m.entry.id
    : undefined;
}

export function letterSignatoriesRule(ctx: DocContext): void {
  const doc = ctx.info.id;
  let titled: { id: string; start: number; end: number } | null | undefined;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(SIGNED, p.text)) {
      const words = m[1]!.replace(/\*/g, ' ').trim().split(/\s+/);
      while (words.length > 0 && NOT_NAME.test(words[words.length - 1]!)) words.pop();
      if (words.length < 2 || NOT_NAME.test(words[0]!)) continue;
      const name = words.map((w) => (/^\p{Lu}{2,}/u.test(w) ? nameFromCapitals(w) : w)).join(' ');
      const start = p.start + m.index;
      const nameEnd = start + m[0].length;
      const id = personId(name);
      const source = sourceAt(ctx, p, start, nameEnd);
      // The name as written, without a mail's stars ("Vitaly *Churkin" is written "Vitaly Churkin").
      const written = m[1]!.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
      addNode(ctx, { id, type: 'Person', name, aliases: [written], source }, 'letter-signatories');
      addMention(ctx, {
        id,
        type: 'Person',
        name,
        start: nameEnd - m[1]!.length,
        end: nameEnd,
        surface: m[1]!,
        passage: p,
      });
      addEdge(ctx, { type: 'PRODUCED', from: id, to: doc, source }, 'letter-signatories');
      // Columns: the post under this name shares its line with the next signatory's.
      const lineStart = ctx.doc.text.lastIndexOf('\n', start) + 1;
      const lineEnd = ctx.doc.text.indexOf('\n', nameEnd);
      if (COLUMNS.test(ctx.doc.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) continue;
      const post = POST.exec(ctx.doc.text.slice(nameEnd, Math.min(p.end, nameEnd + 160)));
      if (!post) continue;
      const postEnd = nameEnd + post[0].length;
      const title = post[1]!.replace(/\s+/g, ' ');
      const state = post[2] ? stateNamed(ctx, post[2]) : undefined;
      if (post[2] && !state) continue;
      if (state) {
        addEdge(
          ctx,
          {
            type: 'AFFILIATED_WITH',
            from: id,
            to: state,
            properties: { title },
            source: sourceAt(ctx, p, start, postEnd),
          },
          'letter-signatories',
        );
        continue;
      }
      if (titled === undefined) titled = titleState(ctx);
      if (!titled) continue;
      const tp = ctx.passages.find((q) => q.start <= titled!.start && q.end >= titled!.end);
      for (const src of [sourceAt(ctx, p, start, postEnd), tp && sourceAt(ctx, tp, titled.start, titled.end)])
        if (src)
          addEdge(
            ctx,
            { type: 'AFFILIATED_WITH', from: id, to: titled.id, properties: { title }, source: src },
            'letter-signatories:title',
          );
    }
  }
}

/** The one State whose Permanent Representative the letter's title says it is from, with the title's span. */
function titleState(ctx: DocContext): { id: string; start: number; end: number } | null {
  const m = TITLE_STATE.exec(ctx.doc.text.slice(0, 3000));
  if (!m) return null;
  const id = stateNamed(ctx, m[1]!);
  return id ? { id, start: m.index, end: m.index + m[0].length } : null;
}
