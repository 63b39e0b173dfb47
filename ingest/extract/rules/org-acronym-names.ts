// An organisation the gazetteer does not know, named in full with its acronym in brackets, the acronym's
// capitals the initials of the name's words: "National Information Technology Development Agency (NITDA),
// Nigerian Communications Commission (NCC), Nigeria Internet Registration Association (NIRA)" (a national
// IGF's organising group, listed in its reports and news), "Ministry of Communication (MoC)". The initials make
// the name's start sure where org-names.ts reads only a head word and what is before it; the name must end
// in, or open with, a noun of bodies (a forum, group, committee or conference is a process's, a group's or a
// meeting's: left to their rules). Kind from the words (affiliation-kinds.ts). Runs after org-names.

import { idFor, props } from '../claims.ts';
import { addMention, addNode, type DocContext, mentionsOverlapping, sourceAt } from '../context.ts';
import { guessKind } from './affiliation-kinds.ts';

const ACRONYM = /\(([A-Z][A-Za-z]{1,9})\)/g;
// The name's words right before the bracket: capitalised words and the small words between them.
const WORDS_BEFORE = /((?:(?:\p{Lu}[\p{L}’'-]*|of|for|and|on|in|the|&)\s+)*\p{Lu}[\p{L}’'-]*)\s*$/u;
const SMALL = new Set(['of', 'for', 'and', 'on', 'in', 'the', '&']);
const HEAD_LAST =
  /\b(?:Agency|Commission|Association|Society|Authority|Council|Registry|Network|Corporation|Company|Foundation|Institute|University|Union|Federation|Alliance|Chamber|Bureau|Initiative|Centre|Center|Consortium|Trust)$/;
const HEAD_FIRST =
  /^(?:Ministry|Department|Office|Agency|Commission|Authority|Council|Association|Society)\s/;
// A name opening with these is a sentence's words, not a name's: "The Nigeria Computer Society (NCS)" keeps
// "Nigeria Computer Society".
// A summit's, conference's or forum's name with "Society" at its end is no body's: "World Summit of the
// Information Society (WSIS)" (a UNGIS joint statement's variant of the Summit's name).
const GATHERING = /\b(?:Summit|Conference|Forum|Meeting|Session|Group|Committee|Panel|Board|Dialogue)\b/;
const NOT_FIRST = new Set([
  'The',
  'This',
  'That',
  'Its',
  'Their',
  'A',
  'An',
  'In',
  'At',
  'On',
  'By',
  'For',
  'And',
  'Of',
]);

/** The shortest run of trailing words whose initials spell `letters` (small words may give one or none). */
function spelled(words: readonly string[], letters: string): string[] | undefined {
  for (let from = words.length - 1; from >= 0; from--) {
    const w = words.slice(from);
    if (SMALL.has(w[0]!) || NOT_FIRST.has(w[0]!)) continue;
    if (initialsMatch(w, 0, letters, 0)) return w;
  }
  return undefined;
}

function initialsMatch(words: readonly string[], i: number, letters: string, j: number): boolean {
  if (i === words.length) return j === letters.length;
  const w = words[i]!;
  const first = w.charAt(0).toUpperCase();
  const takes = j < letters.length && first === letters[j];
  if (SMALL.has(w))
    return initialsMatch(words, i + 1, letters, j) || (takes && initialsMatch(words, i + 1, letters, j + 1));
  return takes && initialsMatch(words, i + 1, letters, j + 1);
}

export function orgAcronymNamesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!p.text.includes('(')) continue;
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(p.text); m !== null; m = ACRONYM.exec(p.text)) {
      // The acronym's capitals: "MoC" is M, C.
      const letters = m[1]!.replace(/[^A-Z]/g, '');
      if (letters.length < 2) continue;
      const run = WORDS_BEFORE.exec(p.text.slice(Math.max(0, m.index - 120), m.index))?.[1];
      if (!run) continue;
      const words = spelled(run.split(/\s+/), letters);
      if (!words) continue;
      const name = words.join(' ');
      if ((!HEAD_LAST.test(name) && !HEAD_FIRST.test(name)) || GATHERING.test(name)) continue;
      // An acronym the gazetteer knows is its entry's, whatever the words before it ("Word Summit on …").
      if (ctx.gazetteer.match(m[1]!).some((x) => x.start === 0 && x.end === m[1]!.length)) continue;
      const end = p.start + p.text.slice(0, m.index).trimEnd().length;
      const start = end - name.length;
      if (ctx.doc.text.slice(start, end) !== name) continue;
      // A body another rule or the gazetteer already read there keeps its reading.
      // A theme inside the name ("Information Technology") or a State's short name ("Nigeria") does not.
      if (
        mentionsOverlapping(ctx, start, end).some((x) =>
          x.type === 'Organization' ? x.end - x.start >= name.length / 2 : x.type !== 'Theme',
        )
      )
        continue;
      const id = idFor('Organization', name);
      addNode(
        ctx,
        {
          id,
          type: 'Organization',
          name,
          properties: props({ kind: guessKind(name, []), acronym: m[1] }),
          source: sourceAt(ctx, p, start, p.start + m.index + m[0].length),
        },
        'org-acronym-names',
      );
      addMention(ctx, { id, type: 'Organization', name, start, end, surface: name, passage: p });
    }
  }
}
