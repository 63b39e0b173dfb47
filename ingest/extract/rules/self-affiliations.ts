// Where a speaker says they work, inside their own turn of a verbatim transcript (the IGF's captioning):
// ">> LABEL: … My name is X. I work with the Inter-Parliamentary Union, the IPU, and …" (the closing of the
// IGF 2024 Parliamentary Track), "I work for the Internet Society", "I'm from the IGF Secretariat": the
// speaker is AFFILIATED_WITH the body named right after the verb. Only a body the text names there (a
// mention from the gazetteer or org-names, not "I work with young people"); "I'm from Kenya" names where
// the speaker comes from, not whom they represent: no Member State. A post the speaker says they hold
// there gives the title: "my name is X, and I'm head of the IGF Secretariat" (the IGF 2024 open
// microphone); a chair is self-introductions.ts's CHAIRED.
// Reported or quoted words ("She said: I work for …") are someone else's (self-introductions.ts).

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, type Mention, mentionsStartingIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { isMemberState } from './body-kinds.ts';

// "I work with the", "I work for", "I work at", "I'm working with", "I'm from the", "I am with the".
export const SELF_WORK =
  /\bI(?:\s+(?:currently\s+)?work|['’]m\s+(?:currently\s+)?working|\s+am\s+(?:currently\s+)?working|['’]m|\s+am)\s+(with|for|at|from)\s+(?:the\s+)?/g;
// "I'm head of the", "I am the Executive Director of", "I'm a senior adviser at".
// A filler adverb may stand before the post ("I am actually consultant with the IGF Secretariat", the IGF
// 2024 main session of the Policy Network on Internet Fragmentation); a consultant's body follows "with"
// as often as "of" or "at". Only "with" after a post: "I'm head with …" is no English, "I am with" alone is
// SELF_WORK's.
const SELF_POST =
  /\bI(?:['’]m|\s+am)\s+(?:(?:actually|also|now|currently)\s+)?(?:the\s+|a\s+|an\s+)?((?:(?:[Dd]eputy|[Ee]xecutive|[Ss]enior|[Vv]ice|[Pp]rogramme|[Pp]rogram|[Cc]hief)[\s-])?(?:[Hh]ead|[Dd]irector(?:-[Gg]eneral)?|[Pp]resident|[Ss]ecretary-[Gg]eneral|[Cc]oordinator|[Mm]anager|[Aa]dvis[eo]r|[Oo]fficer|[Ff]ounder|[Cc]o-founder|CEO|[Ee]xecutive [Oo]fficer|[Cc]onsultant))\s+(?:of|at|with)\s+(?:the\s+)?/g;

// The post named after the body, "… the Secretariat as consultant", "… as a senior adviser".
const AS_POST =
  /^\s+as\s+(?:(?:a|an|its|the)\s+)?((?:(?:[Ss]enior|[Cc]hief)\s)?(?:[Cc]onsultant|[Aa]dvis[eo]r|[Cc]oordinator|[Oo]fficer|[Mm]anager|[Dd]irector|[Hh]ead))\b/;

const titleCase = (post: string): string =>
  post.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Where the sentence holding offset `at` in `text` starts: after the last ".", "!" or "?" before it. */
const sentenceStart = (text: string, at: number): number => {
  let i = at - 1;
  while (i >= 0 && text[i] !== '.' && text[i] !== '!' && text[i] !== '?') i--;
  return i + 1;
};

/**
 * Whether the words at `at` in a turn starting at `from` are reported or quoted ("She said: I work for …"): a
 * colon or a quotation mark earlier in their sentence.
 */
export const reported = (text: string, from: number, at: number): boolean =>
  /[:“”"]/.test(text.slice(Math.max(from, sentenceStart(text, at)), at));

/** AFFILIATED_WITH claims for `speaker` from the words of their turn, `from`–`to` in passage `p`. */
export function selfAffiliations(
  ctx: DocContext,
  p: Passage,
  speaker: Mention,
  from: number,
  to: number,
): void {
  const words = p.text.slice(from, to);
  for (const m of matchesOf(SELF_POST, words)) claim(ctx, p, speaker, from, m.index, m[0], titleCase(m[1]!));
  for (const m of matchesOf(SELF_WORK, words)) claim(ctx, p, speaker, from, m.index, m[0]);
}

/** The claim for the words `said` at `index` in the turn from `from`, when a body other than a State follows. */
function claim(
  ctx: DocContext,
  p: Passage,
  speaker: Mention,
  from: number,
  index: number,
  said: string,
  title?: string,
): void {
  const at = from + index;
  if (reported(p.text, from, at)) return;
  const after = p.start + at + said.length;
  // The body's mention may hold the article the pattern read past: secretariat-anaphor.ts reads "I'm with
  // the Secretariat as consultant" (the IGF 2023 session of the same policy network) as "the Secretariat".
  const the = /\bthe\s+$/.exec(said);
  const from2 = the ? after - the[0].length : after;
  const body = mentionsStartingIn(ctx, from2, after).find(
    (x) => x.type === 'Organization' && (x.start === after || x.start === from2),
  );
  if (!body || isMemberState(ctx, body.id)) return;
  // The post may follow the body: "I'm with the Secretariat as consultant to help this policy network".
  const as = title ? undefined : AS_POST.exec(ctx.doc.text.slice(body.end, body.end + 60));
  const post = title ?? (as ? titleCase(as[1]!) : undefined);
  const source = sourceAt(ctx, p, p.start + at, body.end + (as ? as[0].length : 0));
  const properties = post ? { title: post } : undefined;
  addEdge(
    ctx,
    { type: 'AFFILIATED_WITH', from: speaker.id, to: body.id, properties, source },
    'self-affiliations',
  );
}
