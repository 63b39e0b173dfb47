// Elections to a body's executive posts as the press writes them, without an honorific: the ITU's releases
// on its Plenipotentiary Conferences' elections and regional bodies' news on them:
//   "X of China was successful in his bid to become the next Secretary-General of the Union",
//   "Y of the United Kingdom was announced as ITU’s new Deputy Secretary-General",
//   "Current incumbent Z was confirmed in a second term as the Director of ITU’s Radiocommunication Bureau",
//   "Member States elected W (USA) as a new ITU Secretary-General",
//   "V (Lithuania) was elected as the new ITU Deputy Secretary-General",
//   "have elected U of the United States to serve as the organization's next Secretary-General".
// Two capitalised words are no proof of a person: the name must pass the bare-name guards and be followed by
// its Member State ("of China", "(USA)"), or the post must name a body the text knows. The person is
// AFFILIATED_WITH the State, and with the body, titled by the post ("Deputy Secretary-General"): the body is
// the one before the post ("ITU’s", "ITU") or after it ("of ITU’s Radiocommunication Bureau"). A chair's post
// is left to the chair rules (chair-elections.ts); "the Union" alone names no body here (which union is not
// said by the words).

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addEdge,
  type DocContext,
  type Mention,
  mentionsOverlapping,
  mentionsStartingIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { anchoredMatches } from './anchored-matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState, stateNamedAt } from './body-kinds.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const RULE = 'elected-posts';
const TRIGGER = triggerWords(['elected', 'announced as', 'confirmed', 'bid to become']);

// The verb of the election, the name before it (subject) or after it (object). A term may come between the
// verb and the post: "confirmed in a second term as".
const VERB =
  '(?:was|has\\s+been|had\\s+been)\\s+(?:re-?elected|elected|announced|confirmed|successful\\s+in\\s+(?:his|her|their)\\s+bid\\s+to\\s+become)';
// The name, then at most its State (a long form, "of the United Kingdom of Great Britain and Northern
// Ireland", or in brackets), then the verb; the State is checked against the mentions after.
const SUBJECT = new RegExp(
  `(${BARE_NAME})((?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:of|and|the)?\\s*\\p{Lu}[\\p{L}-]*){0,7})|\\s+\\([^()\\n]{2,60}\\))?,?\\s+${VERB}`,
  'uy',
);
const SUBJECT_ANCHOR =
  /\b(?:was|has been|had been)\s+(?:re-?elected|elected|announced|confirmed|successful)\b/g;
const OBJECT = new RegExp(
  `\\b(?:re-?elected|elected)\\s+(${BARE_NAME})((?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:of|and|the)?\\s*\\p{Lu}[\\p{L}-]*){0,7})|\\s+\\([^()\\n]{2,60}\\))?(?=\\s+(?:to\\s+serve\\s+)?as\\s)`,
  'gu',
);
const TERM = /^(?:\s+(?:in|for)\s+a\s+(?:second|third|further|new)\s+(?:[\w-]+\s+)?term)?\s+(?:as\s+)?/;
// The executive posts an election fills; a chair's is not among them, nor a President's (a plenary's
// President chairs it: "elected President of the General Assembly" is the chair rules'). A news copy may
// write the post in lower case: "have re-elected X of China as ITU secretary-general".
const POST =
  /^(?:Deputy[-\s]Secretary[-\s]General|Secretary[-\s]General|(?:Deputy\s+)?Director[-\s]General|(?:Deputy\s+)?Director|Executive\s+(?:Director|Secretary)|Administrator|High\s+Commissioner)\b/i;
const ARTICLE = /^(?:the|a|an)\s+/;
const NEW = /^(?:new|next)\s+/;

const isBody = (ctx: DocContext, m: Mention): boolean =>
  m.type === 'Organization' && !isMemberState(ctx, m.id);

/** The longest body named from `at`: "ITU’s Radiocommunication Bureau" rather than "ITU". */
function bodyAt(ctx: DocContext, at: number): Mention | undefined {
  return mentionsStartingIn(ctx, at, at)
    .filter((m) => m.start === at && isBody(ctx, m))
    .sort((a, b) => b.end - a.end)[0];
}

/** The Member State the words after the name give ("of the United Kingdom", "(USA)"), spanning them all. */
function stateOf(ctx: DocContext, at: number, words: string | undefined): Mention | undefined {
  if (!words) return undefined;
  const lead = /^\s+(?:of\s+(?:the\s+)?|\()/.exec(words)![0].length;
  const state = stateNamedAt(ctx, at + lead);
  const rest = state ? ctx.doc.text.slice(state.end, at + words.length) : '';
  return state && /^\)?$/.test(rest) ? state : undefined;
}

type Post = { title: string; body?: Mention; end: number };

/** The post named at `at`: "ITU’s new Deputy Secretary-General", "the Director of ITU’s … Bureau". */
function postAt(ctx: DocContext, at: number, end: number): Post | undefined {
  let i = at;
  const skip = (re: RegExp): void => {
    const m = re.exec(ctx.doc.text.slice(i, end));
    if (m) i += m[0].length;
  };
  skip(ARTICLE);
  skip(NEW);
  let body = bodyAt(ctx, i);
  if (body) {
    const owner = /^(?:['’]s)?\s+/.exec(ctx.doc.text.slice(body.end, end));
    if (owner) i = body.end + owner[0].length;
    else body = undefined;
  }
  skip(NEW);
  const post = POST.exec(ctx.doc.text.slice(i, end));
  if (!post) return undefined;
  let postEnd = i + post[0].length;
  if (!body) {
    const of = /^\s+of\s+(?:the\s+)?/.exec(ctx.doc.text.slice(postEnd, end));
    body = of ? bodyAt(ctx, postEnd + of[0].length) : undefined;
    if (body) postEnd = body.end;
  }
  // One spelling of the title whatever the copy's case: "secretary-general" is the Secretary-General.
  const title = post[0].replace(/\s+/g, ' ').replace(/(^|[\s-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());
  return { title, body, end: postEnd };
}

/** The person named at [start, start + name.length): one another rule read, or a strong bare name. */
function personAt(ctx: DocContext, p: Passage, name: string, start: number): string | undefined {
  const named = mentionsOverlapping(ctx, start, start + name.length);
  if (named.length > 0) return named.every((m) => m.type === 'Person') ? named[0]!.id : undefined;
  if (!strongBareName(ctx, name, start)) return undefined;
  return addBarePerson(ctx, p, name, start, RULE).id;
}

function claim(
  ctx: DocContext,
  p: Passage,
  name: string,
  nameAt: number,
  state: Mention | undefined,
  post: Post | undefined,
): void {
  const body = post?.body;
  // Without its State or a body of the post, the name is not known to be a person's.
  if (!state && !body) return;
  const id = personAt(ctx, p, name, nameAt);
  if (!id) return;
  if (state) {
    const source = sourceAt(ctx, p, nameAt, state.end);
    addEdge(ctx, { type: 'AFFILIATED_WITH', from: id, to: state.id, source }, RULE);
  }
  if (post && body) {
    const properties = props({ title: post.title });
    const source = sourceAt(ctx, p, nameAt, post.end);
    addEdge(ctx, { type: 'AFFILIATED_WITH', from: id, to: body.id, properties, source }, RULE);
  }
}

const nameStart = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 128 || (c >= 65 && c <= 90);
};

export function electedPostsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    for (const s of sentences(p)) {
      for (const m of anchoredMatches(SUBJECT, SUBJECT_ANCHOR, s.text, 14, nameStart)) {
        const nameAt = s.start + m.index;
        const state = stateOf(ctx, nameAt + m[1]!.length, m[2]);
        const after = s.start + m.index + m[0].length;
        const term = TERM.exec(ctx.doc.text.slice(after, s.end))?.[0].length ?? 0;
        claim(ctx, p, m[1]!, nameAt, state, postAt(ctx, after + term, s.end));
      }
      if (!s.text.includes('elected')) continue;
      for (const m of s.text.matchAll(OBJECT)) {
        const nameAt = s.start + m.index + m[0].indexOf(m[1]!);
        const state = stateOf(ctx, nameAt + m[1]!.length, m[2]);
        const after = nameAt + m[1]!.length + (m[2]?.length ?? 0);
        const as = /^\s+(?:to\s+serve\s+)?as\s+/.exec(ctx.doc.text.slice(after, s.end))![0].length;
        claim(ctx, p, m[1]!, nameAt, state, postAt(ctx, after + as, s.end));
      }
    }
  }
}
