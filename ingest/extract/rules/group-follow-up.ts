// A working group's years stated after its name, in a sentence that refers to it as "the Working Group"
// (q98): "38. Notes the work of the Working Group on Enhanced Cooperation, established by the Chair of the
// Commission … / 39. Also notes that the Working Group held five meetings between September 2016 and January
// 2018" (GA resolutions on ICT for development) gives that group 2016–2018. Only when that group is the one
// group the text names from the start of its paragraph to that sentence, in the same or the next paragraph:
// "the Working Group" after two groups, or after another group, a panel or "a working group", may be either.
// statedSpans puts the two together: a group's years from its own sentence (group-years.ts ownSpan), else from
// such a later one.

import { type DocContext, mentionsIn, sentenceAt, sentences } from '../context.ts';
import { ownSpan } from './group-years.ts';
import type { WgMention } from './working-group-names.ts';

// The word that refers back to a group of each kind of name, capitalised as a name is.
const HEADS: [name: RegExp, word: string][] = [
  [/\bWorking Group\b/, 'Working Group'],
  [/\bPanel\b/, 'Panel'],
  [/\bGroup\b/, 'Group'],
];

// A word naming some group or panel: each one in the window must be this group's name or the word that
// refers back to it.
const GROUP_WORD = /\b(?:working\s+groups?|groups?|panels?|WG)\b/gi;

/** "the Working Group" (the word in group 1), not followed by the rest of a name. */
function backWord(word: string): RegExp {
  return new RegExp(`\\b[Tt]he\\s+(${word})\\b(?!\\s+(?:on|of|for)\\s)(?!['’]s)`, 'g');
}

/** The years a sentence referring back to group mention `m` gives it, or undefined. */
export function followUpSpan(
  ctx: DocContext,
  m: WgMention,
  mentions: readonly WgMention[],
): [number, number] | undefined {
  const word = HEADS.find(([re]) => re.test(m.name))?.[1];
  if (!word) return undefined;
  const at = ctx.passages.indexOf(m.p);
  if (at < 0) return undefined;
  const same = mentions.filter((x) => x.acronym === m.acronym);
  const back = backWord(word);
  for (const p of ctx.passages.slice(at, at + 2)) {
    for (const s of sentences(p)) {
      if (s.end <= m.end) continue;
      for (const a of s.text.matchAll(back)) {
        const start = s.start + a.index;
        if (start < m.end) continue;
        const span = ownSpan(s.text, a.index, a.index + a[0].length);
        if (!span) continue;
        // The group is the only one named from its paragraph's start to the end of this sentence.
        return onlyGroup(ctx, m.p.start, s.end, same, back) ? span : undefined;
      }
    }
  }
  return undefined;
}

function onlyGroup(
  ctx: DocContext,
  from: number,
  to: number,
  same: readonly WgMention[],
  back: RegExp,
): boolean {
  const text = ctx.doc.text.slice(from, to);
  const ours = (i: number): boolean => same.some((x) => x.start <= i && i < x.end);
  // "the Working Group" itself, not "the Working Group on …" of another group.
  const words = new Set([...text.matchAll(back)].map((a) => from + a.index + a[0].length - a[1]!.length));
  for (const g of text.matchAll(GROUP_WORD)) {
    const i = from + g.index;
    if (!ours(i) && !words.has(i)) return false;
  }
  // Nor any group the gazetteer knows, whatever its name ("CWG-Internet").
  return !mentionsIn(ctx, from, to).some(
    (x) => x.type === 'WorkingGroup' && !same.some((y) => y.start <= x.start && x.start < y.end),
  );
}

function ownSpanOf(m: WgMention): [number, number] | undefined {
  const s = sentenceAt(m.p, m.start);
  const at = s?.start ?? m.p.start;
  return ownSpan(s?.text ?? m.p.text, m.start - at, m.end - at);
}

/** The years the text states for the group of each acronym: a sentence naming it that sets it up or dates its
 *  meeting, else a later one referring back to it (group-follow-up.ts). */
export function statedSpans(ctx: DocContext, mentions: readonly WgMention[]) {
  const memo = new Map<string, [number, number] | undefined>();
  return (acronym: string): [number, number] | undefined => {
    if (memo.has(acronym)) return memo.get(acronym);
    const own = mentions.filter((m) => m.acronym === acronym && !m.earlier);
    const span =
      own.map(ownSpanOf).find(Boolean) ?? own.map((m) => followUpSpan(ctx, m, mentions)).find(Boolean);
    memo.set(acronym, span);
    return span;
  };
}
